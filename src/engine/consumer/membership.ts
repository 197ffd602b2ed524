// The consumer's side of the group protocol: JoinGroup, the leader's assignment, SyncGroup,
// heartbeats and leaving. Eager: give up everything before rejoining. Cooperative: keep what you
// own, give up only what moves, and rejoin once more so it can be handed over. A client that finds
// it is no longer a member loses its partitions without committing (onPartitionsLost).
import { schedulePollIntervalCheck } from './pollLoop';
import { ASSIGNORS } from '../kernels/assignors';
import type { Ctx } from '../world/context';
import type { GroupError, TaskOf } from '../world/tasks';
import { tpKey, type TopicPartition } from '../world/world';
import { sendCommit } from './commits';
import type { ConsumerClient } from './consumerState';

const latency = (ctx: Ctx) => ctx.world.settings.networkLatencyMs;
const same = (a: TopicPartition, b: TopicPartition) =>
  a.topic === b.topic && a.partition === b.partition;
const minus = (a: readonly TopicPartition[], b: readonly TopicPartition[]) =>
  a.filter((x) => !b.some((y) => same(x, y)));
const byTopicPartition = (a: TopicPartition, b: TopicPartition) =>
  a.topic.localeCompare(b.topic) || a.partition - b.partition;

/** Who a group request comes from: the fields SyncGroup, Heartbeat and OffsetCommit all carry. */
export function asMember(c: ConsumerClient, group: string) {
  return {
    group,
    consumer: c.clientId,
    epoch: c.epoch,
    memberId: c.memberId,
    groupInstanceId: c.config.groupInstanceId,
    generation: c.generation,
  };
}

const FENCED_MESSAGE =
  'The broker rejected this static consumer since another consumer with the same group.instance.id has registered with a different member.id.';
const INCONSISTENT_MESSAGE =
  "The group member's supported protocols are incompatible with those of existing members or first group member tried to join with empty protocol type or empty protocol list.";

function drop(
  ctx: Ctx,
  c: ConsumerClient,
  partitions: readonly TopicPartition[],
  how: 'partitions.revoked' | 'partitions.lost',
): void {
  if (partitions.length === 0 || c.groupId === null) return;
  c.assignment = minus(c.assignment, partitions);
  for (const tp of partitions) {
    c.positions.delete(tpKey(tp.topic, tp.partition));
    c.buffer.delete(tpKey(tp.topic, tp.partition));
    c.processed.delete(tpKey(tp.topic, tp.partition));
  }
  ctx.emit({
    type: how,
    group: c.groupId,
    consumer: c.clientId,
    memberId: c.memberId,
    partitions: [...partitions],
  });
}

export const revoke = (ctx: Ctx, c: ConsumerClient, partitions: readonly TopicPartition[]) =>
  drop(ctx, c, partitions, 'partitions.revoked');

/** The coordinator no longer knows this member (or this generation): start again. */
function resetMembership(c: ConsumerClient, keepMemberId: boolean): void {
  if (!keepMemberId) c.memberId = '';
  c.generation = -1;
  c.joinState = 'none';
  c.rejoinNeeded = true;
}

export function startJoin(ctx: Ctx, c: ConsumerClient): void {
  if (c.groupId === null || c.subscription === null) return;
  if (c.generation < 0 && c.assignment.length > 0) {
    drop(ctx, c, c.assignment, 'partitions.lost');
  } else if (c.assignment.length > 0) {
    // onJoinPrepare: commit what was consumed (both protocols), then the eager one gives up everything.
    if (c.config.commit === 'auto') sendCommit(ctx, c, true);
    c.previousAssignment = [...c.assignment];
    c.previousGeneration = c.generation;
    if (c.protocol === 'EAGER') revoke(ctx, c, c.assignment);
  }
  c.joinState = 'joining';
  c.rejoinNeeded = false;
  const owned = c.protocol === 'COOPERATIVE' ? c.assignment : c.previousAssignment;
  ctx.schedule(latency(ctx), {
    kind: 'joinArrive',
    group: c.groupId,
    request: {
      consumer: c.clientId,
      clientId: c.kafkaClientId,
      epoch: c.epoch,
      memberId: c.memberId,
      groupInstanceId: c.config.groupInstanceId,
      protocols: c.config.assignors,
      topics: c.subscription,
      ownedPartitions: [...owned],
      generation: c.protocol === 'COOPERATIVE' ? c.generation : c.previousGeneration,
      sessionTimeoutMs: c.config.sessionTimeoutMs,
      rebalanceTimeoutMs: c.config.maxPollIntervalMs,
    },
  });
}

