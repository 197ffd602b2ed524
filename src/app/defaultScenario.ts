import type { KeylessPartitioning } from '../engine';
import type { Scenario } from '../protocol/messages';

/** The sandbox's producers: one per way of placing keyless records, so the choice is visible. */
export const PRODUCER_FOR: Record<KeylessPartitioning, string> = {
  sticky: 'producer-sticky',
  'round-robin': 'producer-round-robin',
};

/** The sandbox's first world: the notes' three brokers and an orders topic to produce to. */
export const DEFAULT_SCENARIO: Scenario = {
  seed: 1,
  brokers: [101, 102, 103],
  setup: [
    { type: 'createTopic', topic: 'orders', partitions: 3, replicationFactor: 3 },
    { type: 'createProducer', producer: PRODUCER_FOR.sticky, config: { partitioner: 'sticky' } },
    {
      type: 'createProducer',
      producer: PRODUCER_FOR['round-robin'],
      config: { partitioner: 'round-robin' },
    },
  ],
};
