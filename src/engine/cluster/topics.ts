// Topics: create, delete, add partitions, change configs — with Kafka's checks and errors.
import type { AddPartitions, AlterTopicConfig, CreateTopic, DeleteTopic } from '../commands';
import { BROKER_DEFAULTS } from '../defaults';
import { fail, ok, type Result } from '../errors';
import { partitionId, type BrokerId } from '../ids';
import { OFFSETS_TOPIC } from '../kernels/coordinator';
import { planManualAssignment, type PartitionPlan } from '../kernels/manualAssignment';
import { createTopicsPlacementError, placeReplicasStriped } from '../kernels/replicaPlacementKraft';
import { assignReplicasRackUnaware } from '../kernels/replicaPlacementZk';
import { unifyCollisionChars, validateTopicName } from '../kernels/topicName';
import type { Rng } from '../random';
import type { Ctx } from '../world/context';
import type {
  FollowerProgress,
  PartitionState,
  ReplicaLog,
  TopicState,
  World,
} from '../world/world';
import { buildTopicConfig, parseTopicConfig } from './topicConfig';
import { isLive } from './controller';
import { syncFetchers } from './replication';

function place(world: World, rng: Rng, partitions: number, rf: number): Result<BrokerId[][]> {
  if (world.settings.mode === 'zookeeper') {
    const live = world.brokers.filter((b) => b.up).map((b) => b.id);
    return assignReplicasRackUnaware(live, partitions, rf, rng);
  }
  const usable = world.brokers.map((b) => ({ id: b.id, fenced: !b.up }));
  return createTopicsPlacementError(rf, placeReplicasStriped(usable, partitions, rf, rng));
}

function mapResult<A, B>(result: Result<A>, f: (a: A) => B): Result<B> {
  return result.ok ? ok(f(result.value)) : result;
}

export function emptyLog(broker: BrokerId): ReplicaLog {
  return { broker, segments: [], logStartOffset: 0, logEndOffset: 0, highWatermark: 0 };
}

/** A placed partition: every replica in the ISR, the first one leading. */
const placed = (replicas: BrokerId[]): PartitionPlan => ({
  replicas,
  isr: [...replicas],
  leader: replicas[0]!,
});

/** The manual assignment's preconditions: Kafka wants no partition count or RF beside it. */
function manualRequest(world: World, command: CreateTopic): Result<null> {
  const { partitions, replicationFactor } = command;
  if (world.settings.mode === 'zookeeper') {
    if (partitions !== undefined || replicationFactor !== undefined)
      return fail(
        'InvalidRequestException',
        'Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.',
      );
  } else if (replicationFactor !== undefined)
    return fail(
      'InvalidRequestException',
      'A manual partition assignment was specified, but replication factor was not set to -1.',
    );
  else if (partitions !== undefined)
    return fail(
      'InvalidRequestException',
      'A manual partition assignment was specified, but numPartitions was not set to -1.',
    );
  return ok(null);
}

function newPartition(topic: string, id: number, plan: PartitionPlan, now: number): PartitionState {
  const { replicas, leader } = plan;
  const logs: Record<number, ReplicaLog> = {};
  const followers: Record<number, FollowerProgress> = {};
  for (const b of replicas) logs[b] = emptyLog(b);
  // The leader counts every follower as caught up from the start (replica.lag.time.max.ms counts from here).
  for (const b of replicas.filter((r) => r !== leader))
    followers[b] = {
      logEndOffset: 0,
      lastCaughtUpAt: now,
      lastFetchAt: now,
      lastFetchLeaderEnd: 0,
    };
  return {
    topic,
    id: partitionId(id),
    replicas,
    leader,
    leaderEpoch: 0,
    isr: [...plan.isr],
    logs,
    followers,
    log: logs[leader ?? replicas[0]!]!,
    highWatermark: 0,
    delayed: [],
    sequences: {},
  };
}

/** Kafka's topic ids: 16 random bytes in URL-safe base64 without padding. */
function topicId(rng: Rng): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let bits = 0;
  let value = 0;
  let out = '';
  for (let i = 0; i < 16; i++) {
    value = (value << 8) | rng.nextInt(256);
    bits += 8;
    while (bits >= 6) {
      out += alphabet[(value >> (bits - 6)) & 63];
      bits -= 6;
    }
  }
  return out + alphabet[(value << (6 - bits)) & 63];
}

export function createTopic(
  ctx: Ctx,
  command: CreateTopic,
  internal = false,
): Result<{ topic: string }> {
  const { world } = ctx;
  const name = command.topic;
  const valid = validateTopicName(name);
  if (!valid.ok) return valid;
  if (world.topics.has(name))
    return fail('TopicExistsException', `Topic '${name}' already exists.`);
  const unified = unifyCollisionChars(name);
  const collision = [...world.topics.keys()].find((t) => unifyCollisionChars(t) === unified);
  if (collision)
    return fail(
      'InvalidTopicException',
      `Topic '${name}' collides with existing topic: ${collision}`,
    );
  const manual = command.assignment !== undefined && command.assignment.length > 0;
  if (manual) {
    const request = manualRequest(world, command);
    if (!request.ok) return request;
  }
  const partitions = command.partitions ?? BROKER_DEFAULTS['num.partitions'];
  const rf = command.replicationFactor ?? BROKER_DEFAULTS['default.replication.factor'];
  if (!manual && (!Number.isInteger(partitions) || partitions < 1))
    return fail('InvalidPartitionsException', 'Number of partitions must be larger than 0.');
  if (!manual && (!Number.isInteger(rf) || rf < 1))
    return fail('InvalidReplicationFactorException', 'Replication factor must be larger than 0.');
  const overrides = command.config ?? {};
  const config = buildTopicConfig(overrides);
  if (!config.ok) return config;
  const plan = manual
    ? planManualAssignment(
        world.settings.mode,
        command.assignment,
        world.brokers.map((b) => ({ id: b.id, active: isLive(world, b.id) })),
      )
    : mapResult(place(world, ctx.rng, partitions, rf), (placement) => placement.map(placed));
  if (!plan.ok) return plan;
  const assignment = plan.value.map((p) => p.replicas);
  const topic: TopicState = {
    name,
    topicId: topicId(ctx.rng),
    internal,
    config: config.value,
    overrides: { ...overrides },
    partitions: plan.value.map((p, i) => newPartition(name, i, p, world.now)),
  };
  world.topics.set(name, topic);
  syncFetchers(ctx);
  ctx.emit({
    type: 'topic.created',
    topic: name,
    partitions: assignment.length,
    replicationFactor: assignment[0]!.length,
    assignment,
    internal,
  });
  return ok({ topic: name });
}