export function onJoinResponse(ctx: Ctx, c: ConsumerClient, task: TaskOf<'joinResponse'>): void {
  const r = task.response;
  if (c.groupId === null) return;
  switch (r.error) {
    case 'MEMBER_ID_REQUIRED':
      c.memberId = r.memberId;
      return startJoin(ctx, c);
    case 'UNKNOWN_MEMBER_ID':
      resetMembership(c, false);
      return startJoin(ctx, c);
    case 'FENCED_INSTANCE_ID':
      return failConsumer(ctx, c, 'FencedInstanceIdException', FENCED_MESSAGE);
    case 'INCONSISTENT_GROUP_PROTOCOL':
      return failConsumer(ctx, c, 'InconsistentGroupProtocolException', INCONSISTENT_MESSAGE);
    case 'NONE':
      break;
  }
  c.memberId = r.memberId;
  c.generation = r.generation;
  c.joinState = 'syncing';
  let plan: Record<string, TopicPartition[]> | null = null;
  c.assignedMetadata = null;
  if (r.leaderId === c.memberId && r.members.length > 0 && r.protocol !== null) {
    const partitionsPerTopic: Record<string, number> = {};
    for (const m of r.members)
      for (const t of m.topics) {
        const topic = ctx.world.topics.get(t);
        if (topic) partitionsPerTopic[t] = topic.partitions.length;
      }
    plan = ASSIGNORS[r.protocol].assign(partitionsPerTopic, r.members);
    c.assignedMetadata = partitionsPerTopic;
  }
  ctx.schedule(latency(ctx), { kind: 'syncArrive', ...asMember(c, c.groupId), assignment: plan });
  restartHeartbeats(ctx, c);
}

/** Errors from SyncGroup, Heartbeat and OffsetCommit mean the same thing to the client. */
export function onGroupError(ctx: Ctx, c: ConsumerClient, error: GroupError): void {
  if (error === 'FENCED_INSTANCE_ID')
    return failConsumer(ctx, c, 'FencedInstanceIdException', FENCED_MESSAGE);
  if (error === 'UNKNOWN_MEMBER_ID') resetMembership(c, false);
  else if (error === 'ILLEGAL_GENERATION') resetMembership(c, true);
  else if (error === 'REBALANCE_IN_PROGRESS' && c.joinState === 'stable') c.rejoinNeeded = true;
}

export function onSyncResponse(
  ctx: Ctx,
  c: ConsumerClient,
  task: TaskOf<'syncResponse'>,
  poll: () => void,
): void {
  if (c.groupId === null) return;
  if (task.error !== 'NONE') {
    onGroupError(ctx, c, task.error);
    if (c.status === 'running') startJoin(ctx, c);
    return;
  }
  const fresh = [...task.assignment].sort(byTopicPartition);
  const revoked = minus(c.assignment, fresh);
  const added = minus(fresh, c.assignment);
  revoke(ctx, c, revoked);
  c.assignment = fresh;
  c.generation = task.generation;
  c.previousAssignment = [...fresh];
  c.previousGeneration = c.generation;
  c.joinState = 'stable';
  // onJoinComplete restarts the auto-commit timer.
  c.nextAutoCommitAt = ctx.world.now + c.config.autoCommitIntervalMs;
  ctx.emit({
    type: 'partitions.assigned',
    group: c.groupId,
    consumer: c.clientId,
    memberId: c.memberId,
    partitions: c.protocol === 'COOPERATIVE' ? added : fresh,
    generation: c.generation,
  });
  // Cooperative: partitions given up this round are handed over in a follow-up rebalance.
  if (c.protocol === 'COOPERATIVE' && revoked.length > 0) c.rejoinNeeded = true;
  poll();
}

