import type { Scenario } from '../protocol/messages';

/** The sandbox's first world: the notes' three brokers and an orders topic to produce to. */
export const DEFAULT_SCENARIO: Scenario = {
  seed: 1,
  brokers: [101, 102, 103],
  setup: [{ type: 'createTopic', topic: 'orders', partitions: 3 }],
};
