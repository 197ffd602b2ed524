// The lesson player as a learner meets it: a guess before the action, the step waiting, the
// answer revealed when the engine says the step is met, Next only then, and progress kept.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { installLessonEffects } from '../../src/app/lessons/lessonEffects';
import { readLesson } from '../lessons/lessonFiles';
import { preferReducedMotion, renderApp } from '../support/renderApp';

const lesson = readLesson('05-replication.json');

beforeEach(() => {
  preferReducedMotion(true);
  localStorage.clear();
});

describe('the lesson player', () => {
  it('asks for a guess, waits for the step, then reveals the answer and lets the learner go on', async () => {
    const user = userEvent.setup();
    const app = renderApp();
    const stop = installLessonEffects(app.store);
    act(() => app.store.getState().startLesson(lesson, 2));
    // The address is a link to the step; the step's speed (2×) is applied.
    expect(window.location.hash).toBe('#/lessons/replication/3');
    expect(app.store.getState().speed).toBe(2);
    const player = screen.getByTestId('lesson-player');
    expect(player).toHaveTextContent('Lesson 5 · step 3 of 6');
    expect(screen.getByTestId('step-title')).toHaveTextContent('Broker 102 fails');
    expect(screen.getByTestId('do-it')).toBeDisabled();
    expect(screen.getByTestId('lesson-next')).toBeDisabled();
    expect(player).toHaveTextContent('Waiting for broker.fenced (broker 102)…');

    await user.click(screen.getByLabelText('The other copy takes over: no record is lost.'));
    await user.click(screen.getByTestId('do-it'));
    // The controller fences 102 once broker.session.timeout.ms (9 s) has passed without a heartbeat.
    app.advance(4_000);
    expect(within(player).queryByText('✓ Done')).not.toBeInTheDocument();
    app.advance(1_500);
    expect(within(player).getByText('✓ Done')).toBeInTheDocument();
    expect(player).toHaveTextContent('Right. Every partition had a second copy');
    expect(screen.getByTestId('lesson-next')).toBeEnabled();

    const saved = JSON.parse(
      localStorage.getItem('kafka-visual-simulator.lessons.v1') ?? '{}',
    ) as Record<string, unknown>;
    expect(saved.replication).toEqual({ step: 2, done: [2], finished: false });

    await user.click(screen.getByTestId('lesson-next'));
    expect(screen.getByTestId('step-title')).toHaveTextContent('Every record is still there');
    expect(window.location.hash).toBe('#/lessons/replication/4');
    stop();
  });

  it('shows the myth and the note it corrects, and a step only to read can be left at once', () => {
    const app = renderApp();
    act(() => app.store.getState().startLesson(lesson, 0));
    const myth = screen.getByLabelText('Myth and fact');
    expect(myth).toHaveTextContent('The notes say:');
    expect(myth).toHaveTextContent('6 replicas, not 6 partitions');
    expect(screen.getByTestId('lesson-next')).toBeEnabled();
    expect(screen.getByTestId('lesson-back')).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Link to this step' })).toHaveAttribute(
      'href',
      '#/lessons/replication/1',
    );
  });

  it('a saved progress that is not JSON is ignored: the lesson starts, nothing breaks', () => {
    localStorage.setItem('kafka-visual-simulator.lessons.v1', '{not json');
    const app = renderApp();
    expect(app.store.getState().progress).toEqual({});
    act(() => app.store.getState().startLesson(lesson, 1));
    expect(screen.getByTestId('step-title')).toHaveTextContent('Write six records');
  });
});
