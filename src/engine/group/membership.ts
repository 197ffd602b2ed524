// SyncGroup, Heartbeat and LeaveGroup at the coordinator, and the session timer that notices a
// member that stopped heartbeating.
import type { Ctx } from '../world/context';
import type { GroupError, TaskOf } from '../world/tasks';
import type { TopicPartition } from '../world/world';
import type { GroupState } from './groupState';
import { getOrCreateGroup } from './groups';
import { maybeCompleteJoin, prepareRebalance } from './rebalance';

function reply(
  ctx: Ctx,
  to: { consumer: string; epoch: number },
  error: GroupError,
  generation: number,
  assignment: readonly TopicPartition[],
): void {
  ctx.schedule(ctx.world.settings.networkLatencyMs, {
    kind: 'syncResponse',
    consumer: to.consumer,
    epoch: to.epoch,
    error,
    generation,
    assignment,
  });
}

export function receiveSync(ctx: Ctx, task: TaskOf<'syncArrive'>): void {
  const group = getOrCreateGroup(ctx, task.group);
  const member = group.members.get(task.memberId);
  if (!member) return reply(ctx, task, 'UNKNOWN_MEMBER_ID', -1, []);
  if (task.generation !== group.generation) return reply(ctx, task, 'ILLEGAL_GENERATION', -1, []);
  if (group.phase === 'PreparingRebalance')
    return reply(ctx, task, 'REBALANCE_IN_PROGRESS', -1, []);
  if (group.phase === 'Stable')
    return reply(ctx, task, 'NONE', group.generation, member.assignment);
  member.awaitingSync = true;
  member.consumerEpoch = task.epoch;
  if (task.memberId !== group.leaderId || task.assignment === null) return;
  // The leader's plan: store it, go Stable and answer everyone waiting.
  for (const m of group.members.values()) m.assignment = [...(task.assignment[m.memberId] ?? [])];
  group.phase = 'Stable';
  const assignment: Record<string, readonly TopicPartition[]> = {};
  for (const m of group.members.values()) assignment[m.memberId] = m.assignment;
  ctx.emit({
    type: 'group.stable',
    group: group.groupId,
    generation: group.generation,
    protocol: group.protocolName ?? '',
    leader: group.leaderId,
    assignment,
  });
  for (const m of group.members.values()) {
    if (!m.awaitingSync) continue;
    m.awaitingSync = false;
    reply(
      ctx,
      { consumer: m.clientId, epoch: m.consumerEpoch },
      'NONE',
      group.generation,
      m.assignment,
    );
  }
}

export function receiveHeartbeat(ctx: Ctx, task: TaskOf<'heartbeatArrive'>): void {
  const group = getOrCreateGroup(ctx, task.group);
  const member = group.members.get(task.memberId);
  const answer = (error: GroupError) =>
    ctx.schedule(ctx.world.settings.networkLatencyMs, {
      kind: 'heartbeatResponse',
      consumer: task.consumer,
      epoch: task.epoch,
      error,
    });
  if (!member) return answer('UNKNOWN_MEMBER_ID');
  if (task.generation !== group.generation && group.phase !== 'PreparingRebalance')
    return answer('ILLEGAL_GENERATION');
  member.lastHeartbeatAt = ctx.world.now;
  ctx.schedule(member.sessionTimeoutMs, {
    kind: 'sessionCheck',
    group: group.groupId,
    memberId: member.memberId,
  });
  answer(group.phase === 'PreparingRebalance' ? 'REBALANCE_IN_PROGRESS' : 'NONE');
}

function removeMember(ctx: Ctx, group: GroupState, memberId: string): void {
  const member = group.members.get(memberId);
  if (!member) return;
  group.members.delete(memberId);
  if (
    member.groupInstanceId !== null &&
    group.staticMembers.get(member.groupInstanceId) === memberId
  )
    group.staticMembers.delete(member.groupInstanceId);
  if (group.phase === 'PreparingRebalance') return maybeCompleteJoin(ctx, group);
  prepareRebalance(ctx, group, `removing member ${memberId}`);
  maybeCompleteJoin(ctx, group);
}

export function receiveLeave(ctx: Ctx, task: TaskOf<'leaveArrive'>): void {
  const group = ctx.world.groups.get(task.group);
  if (!group?.members.has(task.memberId)) return;
  ctx.emit({
    type: 'member.left',
    group: group.groupId,
    memberId: task.memberId,
    reason: task.reason,
  });
  removeMember(ctx, group, task.memberId);
}

/** No heartbeat for session.timeout.ms: the member is presumed dead and its partitions move. */
export function checkSession(ctx: Ctx, task: TaskOf<'sessionCheck'>): void {
  const group = ctx.world.groups.get(task.group);
  const member = group?.members.get(task.memberId);
  if (!group || !member) return;
  if (group.phase === 'PreparingRebalance' && member.joined) return;
  if (ctx.world.now - member.lastHeartbeatAt < member.sessionTimeoutMs) return;
  ctx.emit({
    type: 'member.expired',
    group: group.groupId,
    memberId: member.memberId,
    reason: 'session.timeout.ms',
  });
  removeMember(ctx, group, member.memberId);
}
