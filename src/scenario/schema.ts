// What a session file (or link) may hold, as a valibot schema. Every command is checked field by
// field with bounds, not just by its type: a session comes from someone else, and a command the
// engine would take but that would swamp it (a billion partitions) must be refused here.
import * as v from 'valibot';
import type { SimCommand } from '../engine';
import { SESSION_FORMAT, SESSION_VERSION } from './session';
import { LIMITS } from './limits';

// No control characters: nothing imported may move a terminal's cursor or rewrite its title.
// (Tab is allowed: a console producer's line may hold one.)
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `is too long (at most ${max} characters)`),
    v.check((s) => !CONTROL.test(s), 'holds a control character'),
  );
const Name = v.pipe(text(249), v.minLength(1, 'must not be empty'));
const whole = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const Ms = whole(0, LIMITS.horizonMs);
const BrokerId = whole(0, 2_147_483_647);
const PartitionId = whole(0, LIMITS.partitions - 1);
const Configs = v.pipe(
  v.record(text(100), text(255)),
  v.check((r) => Object.keys(r).length <= 50, 'has more than 50 configs'),
);
const TopicPartition = v.strictObject({ topic: Name, partition: PartitionId });

const Assignor = v.picklist(['range', 'roundrobin', 'sticky', 'cooperative-sticky']);

const ProducerSettings = v.strictObject({
  acks: v.optional(v.picklist(['0', '1', 'all'])),
  'delivery.timeout.ms': v.optional(whole(0, 86_400_000)),
  'request.timeout.ms': v.optional(whole(0, 86_400_000)),
  retries: v.optional(whole(0, 2_147_483_647)),
  'batch.size': v.optional(whole(0, 16_777_216)),
  'linger.ms': v.optional(whole(0, 600_000)),
  'enable.idempotence': v.optional(v.boolean()),
  partitioner: v.optional(v.picklist(['sticky', 'round-robin'])),
});

const ConsumerSettings = v.strictObject({
  'group.instance.id': v.optional(Name),
  'session.timeout.ms': v.optional(whole(1, 3_600_000)),
  'heartbeat.interval.ms': v.optional(whole(1, 3_600_000)),
  'max.poll.interval.ms': v.optional(whole(1, 86_400_000)),
  'max.poll.records': v.optional(whole(1, 100_000)),
  'auto.offset.reset': v.optional(v.picklist(['earliest', 'latest', 'none'])),
  'auto.commit.interval.ms': v.optional(whole(1, 86_400_000)),
  'partition.assignment.strategy': v.optional(v.pipe(v.array(Assignor), v.maxLength(4))),
  'fetch.max.wait.ms': v.optional(whole(0, 600_000)),
});

