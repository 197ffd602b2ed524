// AbstractStickyAssignor's GeneralAssignmentBuilder (no racks): used when subscriptions differ.
//  1. Keep every surviving owned partition whose topic the member still subscribes to.
//  2. Give each unassigned partition (topics with fewer potential members first) to the member
//     with the fewest partitions (ties by member id) that subscribes to its topic.
//  3. Move partitions from fuller to emptier members until balanced: a partition goes back to
//     its previous owner of an older generation if that helps (Kafka does not check that owner
//     still subscribes to the topic), else to the emptiest candidate. If that did not improve
//     the balance score of a non-fresh assignment, undo step 3.
import { compareStrings, partitionsOf, tpKey } from './shared';
import { PartitionMovements } from './partitionMovements';
import type { StickyResult } from './stickyConstrained';
import { DEFAULT_GENERATION, removePartition, type StickyInput } from './stickyMembers';
import type { TopicPartition } from './types';

/** Far beyond any real run; only a bug would get here (Kafka has no bound). */
const MAX_PASSES = 100_000;

export function generalAssign(
  counts: ReadonlyMap<string, number>,
  input: StickyInput,
): StickyResult {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const topicsOf = new Map<string, string[]>();
  const membersOf = new Map<string, string[]>([...counts.keys()].map((t) => [t, []]));
  for (const member of input.members) {
    const topics = member.topics.filter((t) => counts.has(t));
    topicsOf.set(member.memberId, topics);
    for (const topic of topics) membersOf.get(topic)?.push(member.memberId);
  }
  const potential = (topic: string) => membersOf.get(topic)?.length ?? 0;
  const subscribes = (memberId: string, topic: string) =>
    topicsOf.get(memberId)?.includes(topic) ?? false;
  const maxSize = (memberId: string) => {
    const topics = topicsOf.get(memberId) ?? [];
    return topics.length === counts.size
      ? total
      : topics.reduce((s, t) => s + (counts.get(t) ?? 0), 0);
  };

  let current = new Map<string, TopicPartition[]>();
  let owner = new Map<string, string>();
  for (const { memberId } of input.members) {
    const owned = [...(input.ownedByMember.get(memberId) ?? [])];
    current.set(memberId, owned);
    for (const p of owned) owner.set(tpKey(p), memberId);
  }
  const size = (memberId: string) => current.get(memberId)?.length ?? 0;

  // The TreeSet of members ordered by (partition count, member id).
  const inTree = new Set<string>(current.keys());
  const sortedTree = () => [...inTree].sort((a, b) => size(a) - size(b) || compareStrings(a, b));

  const sortedTopics = [...counts.keys()].sort(
    (a, b) => potential(a) - potential(b) || compareStrings(a, b),
  );
  let sortedAll = partitionsOf(counts, sortedTopics);

  // Keep owned partitions of topics still subscribed; drop the others (then a revocation is due).
  let revocationRequired = false;
  const assigned = new Set<string>();
  for (const [memberId, list] of current) {
    for (const p of [...list]) {
      if (subscribes(memberId, p.topic)) assigned.add(tpKey(p));
      else {
        removePartition(list, tpKey(p));
        revocationRequired = true;
      }
    }
  }
  let unassigned = sortedAll.filter((p) => !assigned.has(tpKey(p)));
  const previous = previousOwners(input);
  const movements = new PartitionMovements();

  const give = (p: TopicPartition, memberId: string) => {
    current.get(memberId)?.push(p);
    owner.set(tpKey(p), memberId);
  };
  const move = (p: TopicPartition, newOwner: string) => {
    const from = owner.get(tpKey(p)) ?? '';
    const actual = movements.partitionToMove(p, from, newOwner);
    const oldOwner = owner.get(tpKey(actual)) ?? '';
    movements.movePartition(actual, oldOwner, newOwner);
    removePartition(current.get(oldOwner), tpKey(actual));
    give(actual, newOwner);
  };

  const isBalanced = (): boolean => {
    const tree = sortedTree();
    const first = tree[0];
    const last = tree[tree.length - 1];
    if (first === undefined || last === undefined || size(first) >= size(last) - 1) return true;
    for (const memberId of tree) {
      const count = size(memberId);
      if (count === maxSize(memberId)) continue;
      for (const p of partitionsOf(counts, topicsOf.get(memberId) ?? [])) {
        const other = owner.get(tpKey(p));
        if (other !== undefined && other !== memberId && count + 1 < size(other)) return false;
      }
    }
    return true;
  };

  const performReassignments = (partitions: readonly TopicPartition[]): boolean => {
    let performed = false;
    let modified: boolean;
    let passes = 0;
    do {
      if (++passes > MAX_PASSES) throw new Error('sticky: reassignment did not converge');
      modified = false;
      for (const p of partitions) {
        if (isBalanced()) break;
        const holder = owner.get(tpKey(p)) ?? '';
        const prev = previous.get(tpKey(p));
        // Kafka would throw (NullPointerException) if that previous owner is a fixed member;
        // here the rule is skipped instead.
        if (prev !== undefined && current.has(prev) && size(holder) > size(prev) + 1) {
          move(p, prev);
          performed = modified = true;
          continue;
        }
        const candidates = membersOf.get(p.topic) ?? [];
        if (candidates.some((other) => size(holder) > size(other) + 1)) {
          const target = sortedTree().find((m) => subscribes(m, p.topic));
          if (target !== undefined) {
            move(p, target);
            performed = modified = true;
          }
        }
      }
    } while (modified);
    return performed;
  };

  // balance()
  const tree = sortedTree();
  const last = tree[tree.length - 1];
  const initializing = last === undefined || size(last) === 0;
  for (const p of unassigned) {
    if (potential(p.topic) === 0) continue;
    const target = sortedTree().find((m) => subscribes(m, p.topic));
    if (target !== undefined) give(p, target);
  }

  // Only topics with two or more potential members, and members that could gain or lose a
  // partition, take part in the rebalancing.
  sortedAll = sortedAll.filter((p) => potential(p.topic) >= 2);
  unassigned = unassigned.filter((p) => potential(p.topic) >= 2);
  const fixed = new Map<string, TopicPartition[]>();
  for (const memberId of topicsOf.keys()) {
    const list = current.get(memberId) ?? [];
    const canMove = list.length < maxSize(memberId) || list.some((p) => potential(p.topic) >= 2);
    if (!canMove) {
      inTree.delete(memberId);
      fixed.set(memberId, list);
      current.delete(memberId);
    }
  }

  const before = copy(current);
  const ownerBefore = new Map(owner);
  if (!revocationRequired) performReassignments(unassigned);
  const performed = performReassignments(sortedAll);
  if (!initializing && performed && balanceScore(current) >= balanceScore(before)) {
    current = copy(before);
    owner = ownerBefore;
  }
  for (const [memberId, list] of fixed) current.set(memberId, list);
  return { assignment: current, transferring: null };
}

