import type { StateCreator } from 'zustand/vanilla';
import type { SimBridge } from '../bridge/bridge';
import type { AppState, PlaybackSlice } from './types';

// The worker owns playback and time; these actions ask it, and its answers set the state.
export const createPlaybackSlice =
  (bridge: SimBridge): StateCreator<AppState, [], [], PlaybackSlice> =>
  (_set, get) => ({
    playing: true,
    speed: 1,
    samples: [],
    markers: [],
    horizon: 0,
    play: () => bridge.send({ type: 'play' }),
    pause: () => bridge.send({ type: 'pause' }),
    togglePlay: () => bridge.send({ type: get().playing ? 'pause' : 'play' }),
    setSpeed: (speed) => bridge.send({ type: 'setSpeed', speed }),
    seek: (at) => bridge.send({ type: 'seek', at }),
    stepForward: () => bridge.send({ type: 'step' }),
    stepBack: () => {
      const now = get().now;
      // The latest moment before now at which something happened (or one second back).
      const events = get().events;
      let target = Math.max(0, now - 1000);
      for (let i = events.length - 1; i >= 0; i--) {
        const at = events[i]!.at;
        if (at < now) {
          target = at;
          break;
        }
      }
      bridge.send({ type: 'seek', at: target });
    },
  });
