// What a fresh page opens with: a shared link's session (or why it cannot), the autosaved sandbox
// (or a fresh one, and why), told in the notice banner until it is dismissed.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readAutosave, writeAutosave } from '../../src/app/share/autosave';
import { AUTOSAVE_EVERY_MS, installSessionEffects } from '../../src/app/share/sessionEffects';
import { encodeSession, LINK_PREFIX } from '../../src/scenario/link';
import { preferReducedMotion, renderApp } from '../support/renderApp';

type App = ReturnType<typeof renderApp>;
let disposers: (() => void)[] = [];

/** A fresh page: the app, with the session effects main.tsx installs. */
function openPage(): App {
  const app = renderApp();
  disposers.push(installSessionEffects(app.store));
  return app;
}

const topicNames = (app: App) => app.store.getState().snapshot!.topics.map((t) => t.name);

/** A sandbox with a payments topic, as a session. */
async function paymentsSession() {
  const app = renderApp();
  await app.store.getState().run({ type: 'createTopic', topic: 'payments', partitions: 2 });
  app.advance(100);
  const session = await app.store.getState().saveSession();
  app.unmount();
  return session;
}

beforeEach(() => {
  preferReducedMotion(true);
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});
afterEach(() => {
  disposers.forEach((dispose) => dispose());
  disposers = [];
  vi.useRealTimers();
});

describe('opening a shared link', () => {
  it('loads the shared session paused, says so, and leaves the link for the sandbox address', async () => {
    const code = await encodeSession(await paymentsSession());
    history.replaceState(null, '', `${LINK_PREFIX}${code}`);
    const app = openPage();

    expect(await screen.findByTestId('notice')).toHaveTextContent(
      'The shared scenario is loaded, paused at the moment it was shared. Press Play to go on.',
    );
    app.advance(100);
    expect(topicNames(app)).toContain('payments');
    expect(app.store.getState().playing).toBe(false);
    expect(location.hash).toBe('#/');
  });

  it('says why a damaged link cannot open, keeps the sandbox, and the message can be dismissed', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', `${LINK_PREFIX}not*a*link`);
    const app = openPage();

    const notice = await screen.findByTestId('notice');
    expect(notice).toHaveAttribute('role', 'alert');
    expect(notice).toHaveTextContent('The link is damaged: it holds characters a link never has.');
    expect(topicNames(app)).toEqual(['orders']);

    await user.click(within(notice).getByRole('button', { name: 'Dismiss this message' }));
    expect(screen.queryByTestId('notice')).not.toBeInTheDocument();
  });
});

describe('the autosaved sandbox', () => {
  it('is saved while it runs, and a fresh page restores it paused', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const first = openPage();
    await first.store.getState().run({ type: 'createTopic', topic: 'payments', partitions: 2 });
    first.advance(100);
    expect(readAutosave()).toBeNull();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_EVERY_MS);
    const saved = JSON.parse(readAutosave()!) as { actions: { command: { topic?: string } }[] };
    expect(saved.actions.map((a) => a.command.topic)).toContain('payments');
    first.unmount();

    const second = openPage();
    expect(await screen.findByTestId('notice')).toHaveTextContent(
      'Your sandbox is restored, paused where you left it.',
    );
    second.advance(100);
    expect(topicNames(second)).toContain('payments');
    expect(second.store.getState().playing).toBe(false);
  });

  it('that cannot be read is set aside: a fresh sandbox starts, and the notice says so', async () => {
    expect(writeAutosave('{"format":"kafkasim-session", "vers')).toBe(true);
    const app = openPage();

    const notice = await screen.findByTestId('notice');
    expect(notice).toHaveAttribute('role', 'alert');
    expect(notice).toHaveTextContent(
      /^Your saved sandbox could not be restored, so a fresh one starts/,
    );
    app.advance(100);
    expect(topicNames(app)).toEqual(['orders']);
    expect(readAutosave()).toBeNull();
    // Kept aside, not thrown away: the next autosave does not overwrite it.
    expect(localStorage.getItem('kafka-visual-simulator.sandbox.broken')).toBe(
      '{"format":"kafkasim-session", "vers',
    );
  });

  // The reason is the check's own message ("… is not JSON: …"); it was dropped.
  it('says why the saved sandbox could not be restored', async () => {
    expect(writeAutosave('{"format":"kafkasim-session", "vers')).toBe(true);
    openPage();
    const notice = await screen.findByTestId('notice');
    expect(within(notice).getByText(/could not be restored/)).toHaveTextContent(
      /^Your saved sandbox could not be restored, so a fresh one starts \(the saved text is kept in this browser's localStorage as kafka-visual-simulator\.sandbox\.broken\)\. The saved sandbox is not JSON: /,
    );
  });

  it('is never overwritten by a sandbox a reload could not restore; autosave says it paused', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const app = openPage();
    await app.store.getState().run({ type: 'createTopic', topic: 'payments', partitions: 2 });
    app.advance(100);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_EVERY_MS);
    const good = readAutosave();
    expect(good).toContain('payments');
    // The engine takes a group name of any length; a session file holds at most 249 characters.
    await app.store
      .getState()
      .run({ type: 'startConsumer', group: 'g'.repeat(250), topics: ['payments'] });
    app.advance(100);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_EVERY_MS);
    expect(readAutosave()).toBe(good);
    expect(await screen.findByTestId('notice')).toHaveTextContent(
      /^Autosave is paused: a reload would bring back an earlier moment\./,
    );
  });

  it('is not overwritten by the default world when a shared link is refused at start', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    writeAutosave(JSON.stringify(await paymentsSession()));
    history.replaceState(null, '', `${LINK_PREFIX}not*a*link`);
    const app = openPage();
    expect(await screen.findByTestId('notice')).toHaveTextContent('The link is damaged');
    app.advance(100);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_EVERY_MS * 2);
    app.advance(100);
    // The user's own sandbox came back instead, and is what is saved.
    expect(topicNames(app)).toContain('payments');
    expect(readAutosave()).toContain('payments');
  });
});
