// The coordinator's join phase: PreparingRebalance waits for every member to (re)join, then
// CompletingRebalance answers them all with the new generation, the chosen assignor and the leader.
import { BROKER_DEFAULTS } from '../defaults';
import type { AssignorName } from '../kernels/assignors/types';
import type { Ctx } from '../world/context';
import type { GroupState, MemberState } from './groupState';
import { membersInJoinOrder } from './groups';

function latency(ctx: Ctx): number {
  return ctx.world.settings.networkLatencyMs;
}

/** Starts (or continues) the join phase. `joining`, the member whose join caused it, stays joined. */
export function prepareRebalance(
  ctx: Ctx,
  group: GroupState,
  reason: string,
  joining?: MemberState,
): void {
  const now = ctx.world.now;
  const fromEmpty = group.phase === 'Empty';
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
  if (group.phase !== 'PreparingRebalance') {
    for (const m of group.members.values()) m.joined = m === joining;
    group.phase = 'PreparingRebalance';
    group.round += 1;
    group.rebalanceStartedAt = now;
    ctx.emit({
      type: 'rebalance.started',
      group: group.groupId,
      generation: group.generation + 1,
      reason,
    });
  }
  const timeout = Math.max(0, ...[...group.members.values()].map((m) => m.rebalanceTimeoutMs));
  if (fromEmpty) {
    group.initialDelayUntil =
      now + Math.min(BROKER_DEFAULTS['group.initial.rebalance.delay.ms'], timeout);
    group.joinDeadline = group.initialDelayUntil;
  } else {
    group.joinDeadline = Math.max(group.joinDeadline, group.rebalanceStartedAt + timeout);
  }
  ctx.schedule(group.joinDeadline - now, {
    kind: 'joinDeadline',
    group: group.groupId,
    round: group.round,
  });
}

/** A new member joined during the initial delay: wait one more delay, within the rebalance timeout. */
export function extendInitialDelay(ctx: Ctx, group: GroupState, member: MemberState): void {
  if (group.initialDelayUntil === null) return;
  const cap = group.rebalanceStartedAt + member.rebalanceTimeoutMs;
  const next = Math.min(ctx.world.now + BROKER_DEFAULTS['group.initial.rebalance.delay.ms'], cap);
  if (next <= group.joinDeadline) return;
  group.initialDelayUntil = next;
  group.joinDeadline = next;
  ctx.schedule(next - ctx.world.now, {
    kind: 'joinDeadline',
    group: group.groupId,
    round: group.round,
  });
}

/** Completes the join phase once every member joined, unless the initial delay is still running. */
export function maybeCompleteJoin(ctx: Ctx, group: GroupState): void {
  if (group.phase !== 'PreparingRebalance' || group.initialDelayUntil !== null) return;
  if ([...group.members.values()].every((m) => m.joined) && group.pendingMembers.size === 0)
    completeJoin(ctx, group);
}

export function onJoinDeadline(ctx: Ctx, group: GroupState, round: number): void {
  if (
    group.phase !== 'PreparingRebalance' ||
    round !== group.round ||
    ctx.world.now < group.joinDeadline
  )
    return;
  group.initialDelayUntil = null;
  for (const m of [...group.members.values()]) {
    if (m.joined) continue;
    group.members.delete(m.memberId);
    if (m.groupInstanceId !== null) group.staticMembers.delete(m.groupInstanceId);
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
  group.initialDelayUntil = null;
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
  if (group.leaderId === null || !group.members.has(group.leaderId))
    group.leaderId = members[0]!.memberId;
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
        leaderId: group.leaderId,
        members: m.memberId === group.leaderId ? subscriptions : [],
      },
    });
  }
}
