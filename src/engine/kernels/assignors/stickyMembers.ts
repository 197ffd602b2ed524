// What AbstractStickyAssignor reads from the members before assigning: their HashMap order,
// whether all subscriptions are equal, and which previously owned partitions each may keep
// (AbstractStickyAssignor#allSubscriptionsEqual).
import { javaHashOrder } from './javaHash';
import { tpKey } from './shared';
import type { MemberSubscription, TopicPartition } from './types';

/** AbstractStickyAssignor.DEFAULT_GENERATION. */
export const DEFAULT_GENERATION = -1;

export interface StickyMember {
  readonly memberId: string;
  /** Deduplicated, in subscription order. */
  readonly topics: readonly string[];
  /** Deduplicated; partitions beyond a known topic's count dropped. */
  readonly owned: readonly TopicPartition[];
  /** undefined when the member reported no generation (Optional.empty in Kafka). */
  readonly generation: number | undefined;
}

export interface StickyInput {
  /** Members in the iteration order of the leader's subscriptions HashMap. */
  readonly members: readonly StickyMember[];
  readonly allSubscriptionsEqual: boolean;
  /** Each member's previously owned partitions that survived the generation checks. */
  readonly ownedByMember: ReadonlyMap<string, TopicPartition[]>;
  /** Partitions claimed by two members of the same generation: nobody keeps them. */
  readonly multiplyClaimed: ReadonlySet<string>;
  readonly maxGeneration: number;
}

function normalize(member: MemberSubscription, counts: ReadonlyMap<string, number>) {
  const seen = new Set<string>();
  const owned: TopicPartition[] = [];
  for (const p of member.ownedPartitions ?? []) {
    const count = counts.get(p.topic);
    if (count !== undefined && (p.partition < 0 || p.partition >= count)) continue;
    if (seen.has(tpKey(p))) continue;
    seen.add(tpKey(p));
    owned.push({ topic: p.topic, partition: p.partition });
  }
  const generation =
    member.generation !== undefined && member.generation >= 0 ? member.generation : undefined;
  return { memberId: member.memberId, topics: [...new Set(member.topics)], owned, generation };
}

export function readStickyMembers(
  counts: ReadonlyMap<string, number>,
  input: readonly MemberSubscription[],
): StickyInput {
  const byId = new Map(input.map((m) => [m.memberId, normalize(m, counts)]));
  const members = javaHashOrder([...byId.keys()]).flatMap((id) => byId.get(id) ?? []);
  const generationOf = (id: string) => byId.get(id)?.generation ?? DEFAULT_GENERATION;

  let allSubscriptionsEqual = true;
  // Kafka starts from an empty set and (re)initialises it while it is still empty, so members
  // with no topics that come first in HashMap order do not break equality.
  let subscribed = new Set<string>();
  let maxGeneration = DEFAULT_GENERATION;
  const ownedByMember = new Map<string, TopicPartition[]>();
  const multiplyClaimed = new Set<string>();
  const previousOwner = new Map<string, string>();

  for (const member of members) {
    if (subscribed.size === 0) subscribed = new Set(member.topics);
    else if (
      member.topics.length !== subscribed.size ||
      !member.topics.every((t) => subscribed.has(t))
    )
      allSubscriptionsEqual = false;

    const generation = member.generation ?? DEFAULT_GENERATION;
    maxGeneration = Math.max(maxGeneration, generation);
    const kept: TopicPartition[] = [];
    ownedByMember.set(member.memberId, kept);

    for (const p of member.owned) {
      if (!counts.has(p.topic)) continue; // topic gone or not subscribed by anyone
      const key = tpKey(p);
      const other = previousOwner.get(key);
      if (other === undefined) {
        kept.push(p);
        previousOwner.set(key, member.memberId);
        continue;
      }
      const otherGeneration = generationOf(other);
      if (generation === otherGeneration) {
        // Same generation, two claims: invalid, so neither keeps it.
        multiplyClaimed.add(key);
        removePartition(ownedByMember.get(other), key);
        previousOwner.set(key, member.memberId);
      } else if (generation > otherGeneration) {
        kept.push(p);
        removePartition(ownedByMember.get(other), key);
        previousOwner.set(key, member.memberId);
      } // else the other member's newer claim stands
    }
  }
  return { members, allSubscriptionsEqual, ownedByMember, multiplyClaimed, maxGeneration };
}

export function removePartition(list: TopicPartition[] | undefined, key: string): void {
  const index = list?.findIndex((p) => tpKey(p) === key) ?? -1;
  if (index >= 0) list?.splice(index, 1);
}
