// The sandbox outlives a reload: at start the page opens a shared link, or restores the autosaved
// sandbox; then, while the sandbox runs, it saves the session every few seconds when it changed.
import { parseRoute, routeHash } from '../lessons/route';
import type { AppStore } from '../store/createAppStore';
import { readAutosave, writeAutosave } from './autosave';

/** How often the sandbox is saved (wall ms): a reload loses at most this much. */
export const AUTOSAVE_EVERY_MS = 2_000;

export function installSessionEffects(store: AppStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let saving = false;
  let last = '';
  let stopped = false;

  const openShared = async (code: string): Promise<void> => {
    // The link has done its job: a reload now restores the autosave, with what came after.
    win.history.replaceState(null, '', routeHash({ page: 'sandbox' }));
    await store.getState().openLink(code);
  };

  const autosave = async (): Promise<void> => {
    const s = store.getState();
    if (saving || s.status !== 'ready' || s.lesson || s.pendingLesson) return;
    saving = true;
    try {
      const session = await s.saveSession();
      const after = store.getState();
      // A lesson began meanwhile: what came back may be its world, not the sandbox.
      if (after.lesson || after.pendingLesson) return;
      const mark = `${session.at}/${session.horizon}/${session.actions.length}`;
      if (mark === last) return;
      if (writeAutosave(JSON.stringify(session))) last = mark;
    } finally {
      saving = false;
    }
  };

  const onHash = (): void => {
    const route = parseRoute(win.location.hash);
    if (route.page === 'shared') void openShared(route.code);
  };

  const start = async (): Promise<void> => {
    const route = parseRoute(win.location.hash);
    if (route.page === 'shared') await openShared(route.code);
    else if (route.page !== 'lesson' && readAutosave() !== null)
      await store.getState().restoreSandbox('Your sandbox is restored, paused where you left it.');
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
