// Keeps the page's surroundings in step with the lesson: the address (a deep link to the step),
// the saved progress, the step's playback speed; and follows the address when the user changes it.
import type { AppStore } from '../store/createAppStore';
import { saveProgress } from './progress';
import { parseRoute, routeHash, type Route } from './route';

export function installLessonEffects(store: AppStore, win: Window = window): () => void {
  const follow = (route: Route): void => {
    const s = store.getState();
    if (route.page === 'index') return s.setIndexOpen(true);
    // The session effects open shared links.
    if (route.page === 'shared') return;
    if (route.page === 'sandbox') {
      if (s.lesson) s.exitLesson();
      // A lesson that never started (a bad link) left the default world: the sandbox comes back.
      else if (!s.sandboxInPlace && s.lessonError)
        void s.restoreSandbox('Back in your sandbox, paused where you left it.');
      return;
    }
    const current = s.lesson?.id === route.id ? s.lessonStatus?.step : undefined;
    if (current !== undefined && (route.step === null || route.step === current)) return;
    void s.openLesson(route.id, route.step);
  };
  const onHash = (): void => follow(parseRoute(win.location.hash));
  win.addEventListener('hashchange', onHash);
  const unsubscribe = store.subscribe((state, before) => {
    if (state.progress !== before.progress) saveProgress(state.progress);
    // The index closed: the address says where the page is again.
    if (before.indexOpen && !state.indexOpen && parseRoute(win.location.hash).page === 'index')
      win.history.replaceState(
        null,
        '',
        state.lesson && state.lessonStatus
          ? routeHash({ page: 'lesson', id: state.lesson.id, step: state.lessonStatus.step })
          : routeHash({ page: 'sandbox' }),
      );
    const status = state.lessonStatus;
    const moved = state.lesson !== before.lesson || status?.step !== before.lessonStatus?.step;
    if (!moved) return;
    if (state.lesson && status) {
      const hash = routeHash({ page: 'lesson', id: state.lesson.id, step: status.step });
      // Replace, not push: Back in the browser should leave the lesson, not replay its steps.
      if (win.location.hash !== hash) win.history.replaceState(null, '', hash);
      const step = state.lesson.steps[status.step];
      if (step?.speed !== undefined && step.speed !== state.speed) state.setSpeed(step.speed);
      // The stage shows what the step is about: other topics fold (a click unfolds them).
      const focus = step?.focus;
      if (focus)
        store.setState({
          collapsed: (state.snapshot?.topics ?? [])
            .map((t) => t.name)
            .filter((name) => !focus.includes(name)),
        });
    } else if (before.lesson && parseRoute(win.location.hash).page === 'lesson') {
      win.history.replaceState(null, '', routeHash({ page: 'sandbox' }));
    }
  });
  onHash();
  return () => {
    win.removeEventListener('hashchange', onHash);
    unsubscribe();
  };
}
