// Module-level selectors, so components subscribe to exactly what they draw.
import type { AppState } from './types';

export const selectSnapshot = (s: AppState) => s.snapshot;
export const selectFlights = (s: AppState) => s.flights;
export const selectLog = (s: AppState) => s.log;
export const selectPlaying = (s: AppState) => s.playing;
export const selectSpeed = (s: AppState) => s.speed;
export const selectNow = (s: AppState) => s.now;
/**
 * We went back in time: playing on replays what happened, until someone acts. (The horizon is
 * the furthest moment reached; acting in the past brings it down to now.)
 */
export const selectRewound = (s: AppState) => s.now < s.horizon;
export const selectTopicNames = (s: AppState) =>
  s.snapshot?.topics.filter((t) => !t.internal).map((t) => t.name) ?? [];
export const selectStatus = (s: AppState) => s.status;
export const selectFault = (s: AppState) => s.fault;

/**
 * The terminal tabs a lesson has used up to its current step, as "1,4,5": a deep link or a reload
 * opens them, so the consumers its earlier steps started are there to watch.
 */
export const selectLessonTabs = (s: AppState): string => {
  const step = s.lessonStatus?.step ?? -1;
  const tabs = new Set<number>();
  for (const [i, st] of (s.lesson?.steps ?? []).entries())
    if (i < step && st.do?.terminal) tabs.add(st.do.terminal.tab);
  return [...tabs].sort((a, b) => a - b).join(',');
};
