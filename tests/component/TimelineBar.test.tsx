import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatSimTime } from '../../src/app/narration/describeEvent';
import { preferReducedMotion, renderApp } from '../support/renderApp';

// The scrubber seeks once per animation frame: the test holds the frames and runs them itself.
let frames: FrameRequestCallback[] = [];
const flushFrames = () =>
  act(() => {
    const due = frames;
    frames = [];
    for (const run of due) run(0);
  });

beforeEach(() => {
  preferReducedMotion(true);
  frames = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((run) => frames.push(run));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const clock = () => screen.getByRole('timer');

/** Plays about 3 s of virtual time (1×), then drags the scrubber back to 1 s. */
function rewound() {
  const app = renderApp();
  app.advance(3_000);
  const furthest = app.store.getState().now;
  expect(furthest).toBeGreaterThan(2_900);
  expect(clock()).toHaveTextContent(`t = ${formatSimTime(furthest)}`);
  fireEvent.change(screen.getByTestId('scrubber'), { target: { value: '1000' } });
  // Nothing is asked of the worker until the next animation frame.
  expect(clock()).toHaveTextContent(`t = ${formatSimTime(furthest)}`);
  flushFrames();
  // The furthest moment the session reached (the worker's clock may be a frame ahead of the page's).
  const horizon = app.store.getState().horizon;
  expect(horizon).toBeGreaterThanOrEqual(furthest);
  return { ...app, horizon };
}

describe('the timeline bar', () => {
  it('pauses with the Pause button: the clock stands still until Play', async () => {
    const user = userEvent.setup();
    const { advance, store } = renderApp();
    advance(200);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    advance(100); // a frame the worker still owed the page may land
    const frozen = clock().textContent;
    advance(1_000);
    expect(clock().textContent).toBe(frozen);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    advance(1_000);
    expect(clock().textContent).not.toBe(frozen);
  });

  it('steps forward with its button: the clock moves on and time stays paused', async () => {
    const user = userEvent.setup();
    const { advance, store } = renderApp();
    advance(200);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    const before = store.getState().now;
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    advance(100);
    expect(store.getState().now).toBeGreaterThan(before);
    expect(clock()).not.toHaveTextContent(`t = ${(before / 1000).toFixed(3)} s`);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('rewinds with the scrubber: the clock shows the earlier time, paused, with the "Rewound" note', () => {
    const { store, advance } = rewound();
    expect(clock()).toHaveTextContent('t = 1.000 s');
    expect(screen.getByTestId('scrubber')).toHaveValue('1000');
    expect(store.getState().playing).toBe(false);
    expect(screen.getByTestId('future-note')).toHaveTextContent(
      'Rewound: playing on replays what happened.',
    );
    // Paused: nothing moves while wall time passes.
    advance(500);
    expect(clock()).toHaveTextContent('t = 1.000 s');
  });

  it('goes back to the furthest moment with the note’s button, and the note goes', async () => {
    const user = userEvent.setup();
    const { horizon } = rewound();
    await user.click(screen.getByRole('button', { name: `Back to ${formatSimTime(horizon)}` }));
    expect(clock()).toHaveTextContent(`t = ${formatSimTime(horizon)}`);
    expect(screen.queryByTestId('future-note')).not.toBeInTheDocument();
  });

  it('replays the recorded future when playing on, and the note goes once past it', async () => {
    const user = userEvent.setup();
    const { advance } = rewound();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    advance(1_000);
    expect(screen.getByTestId('future-note')).toBeInTheDocument();
    advance(1_500);
    expect(screen.queryByTestId('future-note')).not.toBeInTheDocument();
  });

  it('drops the note when a record is produced in the past: a new future starts', async () => {
    const user = userEvent.setup();
    const { advance, store, horizon } = rewound();
    await user.type(screen.getByLabelText(/Key/), 'truck_1');
    await user.type(screen.getByLabelText('Value'), 'x');
    await user.click(screen.getByRole('button', { name: 'Produce' }));
    advance(50);
    expect(store.getState().horizon).toBeLessThan(horizon);
    expect(screen.queryByTestId('future-note')).not.toBeInTheDocument();
  });
});