/** One schema per engine command: a command the engine gains without one fails to compile. */
export const COMMAND_SCHEMAS = {
  createTopic: v.strictObject({
    type: v.literal('createTopic'),
    topic: Name,
    partitions: v.optional(whole(1, LIMITS.partitions)),
    replicationFactor: v.optional(whole(1, LIMITS.brokers)),
    assignment: v.optional(
      v.pipe(
        v.array(v.pipe(v.array(BrokerId), v.maxLength(LIMITS.brokers))),
        v.maxLength(LIMITS.partitions),
      ),
    ),
    config: v.optional(Configs),
  }),
  deleteTopic: v.strictObject({ type: v.literal('deleteTopic'), topic: Name }),
  addPartitions: v.strictObject({
    type: v.literal('addPartitions'),
    topic: Name,
    partitions: whole(1, LIMITS.partitions),
  }),
  alterTopicConfig: v.strictObject({
    type: v.literal('alterTopicConfig'),
    topic: Name,
    set: v.optional(Configs),
    delete: v.optional(v.pipe(v.array(text(100)), v.maxLength(50))),
  }),
  createProducer: v.strictObject({
    type: v.literal('createProducer'),
    producer: v.optional(Name),
    config: v.optional(ProducerSettings),
  }),
  produce: v.strictObject({
    type: v.literal('produce'),
    topic: Name,
    key: v.nullable(text(LIMITS.recordChars)),
    value: v.nullable(text(LIMITS.recordChars)),
    headers: v.optional(
      v.pipe(
        v.array(v.strictObject({ key: text(249), value: v.nullable(text(LIMITS.recordChars)) })),
        v.maxLength(20),
      ),
    ),
    partition: v.optional(PartitionId),
    producer: v.optional(Name),
  }),
  flushProducer: v.strictObject({ type: v.literal('flushProducer'), producer: Name }),
  startConsumer: v.strictObject({
    type: v.literal('startConsumer'),
    consumer: v.optional(Name),
    clientId: v.optional(Name),
    group: v.optional(Name),
    topics: v.optional(v.pipe(v.array(Name), v.maxLength(100))),
    assign: v.optional(v.pipe(v.array(TopicPartition), v.maxLength(LIMITS.partitions))),
    config: v.optional(ConsumerSettings),
    commit: v.optional(v.picklist(['auto', 'after-processing', 'before-processing', 'none'])),
    processingMsPerRecord: v.optional(whole(0, 600_000)),
  }),
  stopConsumer: v.strictObject({
    type: v.literal('stopConsumer'),
    consumer: Name,
    how: v.picklist(['close', 'crash']),
  }),
  setProcessingTime: v.strictObject({
    type: v.literal('setProcessingTime'),
    consumer: Name,
    processingMsPerRecord: whole(0, 600_000),
  }),
  seek: v.strictObject({
    type: v.literal('seek'),
    consumer: Name,
    topic: Name,
    partition: PartitionId,
    offset: v.union([whole(0, Number.MAX_SAFE_INTEGER), v.picklist(['beginning', 'end'])]),
  }),
  commit: v.strictObject({ type: v.literal('commit'), consumer: Name }),
  brokerFault: v.strictObject({
    type: v.literal('brokerFault'),
    broker: BrokerId,
    fault: v.picklist(['stop', 'kill', 'start', 'isolate', 'reconnect', 'slow']),
    fetchDelayMs: v.optional(whole(0, 600_000)),
  }),
  quorumFault: v.strictObject({
    type: v.literal('quorumFault'),
    node: BrokerId,
    fault: v.picklist(['stop', 'start']),
  }),
  electLeaders: v.strictObject({
    type: v.literal('electLeaders'),
    election: v.picklist(['preferred', 'unclean']),
    topic: v.optional(Name),
    partition: v.optional(PartitionId),
  }),
  resetGroupOffsets: v.strictObject({
    type: v.literal('resetGroupOffsets'),
    group: Name,
    offsets: v.pipe(
      v.array(
        v.strictObject({
          topic: Name,
          partition: PartitionId,
          offset: whole(0, Number.MAX_SAFE_INTEGER),
        }),
      ),
      v.maxLength(LIMITS.partitions),
    ),
  }),
  deleteGroup: v.strictObject({ type: v.literal('deleteGroup'), group: Name }),
  deleteGroupOffsets: v.strictObject({
    type: v.literal('deleteGroupOffsets'),
    group: Name,
    partitions: v.pipe(v.array(TopicPartition), v.maxLength(LIMITS.partitions)),
  }),
  setLoad: v.strictObject({
    type: v.literal('setLoad'),
    producer: Name,
    topic: Name,
    // Fractions too: a truck reporting every 20 s is 0.05 a second.
    recordsPerSecond: v.pipe(
      v.number(),
      v.finite(),
      v.minValue(0, 'must be at least 0'),
      v.maxValue(LIMITS.recordsPerSecond, `must be at most ${LIMITS.recordsPerSecond}`),
    ),
    keys: v.optional(whole(0, 10_000)),
    keyPrefix: v.optional(text(40)),
    values: v.optional(v.picklist(['order', 'gps', 'log', 'click'])),
  }),
} as const satisfies Record<SimCommand['type'], v.GenericSchema>;

const COMMAND_TYPES = Object.keys(COMMAND_SCHEMAS);

const Command = v.variant(
  'type',
  Object.values(COMMAND_SCHEMAS),
  `must be an engine command: ${COMMAND_TYPES.join(', ')}`,
);

const Action = v.strictObject({
  at: Ms,
  command: Command,
  settled: v.optional(v.boolean()),
});

export const SessionSchema = v.pipe(
  v.strictObject({
    format: v.literal(SESSION_FORMAT, `must be "${SESSION_FORMAT}"`),
    version: v.literal(
      SESSION_VERSION,
      `must be ${SESSION_VERSION} (this simulator reads version ${SESSION_VERSION})`,
    ),
    title: v.optional(text(120)),
    seed: whole(0, 4_294_967_295),
    cluster: v.strictObject({
      brokers: v.pipe(
        v.array(BrokerId),
        v.minLength(1, 'must list at least one broker'),
        v.maxLength(LIMITS.brokers, `lists more than ${LIMITS.brokers} brokers`),
        v.check((ids) => new Set(ids).size === ids.length, 'lists a broker id twice'),
      ),
      mode: v.picklist(['kraft', 'zookeeper']),
    }),
    actions: v.pipe(
      v.array(Action),
      v.maxLength(LIMITS.actions, `holds more than ${LIMITS.actions} actions`),
    ),
    at: Ms,
    unsettled: v.optional(v.strictObject({ applied: whole(0, LIMITS.actions) })),
    horizon: Ms,
  }),
  v.check((s) => s.at <= s.horizon, '"at" is later than "horizon"'),
  v.check(
    (s) => (s.unsettled?.applied ?? 0) <= s.actions.length,
    '"unsettled.applied" counts more actions than there are',
  ),
  v.check(
    (s) => s.actions.every((a, i) => a.at >= (s.actions[i - 1]?.at ?? 0) && a.at <= s.horizon),
    'actions must be in time order, none later than "horizon"',
  ),
);
