// The sandbox outlives a reload: at start the page opens a shared link, or restores the autosaved
// sandbox; then, while the sandbox runs, it saves the session every few seconds when it changed.
import { parseRoute, routeHash } from '../lessons/route';
import type { AppStore } from '../store/createAppStore';
import { parseSession } from '../../scenario/parse';
import { AUTOSAVE_MAX_CHARS, readAutosave, writeAutosave } from './autosave';

/** How often the sandbox is saved (wall ms): a reload loses at most this much. */
export const AUTOSAVE_EVERY_MS = 2_000;

export function installSessionEffects(store: AppStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let saving = false;
  let last = '';
  let stopped = false;

  const openShared = async (code: string, atStart: boolean): Promise<void> => {
    // The link has done its job: a reload now restores the autosave, with what came after.
    win.history.replaceState(null, '', routeHash({ page: 'sandbox' }));
    if (await store.getState().openLink(code)) return;
    // Refused at start: the world in place is the default one, not the user's; their saved
    // sandbox comes back (the link's refusal stays said).
    if (atStart && readAutosave() !== null) {
      const refusal = store.getState().notice;
      await store.getState().restoreSandbox('');
      store.setState({ notice: refusal });
    } else if (atStart) store.setState({ sandboxInPlace: true });
  };
  let pausedWhy = '';

  const autosave = async (): Promise<void> => {
    const s = store.getState();
    if (saving || !s.sandboxInPlace || s.status !== 'ready' || s.lesson || s.pendingLesson) return;
    saving = true;
    try {
      const session = await s.saveSession();
      const after = store.getState();
      // A lesson began meanwhile: what came back may be its world, not the sandbox.
      if (after.lesson || after.pendingLesson || !after.sandboxInPlace) return;
      const mark = `${session.seed}/${session.cluster.mode}/${session.cluster.brokers.join(',')}/${session.at}/${session.horizon}/${session.actions.length}`;
      if (mark === last) return;
      last = mark;
      // Only what a reload can restore is saved: a save the restore would refuse keeps the last
      // good one, and the user hears why once.
      const check = parseSession(session, 'This sandbox');
      const text = check.ok ? JSON.stringify(session) : '';
      const why = !check.ok
        ? check.message
        : text.length > AUTOSAVE_MAX_CHARS
          ? `This sandbox is too large to keep in the browser (${Math.round(text.length / 1e6)} MB).`
          : !writeAutosave(text)
            ? "The browser's storage refused it (full, or blocked)."
            : '';
      if (why && why !== pausedWhy)
        store.setState({
          notice: {
            kind: 'error',
            text: `Autosave is paused: a reload would bring back an earlier moment. Share → Download the session keeps this one.\n${why}`,
          },
        });
      pausedWhy = why;
    } finally {
      saving = false;
    }
  };

  const onHash = (): void => {
    const route = parseRoute(win.location.hash);
    if (route.page === 'shared') void openShared(route.code, false);
  };

  const start = async (): Promise<void> => {
    const route = parseRoute(win.location.hash);
    if (route.page === 'shared') await openShared(route.code, true);
    else if (route.page !== 'lesson' && readAutosave() !== null)
      await store.getState().restoreSandbox('Your sandbox is restored, paused where you left it.');
    else if (route.page !== 'lesson') store.setState({ sandboxInPlace: true });
    if (stopped) return;
    win.addEventListener('hashchange', onHash);
    timer = setInterval(() => void autosave(), AUTOSAVE_EVERY_MS);
  };
  void start();

  return () => {
    stopped = true;
    if (timer !== undefined) clearInterval(timer);
    win.removeEventListener('hashchange', onHash);
  };
}
