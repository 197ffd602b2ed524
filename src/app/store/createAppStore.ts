import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../protocol/messages';
import type { SimBridge } from '../bridge/bridge';
import { applyMessage } from './applyMessage';
import { createLessonSlice, type LessonDeps } from './lessonSlice';
import { createPlaybackSlice } from './playbackSlice';
import { createSessionSlice } from './sessionSlice';
import { createSimSlice } from './simSlice';
import type { AppState } from './types';
import { createUiSlice } from './uiSlice';

export type AppStore = StoreApi<AppState>;

/** A store wired to a bridge, starting the given scenario. */
export function createAppStore(
  bridge: SimBridge,
  scenario: Scenario,
  lessons: LessonDeps = {},
): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createSimSlice(bridge)(...a),
    ...createPlaybackSlice(bridge)(...a),
    ...createUiSlice(...a),
    ...createLessonSlice(bridge, lessons)(...a),
    ...createSessionSlice(bridge, scenario)(...a),
  }));
  bridge.subscribe((message) => store.setState(applyMessage(store.getState(), message)));
  bridge.send({ type: 'init', scenario });
  return store;
}
