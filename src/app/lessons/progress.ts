// What the learner has done, kept across reloads in localStorage: per lesson, the step they are
// on and the steps they completed. A broken or missing entry means "nothing done yet", never an error.
export interface LessonProgress {
  /** The step the learner was on (0-based). */
  readonly step: number;
  /** Steps whose condition was met (0-based). */
  readonly done: readonly number[];
  readonly finished: boolean;
}

export type Progress = Readonly<Record<string, LessonProgress>>;

const KEY = 'kafka-visual-simulator.lessons.v1';

export function loadProgress(
  storage: Pick<Storage, 'getItem'> | undefined = safeStorage(),
): Progress {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const out: Record<string, LessonProgress> = {};
    for (const [id, value] of Object.entries(parsed as Record<string, unknown>)) {
      const p = value as Partial<LessonProgress> | null;
      if (!p || typeof p.step !== 'number' || !Array.isArray(p.done)) continue;
      out[id] = {
        step: Math.max(0, Math.floor(p.step)),
        done: p.done.filter((n): n is number => Number.isInteger(n)),
        finished: p.finished === true,
      };
    }
    return out;
  } catch {
    return {};
  }
}

export function saveProgress(progress: Progress, storage = safeStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(progress));
  } catch {
    // Private mode or a full disk: progress lives on for this page only.
  }
}

/** The learner is on `step`; `completed` says whether its condition was just met. */
export function recordStep(
  progress: Progress,
  lessonId: string,
  step: number,
  completed: boolean,
  stepCount: number,
): Progress {
  const before = progress[lessonId] ?? { step: 0, done: [], finished: false };
  const done = completed && !before.done.includes(step) ? [...before.done, step] : before.done;
  const finished = before.finished || (completed && step === stepCount - 1);
  return { ...progress, [lessonId]: { step, done, finished } };
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
