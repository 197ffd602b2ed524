// The lesson being played: the page holds its text and the learner's guesses; the worker holds
// the world, says which step we are on and when its condition is met.
import type { StateCreator } from 'zustand/vanilla';
import type { SimBridge } from '../bridge/bridge';
import { loadLesson, type LessonLoad } from '../lessons/catalog';
import { loadProgress } from '../lessons/progress';
import type { AppState, LessonSlice } from './types';

export interface LessonDeps {
  readonly load?: (id: string) => Promise<LessonLoad>;
}

export const createLessonSlice =
  (bridge: SimBridge, deps: LessonDeps): StateCreator<AppState, [], [], LessonSlice> =>
  (set, get) => {
    let typingId = 0;
    const load = deps.load ?? ((id: string) => loadLesson(id));
    return {
      lesson: null,
      pendingLesson: null,
      lessonStatus: null,
      scene: null,
      lessonError: null,
      prediction: null,
      typing: null,
      progress: loadProgress(),
      indexOpen: false,
      async openLesson(id, step) {
        // From here the world is the lesson's (or, if it fails, not the user's sandbox).
        set({ sandboxInPlace: false });
        const loaded = await load(id);
        if (!loaded.ok) return set({ lessonError: loaded.message });
        const saved = get().progress[loaded.lesson.id]?.step ?? 0;
        get().startLesson(loaded.lesson, step ?? saved);
      },
      startLesson(lesson, step) {
        const index = Math.max(0, Math.min(step, lesson.steps.length - 1));
        set({ pendingLesson: lesson, lessonError: null, indexOpen: false, sandboxInPlace: false });
        bridge.send({ type: 'lesson.start', lesson, step: index });
      },
      doIt() {
        const { lesson, lessonStatus } = get();
        const action = lesson?.steps[lessonStatus?.step ?? -1]?.do;
        if (!action) return;
        // Typed where the learner would type it, so it shows at the prompt and in the history.
        if (action.terminal)
          return set({
            typing: { id: ++typingId, tab: action.terminal.tab, lines: action.terminal.lines },
          });
        bridge.send({ type: 'lesson.doIt' });
      },
      nextStep: () => bridge.send({ type: 'lesson.next' }),
      backStep: () => bridge.send({ type: 'lesson.back' }),
      restartStep: () => bridge.send({ type: 'lesson.restartStep' }),
      exitLesson() {
        set({ lesson: null, lessonStatus: null, scene: null, prediction: null });
        // The sandbox's world (as the learner left it, if it was saved) replaces the lesson's.
        void get().restoreSandbox('Back in your sandbox, paused where you left it.');
      },
      predict: (prediction) => set({ prediction }),
      typed: (id) => set((s) => (s.typing?.id === id ? { typing: null } : {})),
      setIndexOpen: (indexOpen) => set({ indexOpen }),
    };
  };
