// SyncGroup, Heartbeat and LeaveGroup at the coordinator, and the session timer that notices a
// member (or a member id handed out but never used) that went quiet.
import type { Ctx } from '../world/context';
import type { GroupError, TaskOf } from '../world/tasks';
import type { TopicPartition } from '../world/world';
import type { GroupState, MemberState } from './groupState';
import { maybeCompleteJoin, prepareRebalance, rejectParkedJoin } from './rebalance';

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

/** Kafka's validateCurrentMember: unknown ids, and static ids now owned by someone else. */
export function validateMember(
  group: GroupState,
  memberId: string,
  instanceId: string | null,
): GroupError {
  if (
    instanceId !== null &&
    group.staticMembers.has(instanceId) &&
    group.staticMembers.get(instanceId) !== memberId
  )
    return 'FENCED_INSTANCE_ID';
  const member = group.members.get(memberId);
  if (!member) return 'UNKNOWN_MEMBER_ID';
  if (member.groupInstanceId !== instanceId) return 'FENCED_INSTANCE_ID';
  return 'NONE';
}

export function receiveSync(ctx: Ctx, task: TaskOf<'syncArrive'>): void {
  // A deleted group is not brought back by a straggler's request (Kafka: UNKNOWN_MEMBER_ID).
  const group = ctx.world.groups.get(task.group);
  if (!group) return reply(ctx, task, 'UNKNOWN_MEMBER_ID', -1, []);
  const invalid = validateMember(group, task.memberId, task.groupInstanceId);
  if (invalid !== 'NONE') return reply(ctx, task, invalid, -1, []);
  const member = group.members.get(task.memberId)!;
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
  const group = ctx.world.groups.get(task.group);
  const answer = (error: GroupError) =>
    ctx.schedule(ctx.world.settings.networkLatencyMs, {
      kind: 'heartbeatResponse',
      consumer: task.consumer,
      epoch: task.epoch,
      error,
    });
  if (!group) return answer('UNKNOWN_MEMBER_ID');
  const invalid = validateMember(group, task.memberId, task.groupInstanceId);
  if (invalid !== 'NONE') return answer(invalid);
  const member = group.members.get(task.memberId)!;
  if (task.generation !== group.generation) return answer('ILLEGAL_GENERATION');
  member.lastHeartbeatAt = ctx.world.now;
  ctx.schedule(member.sessionTimeoutMs, {
    kind: 'sessionCheck',
    group: group.groupId,
    memberId: member.memberId,
  });
  answer(group.phase === 'PreparingRebalance' ? 'REBALANCE_IN_PROGRESS' : 'NONE');
}

function removeMember(ctx: Ctx, group: GroupState, member: MemberState, reason: string): void {
  group.members.delete(member.memberId);
  if (
    member.groupInstanceId !== null &&
    group.staticMembers.get(member.groupInstanceId) === member.memberId
  )
    group.staticMembers.delete(member.groupInstanceId);
  rejectParkedJoin(ctx, group, member);
  if (group.phase === 'PreparingRebalance') return maybeCompleteJoin(ctx, group);
  prepareRebalance(ctx, group, reason);
  maybeCompleteJoin(ctx, group);
}

export function receiveLeave(ctx: Ctx, task: TaskOf<'leaveArrive'>): void {
  const group = ctx.world.groups.get(task.group);
  if (!group) return;
  if (group.pendingMembers.delete(task.memberId)) return maybeCompleteJoin(ctx, group);
  const member = group.members.get(task.memberId);
  if (!member || validateMember(group, task.memberId, task.groupInstanceId) !== 'NONE') return;
  ctx.emit({
    type: 'member.left',
    group: group.groupId,
    memberId: task.memberId,
    reason: task.reason,
  });
  removeMember(
    ctx,
    group,
    member,
    `Removing member ${task.memberId} on LeaveGroup; client reason: ${task.reason}`,
  );
}

/** No heartbeat for session.timeout.ms: the member is presumed dead and its partitions move. */
export function checkSession(ctx: Ctx, task: TaskOf<'sessionCheck'>): void {
  const group = ctx.world.groups.get(task.group);
  if (!group) return;
  // A member id handed out (KIP-394) but never joined with expires after the session timeout.
  if (group.pendingMembers.delete(task.memberId)) return maybeCompleteJoin(ctx, group);
  const member = group.members.get(task.memberId);
  if (!member) return;
  if (group.phase === 'PreparingRebalance' && member.joined) return;
  if (ctx.world.now - member.lastHeartbeatAt < member.sessionTimeoutMs) return;
  ctx.emit({
    type: 'member.expired',
    group: group.groupId,
    memberId: member.memberId,
    reason: 'session.timeout.ms',
  });
  removeMember(ctx, group, member, `removing member ${member.memberId} on heartbeat expiration`);
}