/**
 * prevAssignment: partitions that members of older generations (or of no generation, when some
 * member has one) claimed; per partition the highest such generation, first claim on a tie.
 */
function previousOwners(input: StickyInput): Map<string, string> {
  const best = new Map<string, { memberId: string; generation: number }>();
  for (const member of input.members) {
    let generation: number;
    if (member.generation !== undefined && member.generation < input.maxGeneration)
      generation = member.generation;
    else if (member.generation === undefined && input.maxGeneration > DEFAULT_GENERATION)
      generation = DEFAULT_GENERATION;
    else continue;
    for (const p of member.owned) {
      const seen = best.get(tpKey(p));
      if (!seen || generation > seen.generation)
        best.set(tpKey(p), { memberId: member.memberId, generation });
    }
  }
  return new Map([...best].map(([key, { memberId }]) => [key, memberId]));
}

/** Sum over all member pairs of the difference in partition counts; 0 is perfectly even. */
function balanceScore(assignment: ReadonlyMap<string, readonly TopicPartition[]>): number {
  const sizes = [...assignment.values()].map((list) => list.length);
  let score = 0;
  for (let i = 0; i < sizes.length; i++)
    for (let j = i + 1; j < sizes.length; j++) score += Math.abs((sizes[i] ?? 0) - (sizes[j] ?? 0));
  return score;
}

function copy(assignment: ReadonlyMap<string, readonly TopicPartition[]>) {
  return new Map([...assignment].map(([memberId, list]) => [memberId, [...list]]));
}
