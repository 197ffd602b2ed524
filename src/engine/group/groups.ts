// Finding a group and its coordinator: the broker leading the group's __consumer_offsets
// partition, abs(groupId.hashCode()) % 50.
import { groupCoordinatorPartition } from '../kernels/coordinator';
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

export function coordinatorOf(ctx: Ctx, groupId: string): number {
  const topic = ensureOffsetsTopic(ctx);
  return topic.partitions[offsetsPartitionFor(ctx, groupId)]!.leader;
}

export function membersInJoinOrder(group: GroupState): MemberState[] {
  return [...group.members.values()].sort((a, b) => a.joinOrder - b.joinOrder);
}
