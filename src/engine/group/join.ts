// JoinGroup at the coordinator: new members get an id first (KIP-394), static members keep their
// place (KIP-345), and a join that changes the group starts a rebalance.
import type { AssignorName } from '../kernels/assignors/types';
import type { Ctx } from '../world/context';
import type { JoinRequest, JoinResponse, TaskOf } from '../world/tasks';
import type { GroupState, MemberState } from './groupState';
import { getOrCreateGroup } from './groups';
import { maybeCompleteJoin, prepareRebalance } from './rebalance';

const NO_GROUP = { generation: -1, protocol: null, leaderId: '', members: [] } as const;

function answer(ctx: Ctx, to: { consumer: string; epoch: number }, response: JoinResponse): void {
  ctx.schedule(ctx.world.settings.networkLatencyMs, {
    kind: 'joinResponse',
    consumer: to.consumer,
    epoch: to.epoch,
    response,
  });
}

/** Scala's Option, as the coordinator's reasons print group.instance.id. */
const option = (id: string | null): string => (id === null ? 'None' : `Some(${id})`);

function addMember(
  ctx: Ctx,
  group: GroupState,
  request: JoinRequest,
  memberId: string,
): MemberState {
  const member: MemberState = {
    memberId,
    clientId: request.consumer,
    kafkaClientId: request.clientId,
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
  // Only a newcomer during the first (initial-delay) join phase extends that delay.
  if (group.phase === 'PreparingRebalance' && group.generation === 0) group.newMemberAdded = true;
  ctx.emit({
    type: 'member.joined',
    group: group.groupId,
    memberId,
    consumer: request.consumer,
    groupInstanceId: request.groupInstanceId,
  });
  return member;
}

const partitionsKey = (m: { ownedPartitions: readonly { topic: string; partition: number }[] }) =>
  m.ownedPartitions
    .map((tp) => `${tp.topic}-${tp.partition}`)
    .sort()
    .join();

/** Takes the member's new JoinGroup metadata; true when it differs (Kafka compares the bytes). */
function updateMember(member: MemberState, request: JoinRequest): boolean {
  const changed =
    member.protocols.join() !== request.protocols.join() ||
    [...member.topics].sort().join() !== [...request.topics].sort().join() ||
    partitionsKey(member) !== partitionsKey(request) ||
    member.ownedGeneration !== request.generation;
  member.protocols = request.protocols;
  member.topics = request.topics;
  member.ownedPartitions = request.ownedPartitions;
  member.ownedGeneration = request.generation;
  member.consumerEpoch = request.epoch;
  return changed;
}

/** Kafka's supportsProtocols: a non-empty group admits only members sharing a protocol with all. */
function supportsProtocols(group: GroupState, protocols: readonly AssignorName[]): boolean {
  const members = [...group.members.values()];
  return (
    members.length === 0 || protocols.some((p) => members.every((m) => m.protocols.includes(p)))
  );
}

function currentGeneration(group: GroupState, memberId: string): JoinResponse {
  return {
    error: 'NONE',
    memberId,
    generation: group.generation,
    protocol: group.protocolName,
    leaderId: group.leaderId ?? memberId,
    members: [],
  };
}

function joinAsMember(
  ctx: Ctx,
  group: GroupState,
  member: MemberState,
  request: JoinRequest,
  changed: boolean,
): void {
  member.joined = true;
  if (group.phase === 'PreparingRebalance') return maybeCompleteJoin(ctx, group);
  const leader = member.memberId === group.leaderId;
  if (!changed && !leader) return answer(ctx, request, currentGeneration(group, member.memberId));
  const reason = leader
    ? `Leader ${member.memberId} re-joining group during ${group.phase}`
    : `Updating metadata for member ${member.memberId} during ${group.phase}`;
  prepareRebalance(ctx, group, reason, member);
  maybeCompleteJoin(ctx, group);
}

export function receiveJoin(ctx: Ctx, task: TaskOf<'joinArrive'>): void {
  const group = getOrCreateGroup(ctx, task.group);
  const request = task.request;
  if (!supportsProtocols(group, request.protocols) && !group.members.has(request.memberId))
    return answer(ctx, request, {
      error: 'INCONSISTENT_GROUP_PROTOCOL',
      memberId: request.memberId,
      ...NO_GROUP,
    });
  if (request.memberId === '') {
    if (request.groupInstanceId !== null) return joinStatic(ctx, group, request);
    // KIP-394: a new member gets its id first and must join again with it.
    const memberId = `${request.clientId}-${ctx.rng.uuid()}`;
    group.pendingMembers.add(memberId);
    ctx.schedule(request.sessionTimeoutMs, {
      kind: 'sessionCheck',
      group: group.groupId,
      memberId,
    });
    return answer(ctx, request, { error: 'MEMBER_ID_REQUIRED', memberId, ...NO_GROUP });
  }
  if (group.pendingMembers.delete(request.memberId)) {
    const member = addMember(ctx, group, request, request.memberId);
    const reason = `Adding new member ${request.memberId} with group instance id None; client reason: need to re-join with the given member-id: ${request.memberId}`;
    if (group.phase !== 'PreparingRebalance') prepareRebalance(ctx, group, reason, member);
    return maybeCompleteJoin(ctx, group);
  }
  const member = group.members.get(request.memberId);
  if (!member)
    return answer(ctx, request, { error: 'UNKNOWN_MEMBER_ID', memberId: '', ...NO_GROUP });
  if (member.groupInstanceId !== request.groupInstanceId)
    return answer(ctx, request, {
      error: 'FENCED_INSTANCE_ID',
      memberId: request.memberId,
      ...NO_GROUP,
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
    if (group.phase !== 'PreparingRebalance')
      prepareRebalance(
        ctx,
        group,
        `Adding new member ${memberId} with group instance id ${option(instanceId)}; client reason: rebalance failed due to MemberIdRequiredException`,
        member,
      );
    return maybeCompleteJoin(ctx, group);
  }
  // The old member id is fenced: whoever still holds it is told so, and loses its place.
  if (old.joined || old.awaitingSync)
    answer(
      ctx,
      { consumer: old.clientId, epoch: old.consumerEpoch },
      { error: 'FENCED_INSTANCE_ID', memberId: old.memberId, ...NO_GROUP },
    );
  group.members.delete(old.memberId);
  const member: MemberState = {
    ...old,
    memberId,
    clientId: request.consumer,
    kafkaClientId: request.clientId,
    consumerEpoch: request.epoch,
    joined: true,
    awaitingSync: false,
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
  ctx.schedule(member.sessionTimeoutMs, { kind: 'sessionCheck', group: group.groupId, memberId });
  const protocolsChanged = member.protocols.join() !== request.protocols.join();
  updateMember(member, request);
  if (group.phase === 'Stable' && !protocolsChanged)
    // No member list, even for the leader: the group keeps its assignment (Kafka's skipAssignment).
    return answer(ctx, request, currentGeneration(group, memberId));
  if (group.phase === 'PreparingRebalance') return maybeCompleteJoin(ctx, group);
  prepareRebalance(
    ctx,
    group,
    `Static member ${memberId} with instance id ${instanceId} rejoined during ${group.phase}`,
    member,
  );
  maybeCompleteJoin(ctx, group);
}
