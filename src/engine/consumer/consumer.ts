// Consumers: start (subscribe or assign), the poll loop in virtual time, seek, commit, close and
// crash. A poll fetches from the positions, processing takes virtual time per record, and the
// commit mode decides when positions become committed offsets.
import type { CommitSync, ConsumerSettings, Seek, StartConsumer, StopConsumer } from '../commands';
import { CONSUMER_DEFAULTS, SIM_DEFAULTS } from '../defaults';
import { fail, ok, type Result } from '../errors';
import {
  ASSIGNORS,
  DEFAULT_PARTITION_ASSIGNMENT_STRATEGY,
  isAssignorName,
} from '../kernels/assignors';
import type { AssignorName } from '../kernels/assignors/types';
import { getOrCreateGroup } from '../group/groups';
import type { Ctx } from '../world/context';
import { tpKey } from '../world/world';
import { sendCommit } from './commits';
import type { ConsumerClient, ConsumerConfig } from './consumerState';
import { leaveGroup, revoke } from './membership';
import { schedulePoll } from './pollLoop';

function protocolOf(assignors: readonly AssignorName[]): 'EAGER' | 'COOPERATIVE' {
  return assignors.every((a) => ASSIGNORS[a].supportedProtocols.includes('COOPERATIVE'))
    ? 'COOPERATIVE'
    : 'EAGER';
}

function configFrom(command: StartConsumer, settings: ConsumerSettings = {}): ConsumerConfig {
  return {
    groupInstanceId: settings['group.instance.id'] ?? null,
    sessionTimeoutMs: settings['session.timeout.ms'] ?? CONSUMER_DEFAULTS['session.timeout.ms'],
    heartbeatIntervalMs:
      settings['heartbeat.interval.ms'] ?? CONSUMER_DEFAULTS['heartbeat.interval.ms'],
    maxPollIntervalMs:
      settings['max.poll.interval.ms'] ?? CONSUMER_DEFAULTS['max.poll.interval.ms'],
    maxPollRecords: settings['max.poll.records'] ?? CONSUMER_DEFAULTS['max.poll.records'],
    autoOffsetReset: settings['auto.offset.reset'] ?? CONSUMER_DEFAULTS['auto.offset.reset'],
    autoCommitIntervalMs:
      settings['auto.commit.interval.ms'] ?? CONSUMER_DEFAULTS['auto.commit.interval.ms'],
    assignors: settings['partition.assignment.strategy'] ?? DEFAULT_PARTITION_ASSIGNMENT_STRATEGY,
    fetchMaxWaitMs: settings['fetch.max.wait.ms'] ?? CONSUMER_DEFAULTS['fetch.max.wait.ms'],
    commit: command.commit ?? (command.group === undefined ? 'none' : 'auto'),
    processingMsPerRecord: command.processingMsPerRecord ?? SIM_DEFAULTS.processingMsPerRecord,
  };
}

function validate(ctx: Ctx, command: StartConsumer): Result<ConsumerConfig> {
  const config = configFrom(command, command.config);
  if ((command.topics === undefined) === (command.assign === undefined))
    return fail(
      'IllegalArgumentException',
      'A consumer either subscribes to topics or is assigned partitions.',
    );
  if (command.topics !== undefined && command.group === undefined)
    return fail(
      'InvalidGroupIdException',
      'To use the group management or offset commit APIs, you must provide a valid group.id in the consumer configuration.',
    );
  const ms = config.processingMsPerRecord;
  if (!Number.isSafeInteger(ms) || ms < 0)
    return fail(
      'IllegalArgumentException',
      `processingMsPerRecord must be a whole number of ms ≥ 0: ${ms}`,
    );
  if (config.assignors.length === 0 || !config.assignors.every(isAssignorName))
    return fail(
      'IllegalArgumentException',
      `Unknown partition.assignment.strategy: ${config.assignors.join(',')}`,
    );
  for (const tp of command.assign ?? []) {
    const topic = ctx.world.topics.get(tp.topic);
    if (!topic || tp.partition < 0 || tp.partition >= topic.partitions.length)
      return fail(
        'UnknownTopicOrPartitionException',
        `Partition ${tpKey(tp.topic, tp.partition)} does not exist.`,
      );
  }
  const session = config.sessionTimeoutMs;
  if (command.group !== undefined && (session < 6000 || session > 1800000))
    return fail(
      'IllegalArgumentException',
      `The session timeout ${session} is not within the broker's range [6000, 1800000] (group.min.session.timeout.ms, group.max.session.timeout.ms).`,
    );
  return ok(config);
}

