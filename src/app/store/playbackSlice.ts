import type { StateCreator } from 'zustand/vanilla';
import type { SimBridge } from '../bridge/bridge';
import type { AppState, PlaybackSlice } from './types';

// The worker owns playback; these actions ask it, and its 'playback' answer sets the state.
export const createPlaybackSlice =
  (bridge: SimBridge): StateCreator<AppState, [], [], PlaybackSlice> =>
  (_set, get) => ({
    playing: true,
    speed: 1,
    play: () => bridge.send({ type: 'play' }),
    pause: () => bridge.send({ type: 'pause' }),
    togglePlay: () => bridge.send({ type: get().playing ? 'pause' : 'play' }),
    setSpeed: (speed) => bridge.send({ type: 'setSpeed', speed }),
  });
