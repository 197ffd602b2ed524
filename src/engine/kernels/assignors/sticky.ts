// StickyAssignor ("sticky", eager) = AbstractStickyAssignor without racks: as balanced as
// possible (partition counts within one, or no partition could move to a member with two
// fewer), and then keeping as many previously owned partitions as possible. Equal
// subscriptions take the constrained fast path, unequal ones the general path.
//
// Previous ownership: Kafka's eager sticky assignor reads the member's last assignment and
// generation from the user data it encoded; here they are MemberSubscription.ownedPartitions
// and .generation. Claims are settled before assigning: of two members claiming a partition
// the higher generation keeps it, and with equal generations neither does.
import { subscribedPartitionCounts, toAssignment } from './shared';
import { constrainedAssign, type StickyResult } from './stickyConstrained';
import { generalAssign } from './stickyGeneral';
import { readStickyMembers } from './stickyMembers';
import type { Assignment, MemberSubscription } from './types';

export type { StickyResult } from './stickyConstrained';

/** The sticky assignment plus Kafka's partitionsTransferringOwnership (null on the general path). */
export function runSticky(
  partitionsPerTopic: Readonly<Record<string, number>>,
  members: readonly MemberSubscription[],
): StickyResult {
  const counts = subscribedPartitionCounts(partitionsPerTopic, members);
  const input = readStickyMembers(counts, members);
  if (input.members.length === 0) return { assignment: new Map(), transferring: new Map() };
  return input.allSubscriptionsEqual
    ? constrainedAssign(counts, input)
    : generalAssign(counts, input);
}

export function stickyAssign(
  partitionsPerTopic: Readonly<Record<string, number>>,
  members: readonly MemberSubscription[],
): Assignment {
  const { assignment } = runSticky(partitionsPerTopic, members);
  return toAssignment(members, (id) => assignment.get(id));
}
