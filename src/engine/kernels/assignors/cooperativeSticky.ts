// CooperativeStickyAssignor ("cooperative-sticky"): the sticky assignment, then the
// cooperative adjustment. A partition that moves from one member to another this round is left
// out of the new owner's assignment: its old owner revokes it first, then rejoins, and the
// follow-up rebalance hands it over. The moves are the ones the constrained path recorded, or
// (after the general path) every partition some member gains while another member loses it.
import { toAssignment, tpKey } from './shared';
import { runSticky } from './sticky';
import { removePartition } from './stickyMembers';
import type { Assignment, MemberSubscription, TopicPartition } from './types';

export function cooperativeStickyAssign(
  partitionsPerTopic: Readonly<Record<string, number>>,
  members: readonly MemberSubscription[],
): Assignment {
  const { assignment, transferring } = runSticky(partitionsPerTopic, members);
  const moving = transferring
    ? new Map([...transferring].map(([key, { memberId }]) => [key, memberId]))
    : partitionsChangingOwner(members, assignment);
  for (const [key, memberId] of moving) removePartition(assignment.get(memberId), key);
  return toAssignment(members, (id) => assignment.get(id));
}

/** computePartitionsTransferringOwnership: added to someone ∩ revoked from someone. */
function partitionsChangingOwner(
  members: readonly MemberSubscription[],
  assignment: ReadonlyMap<string, readonly TopicPartition[]>,
): Map<string, string> {
  const added = new Map<string, string>();
  const revoked = new Set<string>();
  for (const member of members) {
    const owned = new Set((member.ownedPartitions ?? []).map(tpKey));
    const assigned = assignment.get(member.memberId) ?? [];
    const assignedKeys = new Set(assigned.map(tpKey));
    for (const p of assigned) if (!owned.has(tpKey(p))) added.set(tpKey(p), member.memberId);
    for (const key of owned) if (!assignedKeys.has(key)) revoked.add(key);
  }
  return new Map([...added].filter(([key]) => revoked.has(key)));
}
