// AbstractStickyAssignor's ConstrainedAssignmentBuilder (no racks): the fast path when every
// member subscribes to the same topics. With T partitions over N members, each member gets
// floor(T/N) (minQuota) or ceil(T/N) (maxQuota), and exactly T % N members get maxQuota.
//  1. Members keep owned partitions up to their quota, taking them sorted by partition number,
//     then topic (KAFKA-16277, 3.8+: spreads each topic over the members); the first owners in
//     HashMap order that hold maxQuota or more keep maxQuota while T % N such places remain, the
//     rest keep minQuota and give up the others.
//  2. The remaining partitions, sorted by topic then partition, go round the members still
//     under minQuota (sorted by member id), then one each to members waiting at minQuota.
// A partition given up by one member and handed to another (or one claimed twice in the same
// generation) is "transferring ownership": the cooperative assignor holds it back for a round.
import { compareStrings, partitionsOf, tpKey } from './shared';
import type { StickyInput } from './stickyMembers';
import type { TopicPartition } from './types';

export interface StickyResult {
  readonly assignment: Map<string, TopicPartition[]>;
  /** partition key -> new owner; null when the general path ran (Kafka leaves it null then). */
  readonly transferring: Map<string, { partition: TopicPartition; memberId: string }> | null;
}

function byPartitionThenTopic(a: TopicPartition, b: TopicPartition): number {
  return a.partition - b.partition || compareStrings(a.topic, b.topic);
}

export function constrainedAssign(
  counts: ReadonlyMap<string, number>,
  input: StickyInput,
): StickyResult {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const memberCount = input.members.length;
  const minQuota = Math.floor(total / memberCount);
  const maxQuota = Math.ceil(total / memberCount);
  const expectedOverMin = total % memberCount;
  let currentOverMin = 0;

  const assignment = new Map<string, TopicPartition[]>();
  const transferring = new Map<string, { partition: TopicPartition; memberId: string }>();
  const assigned = new Set<string>();
  /** partition key -> the member that gave it up (KAFKA-15170's maybeRevokedPartitions). */
  const revoked = new Map<string, string>();
  let underMin: string[] = [];
  let atMin: string[] = [];

  const keep = (memberId: string, partitions: readonly TopicPartition[], quota: number) => {
    const list = assignment.get(memberId) ?? [];
    for (const p of partitions.slice(0, quota)) {
      list.push(p);
      assigned.add(tpKey(p));
    }
    for (const p of partitions.slice(quota)) revoked.set(tpKey(p), memberId);
  };

  for (const { memberId } of input.members) {
    assignment.set(memberId, []);
    const owned = (input.ownedByMember.get(memberId) ?? [])
      .filter((p) => !input.multiplyClaimed.has(tpKey(p)))
      .sort(byPartitionThenTopic);
    if (owned.length < minQuota) {
      keep(memberId, owned, owned.length);
      underMin.push(memberId);
    } else if (owned.length >= maxQuota && currentOverMin < expectedOverMin) {
      currentOverMin++;
      if (currentOverMin === expectedOverMin) atMin = [];
      keep(memberId, owned, maxQuota);
    } else {
      keep(memberId, owned, minQuota);
      if (currentOverMin < expectedOverMin) atMin.push(memberId);
    }
  }

  const unassigned = partitionsOf(counts, [...counts.keys()]).filter(
    (p) => !assigned.has(tpKey(p)),
  );
  underMin = underMin.sort(compareStrings);
  atMin = atMin.sort(compareStrings);

  const giveNew = (p: TopicPartition, memberId: string): number => {
    const list = assignment.get(memberId) ?? [];
    list.push(p);
    const key = tpKey(p);
    const gaveUp = revoked.get(key);
    if ((gaveUp !== undefined && gaveUp !== memberId) || input.multiplyClaimed.has(key))
      transferring.set(key, { partition: p, memberId });
    return list.length;
  };

  // Kafka walks underMin with an iterator that it restarts when it runs out; `next` is where
  // that iterator stands.
  let next = 0;
  for (const p of unassigned) {
    let memberId: string | undefined;
    if (next < underMin.length) memberId = underMin[next++];
    else if (underMin.length > 0) {
      next = 0;
      memberId = underMin[next++];
    } else memberId = atMin.shift();
    if (memberId === undefined) throw new Error('sticky: no more unfilled members to assign to');

    const size = giveNew(p, memberId);
    if (size === minQuota) {
      underMin.splice(--next, 1);
      atMin.push(memberId);
    } else if (size === maxQuota) currentOverMin++;
  }

  for (const memberId of underMin) {
    if ((assignment.get(memberId)?.length ?? 0) !== minQuota)
      throw new Error(`sticky: member ${memberId} did not reach minQuota`);
  }
  return { assignment, transferring };
}
