// JoinGroup at the coordinator: new members get an id first (KIP-394), static members keep their
// place (KIP-345), and a join that changes the group starts a rebalance.
import type { Ctx } from '../world/context';
import type { JoinRequest, TaskOf } from '../world/tasks';
import type { GroupState, MemberState } from './groupState';
import { getOrCreateGroup } from './groups';
import { extendInitialDelay, maybeCompleteJoin, prepareRebalance } from './rebalance';

function answer(
  ctx: Ctx,
  request: JoinRequest,
  response: TaskOf<'joinResponse'>['response'],
): void {
  ctx.schedule(ctx.world.settings.networkLatencyMs, {
    kind: 'joinResponse',
    consumer: request.consumer,
    epoch: request.epoch,
    response,
  });
}

function addMember(
  ctx: Ctx,
  group: GroupState,
  request: JoinRequest,
  memberId: string,
): MemberState {
  const member: MemberState = {
    memberId,
    clientId: request.consumer,
    consumerEpoch: request.epoch,
    groupInstanceId: request.groupInstanceId,
    sessionTimeoutMs: request.sessionTimeoutMs,
    rebalanceTimeoutMs: request.rebalanceTimeoutMs,
    protocols: request.protocols,
    topics: request.topics,
    ownedPartitions: request.ownedPartitions,
    ownedGeneration: request.generation,
    joined: true,
    awaitingSync: false,
    assignment: [],
    lastHeartbeatAt: ctx.world.now,
    joinOrder: group.nextJoinOrder++,
  };
  group.members.set(memberId, member);
  if (member.groupInstanceId !== null) group.staticMembers.set(member.groupInstanceId, memberId);
  ctx.emit({
    type: 'member.joined',
    group: group.groupId,
    memberId,
    consumer: request.consumer,
    groupInstanceId: request.groupInstanceId,
  });
  return member;
}

function updateMember(member: MemberState, request: JoinRequest): boolean {
  const changed =
    member.protocols.join() !== request.protocols.join() ||
    [...member.topics].sort().join() !== [...request.topics].sort().join();
  member.protocols = request.protocols;
  member.topics = request.topics;
  member.ownedPartitions = request.ownedPartitions;
  member.ownedGeneration = request.generation;
  member.consumerEpoch = request.epoch;
  return changed;
}

function joinAsMember(
  ctx: Ctx,
  group: GroupState,
  member: MemberState,
  request: JoinRequest,
  changed: boolean,
): void {
  member.joined = true;
  if (group.phase === 'PreparingRebalance') {
    extendInitialDelay(ctx, group, member);
    return maybeCompleteJoin(ctx, group);
  }
  if (
    (group.phase === 'Stable' || group.phase === 'CompletingRebalance') &&
    !changed &&
    member.memberId !== group.leaderId
  ) {
    // Nothing changed: answer at once with the current generation, no rebalance.
    const leader = group.leaderId ?? member.memberId;
    return answer(ctx, request, {
      error: 'NONE',
      memberId: member.memberId,
      generation: group.generation,
      protocol: group.protocolName,
      leaderId: leader,
      members: [],
    });
  }
  prepareRebalance(
    ctx,
    group,
    `Updating metadata for member ${member.memberId} during ${group.phase}`,
    member,
  );
  maybeCompleteJoin(ctx, group);
}

export function receiveJoin(ctx: Ctx, task: TaskOf<'joinArrive'>): void {
  const group = getOrCreateGroup(ctx, task.group);
  const request = task.request;
  if (request.memberId === '') {
    if (request.groupInstanceId !== null) return joinStatic(ctx, group, request);
    // KIP-394: a new member gets its id first and must join again with it.
    const memberId = `${request.consumer}-${ctx.rng.uuid()}`;
    group.pendingMembers.add(memberId);
    return answer(ctx, request, {
      error: 'MEMBER_ID_REQUIRED',
      memberId,
      generation: -1,
      protocol: null,
      leaderId: '',
      members: [],
    });
  }
  if (group.pendingMembers.delete(request.memberId)) {
    const member = addMember(ctx, group, request, request.memberId);
    if (group.phase === 'PreparingRebalance') {
      extendInitialDelay(ctx, group, member);
      return maybeCompleteJoin(ctx, group);
    }
    prepareRebalance(
      ctx,
      group,
      `Adding new member ${request.memberId} with group instance id null; client reason: need to re-join with the given member-id: ${request.memberId}`,
      member,
    );
    return maybeCompleteJoin(ctx, group);
  }
  const member = group.members.get(request.memberId);
  if (!member)
    return answer(ctx, request, {
      error: 'UNKNOWN_MEMBER_ID',
      memberId: '',
      generation: -1,
      protocol: null,
      leaderId: '',
      members: [],
    });
  joinAsMember(ctx, group, member, request, updateMember(member, request));
}

/** A static member: a known group.instance.id takes its old place with a new member id. */
function joinStatic(ctx: Ctx, group: GroupState, request: JoinRequest): void {
  const instanceId = request.groupInstanceId!;
  const memberId = `${instanceId}-${ctx.rng.uuid()}`;
  const oldId = group.staticMembers.get(instanceId);
  const old = oldId === undefined ? undefined : group.members.get(oldId);
  if (!old) {
    const member = addMember(ctx, group, request, memberId);
    if (group.phase === 'PreparingRebalance') extendInitialDelay(ctx, group, member);
    else
      prepareRebalance(
        ctx,
        group,
        `Adding new member ${memberId} with group instance id ${instanceId}`,
        member,
      );
    return maybeCompleteJoin(ctx, group);
  }
  // Replace the old member id in place, keeping its assignment: no rebalance when stable.
  group.members.delete(old.memberId);
  const member: MemberState = {
    ...old,
    memberId,
    clientId: request.consumer,
    consumerEpoch: request.epoch,
    joined: true,
    lastHeartbeatAt: ctx.world.now,
  };
  group.members.set(memberId, member);
  group.staticMembers.set(instanceId, memberId);
  if (group.leaderId === old.memberId) group.leaderId = memberId;
  ctx.emit({
    type: 'member.joined',
    group: group.groupId,
    memberId,
    consumer: request.consumer,
    groupInstanceId: instanceId,
  });
  const changed = updateMember(member, request);
  if (group.phase === 'Stable' && !changed) {
    // No member list, even for the leader: the group keeps its assignment (Kafka's skipAssignment).
    const leader = group.leaderId ?? memberId;
    return answer(ctx, request, {
      error: 'NONE',
      memberId,
      generation: group.generation,
      protocol: group.protocolName,
      leaderId: leader,
      members: [],
    });
  }
  joinAsMember(ctx, group, member, request, changed);
}
