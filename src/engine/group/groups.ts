// Finding a group and its coordinator: the broker leading the group's __consumer_offsets
// partition, abs(groupId.hashCode()) % 50.
import { OFFSETS_TOPIC, groupCoordinatorPartition } from '../kernels/coordinator';
import { reachable } from '../cluster/replication';
import type { BrokerId } from '../ids';
import { ensureOffsetsTopic } from '../cluster/topics';
import type { Ctx } from '../world/context';
import type { GroupState, MemberState } from './groupState';

export function getOrCreateGroup(ctx: Ctx, groupId: string): GroupState {
  let group = ctx.world.groups.get(groupId);
  if (!group) {
    ensureOffsetsTopic(ctx);
    group = {
      groupId,
      phase: 'Empty',
      generation: 0,
      protocolName: null,
      leaderId: null,
      members: new Map(),
      staticMembers: new Map(),
      pendingMembers: new Set(),
      offsets: new Map(),
      round: 0,
      joinDeadline: 0,
      initialDelay: null,
      newMemberAdded: false,
      rebalanceStartedAt: 0,
      nextJoinOrder: 0,
    };
    ctx.world.groups.set(groupId, group);
  }
  return group;
}

export function offsetsPartitionFor(ctx: Ctx, groupId: string): number {
  const topic = ensureOffsetsTopic(ctx);
  return groupCoordinatorPartition(groupId, topic.partitions.length);
}

/** The broker leading the group's __consumer_offsets partition, or null when it has no leader. */
export function coordinatorOf(ctx: Ctx, groupId: string): BrokerId | null {
  const topic = ensureOffsetsTopic(ctx);
  return topic.partitions[offsetsPartitionFor(ctx, groupId)]!.leader;
}

/** Whether the group's coordinator can be reached (a leader exists and is up and connected). */
export function coordinatorAvailable(ctx: Ctx, groupId: string): boolean {
  return reachable(ctx.world, coordinatorOf(ctx, groupId));
}

/**
 * A new broker leads an __consumer_offsets partition: it becomes the coordinator of the groups
 * stored there, loads them, and starts their members' session timers afresh.
 */
export function onOffsetsLeaderChange(
  ctx: Ctx,
  partition: number,
  from: BrokerId | null,
  to: BrokerId | null,
): void {
  const topic = ctx.world.topics.get(OFFSETS_TOPIC);
  if (!topic) return;
  for (const group of ctx.world.groups.values()) {
    if (groupCoordinatorPartition(group.groupId, topic.partitions.length) !== partition) continue;
    ctx.emit({ type: 'coordinator.moved', group: group.groupId, from, to });
    for (const m of group.members.values()) {
      m.lastHeartbeatAt = ctx.world.now;
      ctx.schedule(m.sessionTimeoutMs, {
        kind: 'sessionCheck',
        group: group.groupId,
        memberId: m.memberId,
      });
    }
  }
}

export function membersInJoinOrder(group: GroupState): MemberState[] {
  return [...group.members.values()].sort((a, b) => a.joinOrder - b.joinOrder);
}
