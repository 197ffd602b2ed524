import type { StateCreator } from 'zustand/vanilla';
import type { SimBridge } from '../bridge/bridge';
import { PRODUCER_FOR } from '../defaultScenario';
import type { AppState, SimSlice } from './types';

export const createSimSlice =
  (bridge: SimBridge): StateCreator<AppState, [], [], SimSlice> =>
  (set, get) => ({
    status: 'starting',
    snapshot: null,
    now: 0,
    log: [],
    events: [],
    fault: null,
    produce: async ({ topic, key, value, keyless }) => {
      const producer = PRODUCER_FOR[keyless];
      // A lesson's world lacks the sandbox's two producers: made on first use with their placement
      // (the engine would make a default, sticky one).
      if (!get().snapshot?.producers.some((p) => p.clientId === producer))
        await bridge.request({
          type: 'createProducer',
          producer,
          config: { partitioner: keyless },
        });
      return bridge.request({ type: 'produce', topic, key, value, producer });
    },
    createTopic: ({ topic, partitions }) =>
      bridge.request({ type: 'createTopic', topic, partitions }),
    run: (command) => bridge.request(command),
    newCluster: ({ brokers, mode, seed }) => {
      set({ sandboxInPlace: true });
      bridge.send({ type: 'init', scenario: { seed, brokers, mode, setup: [] } });
    },
  });
