// Generators of arbitrary command scripts over a small world (three topic names, two producers,
// four consumers, two groups), for the properties that must hold whatever the commands are:
// determinism and refused commands changing nothing. Many of the commands are refused.
import fc from 'fast-check';
import type { SimCommand, TopicPartition } from '../../../src/engine';
import { advanceMs, strategies, type Step } from './harness';

const topic = fc.constantFrom('a', 'b', 'c', 'bad name');
const consumer = fc.constantFrom('c0', 'c1', 'c2', 'c3');
const producer = fc.constantFrom('p0', 'p1');
const partition = fc.integer({ min: -1, max: 4 });
const configValue = fc.constantFrom('-1', '0', '200', '60000', 'x');
const configName = fc.constantFrom(
  'retention.ms',
  'retention.bytes',
  'segment.bytes',
  'segment.ms',
  'cleanup.policy',
  'no.such.config',
);

const assignList: fc.Arbitrary<TopicPartition[]> = fc.array(
  fc.record({ topic, partition: fc.integer({ min: 0, max: 4 }) }),
  { minLength: 1, maxLength: 3 },
);

export const anyCommand: fc.Arbitrary<SimCommand> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record(
      {
        type: fc.constant('createTopic' as const),
        topic,
        partitions: fc.integer({ min: 0, max: 4 }),
        replicationFactor: fc.integer({ min: 1, max: 4 }),
        config: fc.dictionary(configName, configValue, { maxKeys: 2 }),
      },
      { requiredKeys: ['type', 'topic'] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deleteTopic' as const), topic }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('addPartitions' as const),
      topic,
      partitions: fc.integer({ min: 0, max: 5 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        type: fc.constant('alterTopicConfig' as const),
        topic,
        set: fc.dictionary(configName, configValue, { maxKeys: 2 }),
        delete: fc.array(configName, { maxLength: 1 }),
      },
      { requiredKeys: ['type', 'topic'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        type: fc.constant('createProducer' as const),
        producer,
        config: fc.record(
          {
            acks: fc.constantFrom('0' as const, '1' as const, 'all' as const),
            'batch.size': fc.integer({ min: -1, max: 2000 }),
            'linger.ms': fc.integer({ min: -1, max: 20 }),
            partitioner: fc.constantFrom('sticky' as const, 'round-robin' as const),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['type'] },
    ),
  },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        type: fc.constant('produce' as const),
        topic,
        key: fc.option(fc.constantFrom('k0', 'k1', 'k2', 'k3'), { nil: null }),
        value: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
        partition,
        producer,
      },
      { requiredKeys: ['type', 'topic', 'key', 'value'] },
    ),
  },
  {
    weight: 3,
    arbitrary: fc
      .record(
        {
          consumer,
          group: fc.constantFrom('g1', 'g2'),
          subscribe: fc.boolean(),
          topics: fc.subarray(['a', 'b', 'c'], { minLength: 1 }),
          assign: assignList,
          commit: fc.constantFrom(
            'auto' as const,
            'after-processing' as const,
            'before-processing' as const,
            'none' as const,
          ),
          processingMsPerRecord: fc.integer({ min: 0, max: 50 }),
          config: fc.record(
            {
              'session.timeout.ms': fc.constantFrom(1000, 6000, 10_000),
              'heartbeat.interval.ms': fc.constantFrom(1000, 3000),
              'max.poll.records': fc.integer({ min: 1, max: 20 }),
              'auto.offset.reset': fc.constantFrom(
                'earliest' as const,
                'latest' as const,
                'none' as const,
              ),
              'partition.assignment.strategy': strategies.map((list) => [...list]),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ['subscribe', 'topics', 'assign'] },
      )
      .map(({ subscribe, topics, assign, ...rest }): SimCommand => ({
        type: 'startConsumer',
        ...rest,
        ...(subscribe ? { topics } : { assign }),
      })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('stopConsumer' as const),
      consumer,
      how: fc.constantFrom('close' as const, 'crash' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('seek' as const),
      consumer,
      topic,
      partition,
      offset: fc.oneof(
        fc.integer({ min: -1, max: 20 }),
        fc.constantFrom('beginning' as const, 'end' as const),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('commit' as const), consumer }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('flushProducer' as const), producer }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('resetGroupOffsets' as const),
      group: fc.constantFrom('g1', 'g2', 'g3'),
      offsets: fc.array(fc.record({ topic, partition, offset: fc.integer({ min: -1, max: 20 }) }), {
        maxLength: 3,
      }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('deleteGroup' as const),
      group: fc.constantFrom('g1', 'g2', 'g3'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('deleteGroupOffsets' as const),
      group: fc.constantFrom('g1', 'g2', 'g3'),
      partitions: assignList,
    }),
  },
);

/** Scripts of any commands, with time passing in between. */
export const anyScript: fc.Arbitrary<Step[]> = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: anyCommand.map((command): Step => ({ command })) },
    { weight: 2, arbitrary: advanceMs.map((advance): Step => ({ advance })) },
  ),
  { minLength: 1, maxLength: 40, size: 'large' },
);
