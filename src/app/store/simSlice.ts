import type { StateCreator } from 'zustand/vanilla';
import type { SimBridge } from '../bridge/bridge';
import type { AppState, SimSlice } from './types';

export const createSimSlice =
  (bridge: SimBridge): StateCreator<AppState, [], [], SimSlice> =>
  () => ({
    status: 'starting',
    snapshot: null,
    log: [],
    events: [],
    fault: null,
    produce: ({ topic, key, value }) => bridge.request({ type: 'produce', topic, key, value }),
    createTopic: ({ topic, partitions }) =>
      bridge.request({ type: 'createTopic', topic, partitions }),
  });
