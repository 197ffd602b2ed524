// Builders and checks shared by the assignor tests, named after the helpers in Kafka's tests.
import { expect } from 'vitest';
import type {
  Assignment,
  Assignor,
  MemberSubscription,
  TopicPartition,
} from '../../../src/engine/kernels/assignors/types';

export const tp = (topic: string, partition: number): TopicPartition => ({ topic, partition });

/** 'topic-0, topic-2' -> partitions (the string form Kafka's rack tests use). */
export function parts(list: string): TopicPartition[] {
  if (list.trim() === '') return [];
  return list.split(', ').map((s) => {
    const dash = s.lastIndexOf('-');
    return tp(s.slice(0, dash), Number(s.slice(dash + 1)));
  });
}

/** Kafka's toSortedString: 'topic-partition' strings sorted as strings, joined by ', '. */
export function sortedString(partitions: readonly TopicPartition[]): string {
  return partitions
    .map((p) => `${p.topic}-${p.partition}`)
    .sort()
    .join(', ');
}

export function member(
  memberId: string,
  topics: readonly string[],
  extra: Partial<MemberSubscription> = {},
): MemberSubscription {
  return { memberId, topics, ...extra };
}

/** buildSubscriptionV2Above: topics, owned partitions and their generation. */
export function owning(
  memberId: string,
  topics: readonly string[],
  ownedPartitions: readonly TopicPartition[],
  generation: number,
): MemberSubscription {
  return { memberId, topics, ownedPartitions, generation };
}

/** The next round's subscriptions: same topics, owning what the last round assigned. */
export function nextRound(
  members: readonly MemberSubscription[],
  assignment: Assignment,
  generation: number,
): MemberSubscription[] {
  return members.map((m) => ({
    ...m,
    ownedPartitions: assignment[m.memberId] ?? [],
    generation,
  }));
}

export function isFullyBalanced(assignment: Assignment): boolean {
  const sizes = Object.values(assignment).map((l) => l.length);
  return sizes.length === 0 || Math.max(...sizes) - Math.min(...sizes) <= 1;
}

/**
 * AbstractStickyAssignorTest#verifyValidityAndBalance: each member only gets partitions of its
 * topics, no partition goes to two members, and two members whose counts differ by more than
 * one share no topic (else a partition could have moved).
 */
export function verifyValidityAndBalance(
  members: readonly MemberSubscription[],
  assignment: Assignment,
): void {
  const ids = members.map((m) => m.memberId).sort();
  expect(Object.keys(assignment).sort()).toEqual(ids);
  for (const [i, id] of ids.entries()) {
    const topics = members.find((m) => m.memberId === id)?.topics ?? [];
    const mine = assignment[id] ?? [];
    for (const p of mine) expect(topics, `${id} got ${p.topic}-${p.partition}`).toContain(p.topic);
    for (const otherId of ids.slice(i + 1)) {
      const theirs = assignment[otherId] ?? [];
      const shared = mine.filter((p) =>
        theirs.some((q) => q.topic === p.topic && q.partition === p.partition),
      );
      expect(shared, `${id} and ${otherId} share partitions`).toEqual([]);
      if (Math.abs(mine.length - theirs.length) <= 1) continue;
      const theirTopics = new Set(theirs.map((p) => p.topic));
      for (const p of mine)
        expect(theirTopics.has(p.topic), `${id}/${otherId} unbalanced`).toBe(false);
    }
  }
}

/** Every partition of the members' subscribed topics is assigned exactly once. */
export function expectAllAssignedOnce(
  partitionsPerTopic: Readonly<Record<string, number>>,
  members: readonly MemberSubscription[],
  assignment: Assignment,
): void {
  const subscribed = new Set(members.flatMap((m) => m.topics));
  const expected: string[] = [];
  for (const [topic, count] of Object.entries(partitionsPerTopic))
    if (subscribed.has(topic)) for (let p = 0; p < count; p++) expected.push(`${topic}-${p}`);
  const actual = Object.values(assignment).flatMap((l) =>
    l.map((p) => `${p.topic}-${p.partition}`),
  );
  expect(actual.sort()).toEqual(expected.sort());
}

/**
 * CooperativeStickyAssignorTest#verifyValidityAndBalance: no partition may be given to a new
 * owner in the round its old owner revokes it; while some member revokes, run the follow-up
 * rebalance (at most 4), then check the final assignment.
 */
export function settleCooperative(
  assignor: Assignor,
  partitionsPerTopic: Readonly<Record<string, number>>,
  members: readonly MemberSubscription[],
  assignment: Assignment,
  generation: number,
): { members: MemberSubscription[]; assignment: Assignment; rebalances: number } {
  let current = [...members];
  let result = assignment;
  let rebalances = 0;
  while (revokesAndChecksCooperative(current, result)) {
    current = nextRound(current, result, generation);
    result = assignor(partitionsPerTopic, current);
    rebalances++;
    expect(rebalances).toBeLessThanOrEqual(4);
  }
  verifyValidityAndBalance(current, result);
  return { members: current, assignment: result, rebalances };
}

/** verifyCooperativeValidity: true when some member revokes a partition. */
function revokesAndChecksCooperative(
  members: readonly MemberSubscription[],
  assignment: Assignment,
): boolean {
  const key = (p: TopicPartition) => `${p.topic}-${p.partition}`;
  const added = new Set<string>();
  const revoked = new Set<string>();
  for (const m of members) {
    const owned = new Set((m.ownedPartitions ?? []).map(key));
    const assigned = new Set((assignment[m.memberId] ?? []).map(key));
    for (const k of assigned) if (!owned.has(k)) added.add(k);
    for (const k of owned) if (!assigned.has(k)) revoked.add(k);
  }
  expect(
    [...added].filter((k) => revoked.has(k)),
    'assigned while still being revoked',
  ).toEqual([]);
  return revoked.size > 0;
}
