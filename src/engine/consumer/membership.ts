// The consumer's side of the group protocol: JoinGroup, the leader's assignment, SyncGroup,
// heartbeats and leaving. Eager: give up everything before rejoining. Cooperative: keep what you
// own, give up only what moves, and rejoin once more so it can be handed over.
import { ASSIGNORS } from '../kernels/assignors';
import type { Ctx } from '../world/context';
import type { TaskOf } from '../world/tasks';
import { tpKey, type TopicPartition } from '../world/world';
import { sendCommit } from './commits';
import type { ConsumerClient } from './consumerState';

const latency = (ctx: Ctx) => ctx.world.settings.networkLatencyMs;
const same = (a: TopicPartition, b: TopicPartition) =>
  a.topic === b.topic && a.partition === b.partition;
const minus = (a: readonly TopicPartition[], b: readonly TopicPartition[]) =>
  a.filter((x) => !b.some((y) => same(x, y)));

export function revoke(ctx: Ctx, c: ConsumerClient, partitions: readonly TopicPartition[]): void {
  if (partitions.length === 0 || c.groupId === null) return;
  c.assignment = minus(c.assignment, partitions);
  for (const tp of partitions) {
    c.positions.delete(tpKey(tp.topic, tp.partition));
    c.processed.delete(tpKey(tp.topic, tp.partition));
  }
  ctx.emit({
    type: 'partitions.revoked',
    group: c.groupId,
    consumer: c.clientId,
    memberId: c.memberId,
    partitions: [...partitions],
  });
}

export function startJoin(ctx: Ctx, c: ConsumerClient): void {
  if (c.groupId === null || c.subscription === null) return;
  if (c.protocol === 'EAGER' && c.assignment.length > 0) {
    // onJoinPrepare: commit what was consumed, then give up every partition.
    if (c.config.commit === 'auto') sendCommit(ctx, c, true);
    c.previousAssignment = [...c.assignment];
    c.previousGeneration = c.generation;
    revoke(ctx, c, c.assignment);
  }
  c.joinState = 'joining';
  c.rejoinNeeded = false;
  const owned = c.protocol === 'COOPERATIVE' ? c.assignment : c.previousAssignment;
  ctx.schedule(latency(ctx), {
    kind: 'joinArrive',
    group: c.groupId,
    request: {
      consumer: c.clientId,
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
  if (r.error === 'MEMBER_ID_REQUIRED' || r.error === 'UNKNOWN_MEMBER_ID') {
    c.memberId = r.memberId;
    return startJoin(ctx, c);
  }
  if (r.error !== 'NONE' || c.groupId === null) return;
  c.memberId = r.memberId;
  c.generation = r.generation;
  c.joinState = 'syncing';
  let plan: Record<string, TopicPartition[]> | null = null;
  if (r.leaderId === c.memberId && r.members.length > 0 && r.protocol !== null) {
    const partitionsPerTopic: Record<string, number> = {};
    for (const m of r.members)
      for (const t of m.topics) {
        const topic = ctx.world.topics.get(t);
        if (topic) partitionsPerTopic[t] = topic.partitions.length;
      }
    plan = ASSIGNORS[r.protocol].assign(partitionsPerTopic, r.members);
  }
  ctx.schedule(latency(ctx), {
    kind: 'syncArrive',
    group: c.groupId,
    consumer: c.clientId,
    epoch: c.epoch,
    memberId: c.memberId,
    generation: c.generation,
    assignment: plan,
  });
  startHeartbeats(ctx, c);
}

export function onSyncResponse(
  ctx: Ctx,
  c: ConsumerClient,
  task: TaskOf<'syncResponse'>,
  poll: () => void,
): void {
  if (c.groupId === null) return;
  if (task.error !== 'NONE') {
    if (task.error === 'UNKNOWN_MEMBER_ID') c.memberId = '';
    return startJoin(ctx, c);
  }
  const fresh = task.assignment;
  const revoked = minus(c.assignment, fresh);
  const added = minus(fresh, c.assignment);
  revoke(ctx, c, revoked);
  c.assignment = [...fresh].sort(
    (a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition,
  );
  c.generation = task.generation;
  c.previousAssignment = [...c.assignment];
  c.previousGeneration = c.generation;
  c.joinState = 'stable';
  ctx.emit({
    type: 'partitions.assigned',
    group: c.groupId,
    consumer: c.clientId,
    memberId: c.memberId,
    partitions: c.protocol === 'COOPERATIVE' ? added : c.assignment,
    generation: c.generation,
  });
  // Cooperative: partitions given up this round are handed over in a follow-up rebalance.
  if (c.protocol === 'COOPERATIVE' && revoked.length > 0) c.rejoinNeeded = true;
  poll();
}

export function startHeartbeats(ctx: Ctx, c: ConsumerClient): void {
  if (c.heartbeatRunning) return;
  c.heartbeatRunning = true;
  ctx.schedule(c.config.heartbeatIntervalMs, {
    kind: 'heartbeatTimer',
    consumer: c.clientId,
    epoch: c.epoch,
  });
}

export function onHeartbeatTimer(ctx: Ctx, c: ConsumerClient): void {
  if (c.groupId === null || c.memberId === '') {
    c.heartbeatRunning = false;
    return;
  }
  if (c.joinState === 'stable' || c.joinState === 'syncing')
    ctx.schedule(latency(ctx), {
      kind: 'heartbeatArrive',
      group: c.groupId,
      consumer: c.clientId,
      epoch: c.epoch,
      memberId: c.memberId,
      generation: c.generation,
    });
  ctx.schedule(c.config.heartbeatIntervalMs, {
    kind: 'heartbeatTimer',
    consumer: c.clientId,
    epoch: c.epoch,
  });
}

export function onHeartbeatResponse(c: ConsumerClient, task: TaskOf<'heartbeatResponse'>): void {
  if (task.error === 'NONE') return;
  if (task.error === 'UNKNOWN_MEMBER_ID') c.memberId = '';
  if (c.joinState === 'stable') c.rejoinNeeded = true;
}

/** Leaves the group: LeaveGroup for dynamic members; a static member just goes quiet. */
export function leaveGroup(ctx: Ctx, c: ConsumerClient, reason: string): void {
  if (c.groupId === null || c.memberId === '') return;
  if (c.config.groupInstanceId === null)
    ctx.schedule(latency(ctx), {
      kind: 'leaveArrive',
      group: c.groupId,
      memberId: c.memberId,
      reason,
    });
}

/** max.poll.interval.ms passed without a poll: the client leaves so the group can go on. */
export function onPollIntervalCheck(
  ctx: Ctx,
  c: ConsumerClient,
  task: TaskOf<'pollIntervalCheck'>,
): void {
  if (
    task.pollSeq !== c.pollSeq ||
    c.groupId === null ||
    c.memberId === '' ||
    c.subscription === null
  )
    return;
  ctx.emit({
    type: 'member.expired',
    group: c.groupId,
    memberId: c.memberId,
    reason: 'max.poll.interval.ms',
  });
  ctx.schedule(latency(ctx), {
    kind: 'leaveArrive',
    group: c.groupId,
    memberId: c.memberId,
    reason: 'consumer poll timeout has expired.',
  });
  // Its partitions are lost, not revoked: it finds out at its next poll, when it rejoins.
  c.memberId = c.config.groupInstanceId === null ? '' : c.memberId;
  c.generation = -1;
  c.joinState = 'none';
  c.rejoinNeeded = true;
}