export function startConsumer(ctx: Ctx, command: StartConsumer): Result<{ consumer: string }> {
  const checked = validate(ctx, command);
  if (!checked.ok) return checked;
  const existing =
    command.consumer === undefined ? undefined : ctx.world.consumers.get(command.consumer);
  if (existing?.status === 'running')
    return fail('IllegalStateException', `Consumer ${command.consumer} is already running.`);
  // ConsumerConfig#maybeOverrideClientId: a static member is named after its instance id.
  const instanceId = checked.value.groupInstanceId;
  const clientId =
    command.consumer ??
    `consumer-${command.group ?? 'null'}-${instanceId ?? ++ctx.world.clientCounters.consumer}`;
  const c: ConsumerClient = {
    clientId,
    kafkaClientId: command.clientId ?? clientId,
    groupId: command.group ?? null,
    config: checked.value,
    subscription: command.topics ? [...new Set(command.topics)] : null,
    status: 'running',
    epoch: (existing?.epoch ?? 0) + 1,
    memberId: '',
    generation: -1,
    joinState: 'none',
    protocol: protocolOf(checked.value.assignors),
    assignment: command.assign
      ? command.assign.map((tp) => ({ topic: tp.topic, partition: tp.partition }))
      : [],
    positions: new Map(),
    processed: new Map(),
    busy: 'idle',
    fetchInFlight: false,
    buffer: new Map(),
    inHand: [],
    processingSeq: 0,
    processingDoneAt: ctx.world.now,
    lastPollAt: ctx.world.now,
    pollSeq: 0,
    pollCheckEpoch: null,
    rejoinNeeded: false,
    heartbeatSeq: 0,
    assignedMetadata: null,
    nextMetadataRefreshAt: ctx.world.now + CONSUMER_DEFAULTS['metadata.max.age.ms'],
    nextAutoCommitAt: ctx.world.now + checked.value.autoCommitIntervalMs,
    fetchRotation: 0,
    previousAssignment: [],
    previousGeneration: -1,
  };
  ctx.world.consumers.set(clientId, c);
  if (c.groupId !== null) getOrCreateGroup(ctx, c.groupId);
  ctx.emit({
    type: 'consumer.started',
    consumer: clientId,
    group: c.groupId,
    topics: c.subscription ?? [...new Set(c.assignment.map((tp) => tp.topic))],
  });
  schedulePoll(ctx, c, 0);
  return ok({ consumer: clientId });
}

function dropWaitingFetches(ctx: Ctx, clientId: string): void {
  const waiting = ctx.world.waitingFetches;
  for (let i = waiting.length - 1; i >= 0; i--)
    if (waiting[i]!.consumer === clientId) waiting.splice(i, 1);
}

export function stopConsumer(ctx: Ctx, command: StopConsumer): Result<{ consumer: string }> {
  const c = ctx.world.consumers.get(command.consumer);
  if (!c || c.status !== 'running')
    return fail('IllegalStateException', `No running consumer ${command.consumer}.`);
  if (command.how === 'close') {
    // Records still being processed are not committed: they come again to whoever takes over.
    if (c.config.commit === 'auto') sendCommit(ctx, c, true, consumedOffsets(c));
    if (c.config.commit === 'after-processing') sendCommit(ctx, c, false, c.processed);
    if (c.subscription !== null) {
      revoke(ctx, c, c.assignment);
      leaveGroup(ctx, c, 'the consumer is being closed');
    }
    c.status = 'closed';
    ctx.emit({ type: 'consumer.closed', consumer: c.clientId, group: c.groupId });
  } else {
    c.status = 'crashed';
    ctx.emit({ type: 'consumer.crashed', consumer: c.clientId, group: c.groupId });
  }
  c.epoch += 1;
  c.busy = 'idle';
  c.heartbeatSeq += 1;
  dropWaitingFetches(ctx, c.clientId);
  return ok({ consumer: c.clientId });
}

export function seek(ctx: Ctx, command: Seek): Result<{ consumer: string }> {
  const c = ctx.world.consumers.get(command.consumer);
  if (!c || c.status !== 'running')
    return fail('IllegalStateException', `No running consumer ${command.consumer}.`);
  if (!c.assignment.some((tp) => tp.topic === command.topic && tp.partition === command.partition))
    return fail(
      'IllegalStateException',
      `No current assignment for partition ${tpKey(command.topic, command.partition)}`,
    );
  const partition = ctx.world.topics.get(command.topic)?.partitions[command.partition];
  if (!partition)
    return fail(
      'UnknownTopicOrPartitionException',
      'This server does not host this topic-partition.',
    );
  const target =
    command.offset === 'beginning'
      ? partition.log.logStartOffset
      : command.offset === 'end'
        ? partition.highWatermark
        : command.offset;
  if (!Number.isInteger(target) || target < 0)
    return fail('IllegalArgumentException', `seek offset must not be a negative number`);
  c.positions.set(tpKey(command.topic, command.partition), target);
  c.buffer.delete(tpKey(command.topic, command.partition));
  return ok({ consumer: c.clientId });
}

/** Positions, except where a batch is still being processed: there, its first offset. */
function consumedOffsets(c: ConsumerClient): Map<string, number> {
  const offsets = new Map(c.positions);
  for (const h of c.inHand) offsets.set(tpKey(h.topic, h.partition), h.from);
  return offsets;
}

export function commitNow(ctx: Ctx, command: CommitSync): Result<{ consumer: string }> {
  const c = ctx.world.consumers.get(command.consumer);
  if (!c || c.status !== 'running')
    return fail('IllegalStateException', `No running consumer ${command.consumer}.`);
  if (c.groupId === null)
    return fail(
      'InvalidGroupIdException',
      'To use the group management or offset commit APIs, you must provide a valid group.id in the consumer configuration.',
    );
  sendCommit(ctx, c, false, consumedOffsets(c));
  return ok({ consumer: c.clientId });
}
