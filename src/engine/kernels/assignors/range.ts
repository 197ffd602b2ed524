// RangeAssignor ("range"), without rack awareness. Topic by topic: the topic's subscribers are
// ordered as MemberInfo orders them (static members by group.instance.id first, then member.id)
// and cut the partitions into contiguous ranges; the first (count % subscribers) get one extra.
import { compareMemberInfo, subscribedPartitionCounts, toAssignment, tp } from './shared';
import type { Assignment, MemberSubscription, TopicPartition } from './types';

export function rangeAssign(
  partitionsPerTopic: Readonly<Record<string, number>>,
  members: readonly MemberSubscription[],
): Assignment {
  const counts = subscribedPartitionCounts(partitionsPerTopic, members);
  const assigned = new Map<string, TopicPartition[]>();
  for (const member of members) assigned.set(member.memberId, []);

  for (const [topic, count] of counts) {
    // Array#sort is stable, like Collections.sort, so equal keys keep the input order.
    const subscribers = members
      .filter((member) => member.topics.includes(topic))
      .sort(compareMemberInfo);
    const perMember = Math.floor(count / subscribers.length);
    const withExtra = count % subscribers.length;
    subscribers.forEach((member, i) => {
      const start = perMember * i + Math.min(i, withExtra);
      const length = perMember + (i < withExtra ? 1 : 0);
      const list = assigned.get(member.memberId);
      for (let p = start; p < start + length; p++) list?.push(tp(topic, p));
    });
  }
  return toAssignment(members, (id) => assigned.get(id));
}