/** __consumer_offsets, created the first time a group needs it (50 partitions). */
export function ensureOffsetsTopic(ctx: Ctx): TopicState {
  const existing = ctx.world.topics.get(OFFSETS_TOPIC);
  if (existing) return existing;
  const live = ctx.world.brokers.filter((b) => b.up).length;
  const created = createTopic(
    ctx,
    {
      type: 'createTopic',
      topic: OFFSETS_TOPIC,
      partitions: BROKER_DEFAULTS['offsets.topic.num.partitions'],
      replicationFactor: Math.max(
        1,
        Math.min(ctx.world.settings.offsetsTopicReplicationFactor, live),
      ),
      config: { 'cleanup.policy': 'compact', 'segment.bytes': '104857600' },
    },
    true,
  );
  if (!created.ok) throw new Error(`cannot create ${OFFSETS_TOPIC}: ${created.error.message}`);
  return ctx.world.topics.get(OFFSETS_TOPIC)!;
}

export function deleteTopic(ctx: Ctx, command: DeleteTopic): Result<{ topic: string }> {
  const topic = ctx.world.topics.get(command.topic);
  if (!topic)
    return fail(
      'UnknownTopicOrPartitionException',
      'This server does not host this topic-partition.',
    );
  if (topic.internal)
    return fail(
      'InvalidTopicException',
      `Topic ${command.topic} is a Kafka internal topic and is not allowed to be marked for deletion.`,
    );
  ctx.world.topics.delete(command.topic);
  syncFetchers(ctx);
  ctx.emit({ type: 'topic.deleted', topic: command.topic });
  return ok({ topic: command.topic });
}

export function addPartitions(
  ctx: Ctx,
  command: AddPartitions,
): Result<{ topic: string; partitions: number }> {
  const topic = ctx.world.topics.get(command.topic);
  if (!topic)
    return fail(
      'UnknownTopicOrPartitionException',
      'This server does not host this topic-partition.',
    );
  const current = topic.partitions.length;
  // KRaft's wording (ReplicationControlManager); ZooKeeper mode's (AdminZkClient) differs.
  if (!Number.isInteger(command.partitions) || command.partitions <= current)
    return fail(
      'InvalidPartitionsException',
      ctx.world.settings.mode === 'kraft'
        ? `The topic ${topic.name} currently has ${current} partition(s); ${command.partitions} would not be an increase.`
        : `The number of partitions for a topic can only be increased. Topic ${topic.name} currently has ${current} partitions, ${command.partitions} would not be an increase.`,
    );
  const rf = topic.partitions[0]?.replicas.length ?? 1;
  const assignment = place(ctx.world, ctx.rng, command.partitions - current, rf);
  if (!assignment.ok) return assignment;
  assignment.value.forEach((replicas, i) =>
    topic.partitions.push(newPartition(topic.name, current + i, placed(replicas), ctx.world.now)),
  );
  syncFetchers(ctx);
  ctx.emit({
    type: 'partitions.added',
    topic: topic.name,
    from: current,
    to: command.partitions,
    assignment: assignment.value,
  });
  return ok({ topic: topic.name, partitions: command.partitions });
}

export function alterTopicConfig(ctx: Ctx, command: AlterTopicConfig): Result<{ topic: string }> {
  const topic = ctx.world.topics.get(command.topic);
  if (!topic)
    return fail(
      'UnknownTopicOrPartitionException',
      'This server does not host this topic-partition.',
    );
  const overrides = { ...topic.overrides };
  for (const [name, raw] of Object.entries(command.set ?? {})) {
    const parsed = parseTopicConfig(name, raw);
    if (!parsed.ok) return parsed;
    overrides[name] = raw;
  }
  for (const name of command.delete ?? []) {
    if (!parseTopicConfig(name, '0').ok && !Object.hasOwn(overrides, name))
      return fail('InvalidConfigurationException', `Unknown topic config name: ${name}`);
    delete overrides[name];
  }
  const config = buildTopicConfig(overrides);
  if (!config.ok) return config;
  const changed = new Set([...Object.keys(command.set ?? {}), ...(command.delete ?? [])]);
  Object.assign(topic.config, config.value);
  for (const key of Object.keys(topic.overrides)) delete topic.overrides[key];
  Object.assign(topic.overrides, overrides);
  for (const name of changed)
    ctx.emit({
      type: 'topic.configChanged',
      topic: topic.name,
      config: name,
      value: overrides[name] ?? null,
    });
  return ok({ topic: topic.name });
}
