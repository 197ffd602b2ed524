// RoundRobinAssignor ("roundrobin"). All subscribed partitions, sorted by topic then partition,
// are dealt to the members in MemberInfo order (static members by group.instance.id first, then
// member.id). One circular cursor runs across all topics; a member not subscribed to a
// partition's topic is skipped, so unequal subscriptions can end up unbalanced.
import { compareMemberInfo, partitionsOf, subscribedPartitionCounts, toAssignment } from './shared';
import type { Assignment, MemberSubscription, TopicPartition } from './types';

export function roundRobinAssign(
  partitionsPerTopic: Readonly<Record<string, number>>,
  members: readonly MemberSubscription[],
): Assignment {
  const counts = subscribedPartitionCounts(partitionsPerTopic, members);
  const assigned = new Map<string, TopicPartition[]>();
  for (const member of members) assigned.set(member.memberId, []);

  const circle = [...members].sort(compareMemberInfo);
  let cursor = 0;
  for (const partition of partitionsOf(counts, [...counts.keys()])) {
    // Every topic in `counts` has a subscriber, so this stops within one lap.
    while (!circle[cursor % circle.length]?.topics.includes(partition.topic)) cursor++;
    const member = circle[cursor % circle.length];
    if (member) assigned.get(member.memberId)?.push(partition);
    cursor++;
  }
  return toAssignment(members, (id) => assigned.get(id));
}
