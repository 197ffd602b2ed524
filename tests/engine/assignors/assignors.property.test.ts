// Properties over random groups, in the spirit of AbstractStickyAssignorTest's randomized tests
// (testReassignmentWithRandomSubscriptionsAndChanges, testLargeAssignmentWithMultipleConsumersLeavingAndRandomSubscription).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSIGNORS } from '../../../src/engine/kernels/assignors';
import type { Assignment, MemberSubscription } from '../../../src/engine/kernels/assignors/types';
import {
  expectAllAssignedOnce,
  isFullyBalanced,
  nextRound,
  settleCooperative,
  verifyValidityAndBalance,
} from './assignorTestKit';

const TOPICS = ['t0', 't1', 't2', 't3'];

const partitionCounts = fc
  .tuple(...TOPICS.map(() => fc.integer({ min: 0, max: 7 })))
  .map((counts) => Object.fromEntries(TOPICS.map((t, i) => [t, counts[i] ?? 0])));

/** Unique member ids; some members static. Subscriptions are never empty. */
const memberBase = fc.uniqueArray(
  fc.record({
    n: fc.integer({ min: 0, max: 40 }),
    static: fc.boolean(),
    topics: fc.subarray([...TOPICS, 'ghost'], { minLength: 1 }),
  }),
  { minLength: 1, maxLength: 6, selector: (m) => m.n },
);

const toMembers = (
  base: readonly { n: number; static: boolean; topics: string[] }[],
  sameTopics: boolean,
): MemberSubscription[] =>
  base.map((m) => ({
    memberId: `consumer-g-${m.n}`,
    topics: sameTopics ? (base[0]?.topics ?? []) : m.topics,
    groupInstanceId: m.static ? `instance-${m.n}` : null,
  }));