/** HeartbeatThread.enable(): the timer starts again from each JoinGroup answer. */
function restartHeartbeats(ctx: Ctx, c: ConsumerClient): void {
  c.heartbeatSeq += 1;
  ctx.schedule(c.config.heartbeatIntervalMs, {
    kind: 'heartbeatTimer',
    consumer: c.clientId,
    epoch: c.epoch,
    seq: c.heartbeatSeq,
  });
}

export function onHeartbeatTimer(
  ctx: Ctx,
  c: ConsumerClient,
  task: TaskOf<'heartbeatTimer'>,
): void {
  if (task.seq !== c.heartbeatSeq || c.groupId === null || c.memberId === '') return;
  if (c.joinState === 'stable' || c.joinState === 'syncing')
    ctx.schedule(latency(ctx), { kind: 'heartbeatArrive', ...asMember(c, c.groupId) });
  ctx.schedule(c.config.heartbeatIntervalMs, {
    kind: 'heartbeatTimer',
    consumer: c.clientId,
    epoch: c.epoch,
    seq: c.heartbeatSeq,
  });
}

export function onHeartbeatResponse(
  ctx: Ctx,
  c: ConsumerClient,
  task: TaskOf<'heartbeatResponse'>,
): void {
  if (task.error !== 'NONE') onGroupError(ctx, c, task.error);
}

/** Leaves the group: LeaveGroup for dynamic members; a static member just goes quiet. */
export function leaveGroup(ctx: Ctx, c: ConsumerClient, reason: string): void {
  if (c.groupId === null || c.memberId === '' || c.config.groupInstanceId !== null) return;
  ctx.schedule(latency(ctx), {
    kind: 'leaveArrive',
    group: c.groupId,
    memberId: c.memberId,
    groupInstanceId: null,
    reason,
  });
}

/** A fatal error: the client reports it, leaves its group and stops. */
export function failConsumer(ctx: Ctx, c: ConsumerClient, error: string, message: string): void {
  ctx.emit({ type: 'consumer.failed', consumer: c.clientId, group: c.groupId, error, message });
  leaveGroup(ctx, c, 'the consumer is being closed');
  c.status = 'closed';
  c.epoch += 1;
  c.busy = 'idle';
}

/** max.poll.interval.ms passed without a poll: the client leaves so the group can go on. */
export function onPollIntervalCheck(ctx: Ctx, c: ConsumerClient, poll: () => void): void {
  c.pollCheckEpoch = null;
  // Polled since the timer was armed: it runs on, from the last poll.
  const due = c.lastPollAt + c.config.maxPollIntervalMs;
  if (ctx.world.now < due) {
    schedulePollIntervalCheck(ctx, c, due - ctx.world.now);
    return;
  }
  if (c.groupId === null || c.memberId === '' || c.subscription === null) return;
  // A member waiting for a rebalance is inside poll(): its timer is not running.
  if (c.joinState === 'joining' || c.joinState === 'syncing') return;
  ctx.emit({
    type: 'member.expired',
    group: c.groupId,
    memberId: c.memberId,
    reason: 'max.poll.interval.ms',
  });
  leaveGroup(ctx, c, 'consumer poll timeout has expired.');
  // Its partitions are lost, not revoked: it finds out at its next poll, when it rejoins.
  resetMembership(c, false);
  // Usually the app is still busy in its batch and rejoins at its next poll; an idle loop polls now.
  if (c.busy === 'idle') poll();
}
