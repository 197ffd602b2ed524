// Small pieces every assignor uses: Java's string order, partition order, the topic filter of
// AbstractPartitionAssignor and the output shape.
import type { Assignment, MemberSubscription, TopicPartition } from './types';

/** Java's String.compareTo sign: UTF-16 code units, like JS `<` (not localeCompare). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By topic, then partition (Kafka's TopicPartitionComparator). */
export function compareTopicPartitions(a: TopicPartition, b: TopicPartition): number {
  return compareStrings(a.topic, b.topic) || a.partition - b.partition;
}

/** A string key for maps and sets of partitions (the partition number cannot hold a colon). */
export function tpKey(tp: TopicPartition): string {
  return `${tp.partition}:${tp.topic}`;
}

export function tp(topic: string, partition: number): TopicPartition {
  return { topic, partition };
}

/**
 * AbstractPartitionAssignor#assign: only topics some member subscribes to and that have
 * partitions take part. Returned in sorted topic order.
 */
export function subscribedPartitionCounts(
  partitionsPerTopic: Readonly<Record<string, number>>,
  members: readonly MemberSubscription[],
): Map<string, number> {
  const subscribed = new Set<string>();
  for (const member of members) for (const topic of member.topics) subscribed.add(topic);
  const counts = new Map<string, number>();
  for (const topic of [...subscribed].sort(compareStrings)) {
    const count = Object.hasOwn(partitionsPerTopic, topic) ? partitionsPerTopic[topic] : undefined;
    if (count !== undefined && count > 0) counts.set(topic, count);
  }
  return counts;
}

/** Every partition of the given topics, topics in the order given. */
export function partitionsOf(counts: ReadonlyMap<string, number>, topics: readonly string[]) {
  const all: TopicPartition[] = [];
  for (const topic of topics) {
    const count = counts.get(topic) ?? 0;
    for (let p = 0; p < count; p++) all.push(tp(topic, p));
  }
  return all;
}

/**
 * AbstractPartitionAssignor.MemberInfo#compareTo: static members first, ordered by
 * group.instance.id; then dynamic members by member.id.
 */
export function compareMemberInfo(a: MemberSubscription, b: MemberSubscription): number {
  const ia = a.groupInstanceId ?? null;
  const ib = b.groupInstanceId ?? null;
  if (ia !== null && ib !== null) return compareStrings(ia, ib);
  if (ia !== null) return -1;
  if (ib !== null) return 1;
  return compareStrings(a.memberId, b.memberId);
}

/** The output shape: every member present, each list sorted by topic then partition. */
export function toAssignment(
  members: readonly MemberSubscription[],
  partitionsOfMember: (memberId: string) => readonly TopicPartition[] | undefined,
): Assignment {
  const assignment: Assignment = {};
  for (const member of members) {
    const partitions = partitionsOfMember(member.memberId) ?? [];
    assignment[member.memberId] = partitions
      .map((p) => tp(p.topic, p.partition))
      .sort(compareTopicPartitions);
  }
  return assignment;
}
