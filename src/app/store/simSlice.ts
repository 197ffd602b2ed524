import type { StateCreator } from 'zustand/vanilla';
import type { SimBridge } from '../bridge/bridge';
import { PRODUCER_FOR } from '../defaultScenario';
import type { AppState, SimSlice } from './types';

export const createSimSlice =
  (bridge: SimBridge): StateCreator<AppState, [], [], SimSlice> =>
  () => ({
    status: 'starting',
    snapshot: null,
    now: 0,
    log: [],
    events: [],
    fault: null,
    produce: ({ topic, key, value, keyless }) =>
      bridge.request({ type: 'produce', topic, key, value, producer: PRODUCER_FOR[keyless] }),
    createTopic: ({ topic, partitions }) =>
      bridge.request({ type: 'createTopic', topic, partitions }),
    run: (command) => bridge.request(command),
    newCluster: ({ brokers, mode, seed }) =>
      bridge.send({ type: 'init', scenario: { seed, brokers, mode, setup: [] } }),
  });