function expectSortedLists(assignment: Assignment) {
  for (const list of Object.values(assignment)) {
    const keys = list.map((p) => [p.topic, p.partition] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  }
}

describe('assignor properties', () => {
  for (const info of Object.values(ASSIGNORS)) {
    it(`${info.name}: every subscribed partition goes exactly once to a subscribed member`, () => {
      fc.assert(
        fc.property(partitionCounts, memberBase, fc.boolean(), (ppt, base, same) => {
          const members = toMembers(base, same);
          const assignment = info.assign(ppt, members);
          expect(Object.keys(assignment).sort()).toEqual(members.map((m) => m.memberId).sort());
          for (const m of members)
            for (const p of assignment[m.memberId] ?? []) expect(m.topics).toContain(p.topic);
          expectAllAssignedOnce(ppt, members, assignment);
          expectSortedLists(assignment);
        }),
        { numRuns: 300 },
      );
    });
  }

  for (const name of ['sticky', 'cooperative-sticky'] as const) {
    const assign = ASSIGNORS[name].assign;

    it(`${name}: one shared subscription is balanced within one partition`, () => {
      fc.assert(
        fc.property(partitionCounts, memberBase, (ppt, base) => {
          expect(isFullyBalanced(assign(ppt, toMembers(base, true)))).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("sticky: after members leave and join, Kafka's validity and balance hold and kept members keep what they can", () => {
    fc.assert(
      fc.property(
        partitionCounts,
        memberBase,
        memberBase,
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (ppt, base, joiners, same, stays) => {
          const first = toMembers(base, same);
          const round1 = ASSIGNORS.sticky.assign(ppt, first);
          const staying = nextRound(first, round1, 1).filter((_, i) => stays[i] ?? true);
          const ids = new Set(staying.map((m) => m.memberId));
          const joining = toMembers(joiners, same)
            .filter((m) => !ids.has(m.memberId))
            .map((m) => ({ ...m, topics: same ? (first[0]?.topics ?? []) : m.topics }));
          const members = [...staying, ...joining];
          if (members.length === 0) return;
          const round2 = ASSIGNORS.sticky.assign(ppt, members);
          verifyValidityAndBalance(members, round2);
          expectAllAssignedOnce(ppt, members, round2);
          if (same) expect(isFullyBalanced(round2)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cooperative-sticky: nothing is assigned while still owned elsewhere, and follow-up rebalances settle', () => {
    fc.assert(
      fc.property(
        partitionCounts,
        memberBase,
        memberBase,
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (ppt, base, joiners, same, stays) => {
          const assign = ASSIGNORS['cooperative-sticky'].assign;
          const first = toMembers(base, same);
          const round1 = assign(ppt, first);
          expectAllAssignedOnce(ppt, first, round1); // nothing owned yet: nothing held back
          const staying = nextRound(first, round1, 1).filter((_, i) => stays[i] ?? true);
          const ids = new Set(staying.map((m) => m.memberId));
          const joining = toMembers(joiners, same)
            .filter((m) => !ids.has(m.memberId))
            .map((m) => ({ ...m, topics: same ? (first[0]?.topics ?? []) : m.topics }));
          const members = [...staying, ...joining];
          if (members.length === 0) return;
          const settled = settleCooperative(assign, ppt, members, assign(ppt, members), 1);
          expectAllAssignedOnce(ppt, settled.members, settled.assignment);
          if (same) expect(isFullyBalanced(settled.assignment)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sticky: no topic has partitions moving both ways between two members (isSticky, AbstractStickyAssignorTest)', () => {
    fc.assert(
      fc.property(
        partitionCounts,
        memberBase,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.array(fc.subarray(TOPICS, { minLength: 1 }), { minLength: 6, maxLength: 6 }),
        (ppt, base, stays, newTopics) => {
          const first = toMembers(base, false);
          const round1 = ASSIGNORS.sticky.assign(ppt, first);
          // Some members leave, some change their subscription, as in
          // testReassignmentWithRandomSubscriptionsAndChanges.
          const members = nextRound(first, round1, 1)
            .filter((_, i) => stays[i] ?? true)
            .map((m, i) => (i % 2 === 0 ? { ...m, topics: newTopics[i] ?? m.topics } : m));
          if (members.length === 0) return;
          const round2 = ASSIGNORS.sticky.assign(ppt, members);
          verifyValidityAndBalance(members, round2);
          const moves = new Set<string>();
          for (const m of members)
            for (const p of round2[m.memberId] ?? []) {
              const from = Object.keys(round1).find((id) =>
                round1[id]?.some((q) => q.topic === p.topic && q.partition === p.partition),
              );
              if (from !== undefined && from !== m.memberId && round2[from] !== undefined)
                moves.add(JSON.stringify([p.topic, from, m.memberId]));
            }
          for (const move of moves) {
            const [topic, from, to] = JSON.parse(move) as [string, string, string];
            expect(moves.has(JSON.stringify([topic, to, from])), move).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sticky: conflicting claims from mixed generations still yield each partition once', () => {
    const claims = fc.array(
      fc.record({
        topic: fc.constantFrom(...TOPICS),
        partition: fc.integer({ min: 0, max: 7 }),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(
        partitionCounts,
        memberBase,
        fc.boolean(),
        fc.array(fc.tuple(claims, fc.integer({ min: -1, max: 3 })), { minLength: 6, maxLength: 6 }),
        (ppt, base, same, owned) => {
          const members = toMembers(base, same).map((m, i) => ({
            ...m,
            ownedPartitions: owned[i]?.[0] ?? [],
            generation: owned[i]?.[1] ?? -1,
          }));
          for (const name of ['sticky', 'cooperative-sticky'] as const) {
            const assignment = ASSIGNORS[name].assign(ppt, members);
            const all = Object.values(assignment)
              .flat()
              .map((p) => `${p.topic}-${p.partition}`);
            expect(new Set(all).size).toBe(all.length);
            if (name === 'sticky') expectAllAssignedOnce(ppt, members, assignment);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
