// The coordinator's join phase: PreparingRebalance waits for the members to (re)join, then
// CompletingRebalance answers them with the new generation, the chosen assignor and the leader.
// An empty group's first join phase waits group.initial.rebalance.delay.ms, in windows that
// extend while new members arrive (Kafka's InitialDelayedJoin); later ones end as soon as every
// member has rejoined, or at the rebalance timeout (DelayedJoin).
import { BROKER_DEFAULTS } from '../defaults';
import type { AssignorName } from '../kernels/assignors/types';
import type { Ctx } from '../world/context';
import type { GroupState, MemberState } from './groupState';
import { membersInJoinOrder } from './groups';

const INITIAL_DELAY = BROKER_DEFAULTS['group.initial.rebalance.delay.ms'];
const latency = (ctx: Ctx): number => ctx.world.settings.networkLatencyMs;

function scheduleDeadline(ctx: Ctx, group: GroupState, at: number): void {
  group.joinDeadline = at;
  ctx.schedule(at - ctx.world.now, {
    kind: 'joinDeadline',
    group: group.groupId,
    round: group.round,
  });
}

/** Starts the join phase. `joining`, the member whose join caused it, counts as rejoined. */
export function prepareRebalance(
  ctx: Ctx,
  group: GroupState,
  reason: string,
  joining?: MemberState,
): void {
  if (group.phase === 'PreparingRebalance') return;
  if (group.phase === 'CompletingRebalance') {
    // Members waiting for their assignment must rejoin instead.
    for (const m of group.members.values()) {
      if (!m.awaitingSync) continue;
      m.awaitingSync = false;
      ctx.schedule(latency(ctx), {
        kind: 'syncResponse',
        consumer: m.clientId,
        epoch: m.consumerEpoch,
        error: 'REBALANCE_IN_PROGRESS',
        generation: group.generation,
        assignment: [],
      });
    }
  }
  const fromEmpty = group.phase === 'Empty';
  for (const m of group.members.values()) m.joined = m === joining;
  group.phase = 'PreparingRebalance';
  group.round += 1;
  group.rebalanceStartedAt = ctx.world.now;
  ctx.emit({
    type: 'rebalance.started',
    group: group.groupId,
    generation: group.generation + 1,
    reason,
  });
  const timeout = Math.max(0, ...[...group.members.values()].map((m) => m.rebalanceTimeoutMs));
  if (fromEmpty) {
    const first = Math.min(INITIAL_DELAY, timeout);
    group.initialDelay = { remainingMs: Math.max(timeout - first, 0) };
    scheduleDeadline(ctx, group, ctx.world.now + first);
  } else {
    group.initialDelay = null;
    scheduleDeadline(ctx, group, ctx.world.now + timeout);
  }
}

/** Completes the join phase once every member rejoined, except during the initial delay. */
export function maybeCompleteJoin(ctx: Ctx, group: GroupState): void {
  if (group.phase !== 'PreparingRebalance' || group.initialDelay !== null) return;
  if ([...group.members.values()].every((m) => m.joined) && group.pendingMembers.size === 0)
    completeJoin(ctx, group);
}

/** Tells a member whose JoinGroup is parked here that it is no longer known. */
export function rejectParkedJoin(ctx: Ctx, group: GroupState, member: MemberState): void {
  if (group.phase !== 'PreparingRebalance' || !member.joined) return;
  ctx.schedule(latency(ctx), {
    kind: 'joinResponse',
    consumer: member.clientId,
    epoch: member.consumerEpoch,
    response: {
      error: 'UNKNOWN_MEMBER_ID',
      memberId: '',
      generation: -1,
      protocol: null,
      leaderId: '',
      members: [],
    },
  });
}

export function onJoinDeadline(ctx: Ctx, group: GroupState, round: number): void {
  if (
    group.phase !== 'PreparingRebalance' ||
    round !== group.round ||
    ctx.world.now < group.joinDeadline
  )
    return;
  const delay = group.initialDelay;
  if (delay) {
    if (group.newMemberAdded && delay.remainingMs > 0) {
      // Someone new arrived during this window: wait one more, within the rebalance timeout.
      group.newMemberAdded = false;
      const next = Math.min(INITIAL_DELAY, delay.remainingMs);
      group.initialDelay = { remainingMs: delay.remainingMs - next };
      return scheduleDeadline(ctx, group, ctx.world.now + next);
    }
    group.initialDelay = null;
    group.newMemberAdded = false;
  }
  // Dynamic members that did not rejoin in time are dropped; static ones stay until their session ends.
  for (const m of [...group.members.values()]) {
    if (m.joined || m.groupInstanceId !== null) continue;
    group.members.delete(m.memberId);
    ctx.emit({
      type: 'member.expired',
      group: group.groupId,
      memberId: m.memberId,
      reason: 'rebalance timeout',
    });
  }
  group.pendingMembers.clear();
  completeJoin(ctx, group);
}

/** The protocol every member supports; among those, the one most members list first. */
function selectProtocol(members: readonly MemberState[]): AssignorName | null {
  const first = members[0];
  if (!first) return null;
  const candidates = first.protocols.filter((p) => members.every((m) => m.protocols.includes(p)));
  if (candidates.length === 0) return null;
  const votes = new Map<AssignorName, number>();
  for (const m of members) {
    const vote = m.protocols.find((p) => candidates.includes(p))!;
    votes.set(vote, (votes.get(vote) ?? 0) + 1);
  }
  return candidates.reduce((best, p) => ((votes.get(p) ?? 0) > (votes.get(best) ?? 0) ? p : best));
}

function completeJoin(ctx: Ctx, group: GroupState): void {
  const members = membersInJoinOrder(group);
  group.generation += 1;
  if (members.length === 0) {
    group.phase = 'Empty';
    group.protocolName = null;
    group.leaderId = null;
    ctx.emit({ type: 'group.empty', group: group.groupId, generation: group.generation });
    return;
  }
  group.protocolName = selectProtocol(members);
  const leader = group.leaderId === null ? undefined : group.members.get(group.leaderId);
  if (!leader?.joined) group.leaderId = (members.find((m) => m.joined) ?? members[0]!).memberId;
  group.phase = 'CompletingRebalance';
  const subscriptions = members.map((m) => ({
    memberId: m.memberId,
    groupInstanceId: m.groupInstanceId,
    topics: m.topics,
    ownedPartitions: m.ownedPartitions,
    generation: m.ownedGeneration,
  }));
  for (const m of members) {
    m.awaitingSync = false;
    if (!m.joined) continue; // a static member that has not rejoined hears of it by heartbeat
    m.lastHeartbeatAt = ctx.world.now;
    ctx.schedule(m.sessionTimeoutMs, {
      kind: 'sessionCheck',
      group: group.groupId,
      memberId: m.memberId,
    });
    ctx.schedule(latency(ctx), {
      kind: 'joinResponse',
      consumer: m.clientId,
      epoch: m.consumerEpoch,
      response: {
        error: 'NONE',
        memberId: m.memberId,
        generation: group.generation,
        protocol: group.protocolName,
        leaderId: group.leaderId!,
        members: m.memberId === group.leaderId ? subscriptions : [],
      },
    });
  }
}
