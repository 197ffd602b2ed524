// apache/kafka clients/src/test/java/org/apache/kafka/clients/consumer/internals/
// AbstractStickyAssignorTest.java (the 3.8+ version, after KAFKA-16277), which Kafka runs for
// both StickyAssignor and CooperativeStickyAssignor (non-rack cases). As there, "verify" checks validity and balance and,
// for the cooperative assignor, first runs the follow-up rebalances until nothing is revoked;
// exact expectations Kafka asserts after verify are about that settled assignment.
// partitionsTransferringOwnership is AbstractStickyAssignor state, read through runSticky.
import { describe, expect, it } from 'vitest';
import { runSticky } from '../../../src/engine/kernels/assignors/sticky';
import type {
  Assignment,
  Assignor,
  MemberSubscription,
  TopicPartition,
} from '../../../src/engine/kernels/assignors/types';
import {
  isFullyBalanced,
  member,
  nextRound,
  owning,
  parts,
  settleCooperative,
  sortedString,
  tp,
  verifyValidityAndBalance,
} from './assignorTestKit';

type Ppt = Record<string, number>;

const generationId = 1;
const DEFAULT_GENERATION = -1;
const [topic, topic1, topic2, topic3] = ['topic', 'topic1', 'topic2', 'topic3'];
const [consumer1, consumer2, consumer3, consumer4] = [1, 2, 3, 4].map((i) => `consumer${i}`) as [
  string,
  string,
  string,
  string,
];

/** getCanonicalName: prefix + number zero-padded to the width of max. */
const name = (prefix: string, i: number, max: number) =>
  prefix + String(i).padStart(String(max).length, '0');

/** partitionsTransferringOwnership as 'topic-p -> member' strings (null: general path). */
function transferring(ppt: Ppt, members: readonly MemberSubscription[]): string[] | null {
  const moves = runSticky(ppt, members).transferring;
  if (moves === null) return null;
  return [...moves.values()]
    .map(({ partition, memberId }) => `${partition.topic}-${partition.partition} -> ${memberId}`)
    .sort();
}

const sameSet = (actual: readonly TopicPartition[] | undefined, expected: TopicPartition[]) =>
  expect(sortedString(actual ?? [])).toBe(sortedString(expected));

export function abstractStickyAssignorTests(
  label: string,
  assignor: Assignor,
  cooperative: boolean,
) {
  const testName = (kafkaName: string) => `${kafkaName} (AbstractStickyAssignorTest, ${label})`;

  /** Validity and balance; for the cooperative assignor after the follow-up rebalances. */
  const verify = (ppt: Ppt, members: readonly MemberSubscription[], assignment: Assignment) => {
    if (!cooperative) {
      verifyValidityAndBalance(members, assignment);
      return assignment;
    }
    return settleCooperative(assignor, ppt, members, assignment, generationId).assignment;
  };

  describe(`${label}: AbstractStickyAssignorTest`, () => {
    it(testName('testOneConsumerNoTopic'), () => {
      const members = [member('consumer', [])];
      const assignment = assignor({}, members);
      expect(assignment).toEqual({ consumer: [] });
      expect(transferring({}, members)).toEqual([]);
      expect(isFullyBalanced(verify({}, members, assignment))).toBe(true);
    });

    it(testName('testOneConsumerNonexistentTopic'), () => {
      const members = [member('consumer', [topic])];
      expect(assignor({ [topic]: 0 }, members)).toEqual({ consumer: [] });
      expect(transferring({ [topic]: 0 }, members)).toEqual([]);
    });

    it(testName('testOneConsumerOneTopic'), () => {
      const members = [member('consumer', [topic])];
      expect(assignor({ [topic]: 3 }, members)).toEqual({
        consumer: parts('topic-0, topic-1, topic-2'),
      });
      expect(transferring({ [topic]: 3 }, members)).toEqual([]);
    });

    it(testName('testOnlyAssignsPartitionsFromSubscribedTopics'), () => {
      const owned = parts('topic-0, topic-1, other-0, other-1');
      const members = [owning('consumer', [topic], owned, generationId)];
      expect(assignor({ [topic]: 2 }, members)).toEqual({ consumer: parts('topic-0, topic-1') });
      expect(transferring({ [topic]: 2 }, members)).toEqual([]);
    });

    it(testName('testOneConsumerMultipleTopics'), () => {
      const members = [member('consumer', [topic1, topic2])];
      expect(assignor({ [topic1]: 1, [topic2]: 2 }, members)).toEqual({
        consumer: parts('topic1-0, topic2-0, topic2-1'),
      });
    });

    it(testName('testTwoConsumersOneTopicOnePartition'), () => {
      const members = [member(consumer1, [topic]), member(consumer2, [topic])];
      const assignment = assignor({ [topic]: 1 }, members);
      expect(transferring({ [topic]: 1 }, members)).toEqual([]);
      expect(isFullyBalanced(verify({ [topic]: 1 }, members, assignment))).toBe(true);
    });

    it(testName('testTwoConsumersOneTopicTwoPartitions'), () => {
      const members = [member(consumer1, [topic]), member(consumer2, [topic])];
      expect(assignor({ [topic]: 2 }, members)).toEqual({
        consumer1: [tp(topic, 0)],
        consumer2: [tp(topic, 1)],
      });
      expect(transferring({ [topic]: 2 }, members)).toEqual([]);
    });

    it(testName('testMultipleConsumersMixedTopicSubscriptions'), () => {
      const ppt = { [topic1]: 3, [topic2]: 2 };
      const members = [
        member(consumer1, [topic1]),
        member(consumer2, [topic1, topic2]),
        member(consumer3, [topic1]),
      ];
      const assignment = assignor(ppt, members);
      expect(assignment).toEqual({
        consumer1: parts('topic1-0, topic1-2'),
        consumer2: parts('topic2-0, topic2-1'),
        consumer3: parts('topic1-1'),
      });
      expect(transferring(ppt, members)).toBeNull(); // the general path ran
      expect(isFullyBalanced(verify(ppt, members, assignment))).toBe(true);
    });

    it(testName('testTwoConsumersTwoTopicsSixPartitions'), () => {
      const both = [topic1, topic2];
      const members = [member(consumer1, both), member(consumer2, both)];
      expect(assignor({ [topic1]: 3, [topic2]: 3 }, members)).toEqual({
        consumer1: parts('topic1-0, topic1-2, topic2-1'),
        consumer2: parts('topic1-1, topic2-0, topic2-2'),
      });
    });

    it(testName('testConsumerOwningMinQuotaExpectedMaxQuota'), () => {
      const ppt = { [topic1]: 2, [topic2]: 3 };
      const both = [topic1, topic2];
      const members = [
        owning(consumer1, both, parts('topic1-0, topic2-1'), generationId),
        owning(consumer2, both, parts('topic1-1, topic2-2'), generationId),
      ];
      const assignment = assignor(ppt, members);
      expect(assignment).toEqual({
        consumer1: parts('topic1-0, topic2-0, topic2-1'),
        consumer2: parts('topic1-1, topic2-2'),
      });
      expect(transferring(ppt, members)).toEqual([]);
      verify(ppt, members, assignment);
    });

    it(testName('testMaxQuotaConsumerMoreThanNumExpectedMaxCapacityMembers'), () => {
      // consumer2 comes before consumer1 in HashMap order, so it keeps maxQuota.
      const ppt = { [topic1]: 2, [topic2]: 2 };
      const both = [topic1, topic2];
      const members = [
        owning(consumer1, both, parts('topic1-0, topic2-0'), generationId),
        owning(consumer2, both, parts('topic1-1, topic2-1'), generationId),
        owning(consumer3, both, [], generationId),
      ];
      expect(transferring(ppt, members)).toEqual(['topic2-0 -> consumer3']);
      const settled = verify(ppt, members, assignor(ppt, members));
      expect(settled).toEqual({
        consumer1: parts('topic1-0'),
        consumer2: parts('topic1-1, topic2-1'),
        consumer3: parts('topic2-0'),
      });
    });

    it(testName('testAllConsumersAreUnderMinQuota'), () => {
      const ppt = { [topic1]: 2, [topic2]: 3 };
      const both = [topic1, topic2];
      const members = [
        owning(consumer1, both, parts('topic1-0'), generationId),
        owning(consumer2, both, parts('topic1-1'), generationId),
        owning(consumer3, both, [], generationId),
      ];
      expect(transferring(ppt, members)).toEqual([]);
      expect(verify(ppt, members, assignor(ppt, members))).toEqual({
        consumer1: parts('topic1-0, topic2-1'),
        consumer2: parts('topic1-1, topic2-2'),
        consumer3: parts('topic2-0'),
      });
    });

    it(testName('testAddRemoveConsumerOneTopic'), () => {
      const ppt = { [topic]: 3 };
      let members: MemberSubscription[] = [member(consumer1, [topic])];
      let assignment = assignor(ppt, members);
      expect(assignment).toEqual({ consumer1: parts('topic-0, topic-1, topic-2') });

      members = [
        owning(consumer1, [topic], assignment[consumer1] ?? [], generationId),
        owning(consumer2, [topic], [], generationId),
      ];
      expect(transferring(ppt, members)).toEqual(['topic-2 -> consumer2']);
      assignment = verify(ppt, members, assignor(ppt, members));
      expect(assignment).toEqual({
        consumer1: parts('topic-0, topic-1'),
        consumer2: parts('topic-2'),
      });

      members = [owning(consumer2, [topic], assignment[consumer2] ?? [], generationId)];
      expect(transferring(ppt, members)).toEqual([]);
      expect(assignor(ppt, members)).toEqual({ consumer2: parts('topic-0, topic-1, topic-2') });
    });

    it(testName('testAddRemoveTwoConsumersTwoTopics'), () => {
      const ppt = { [topic1]: 3, [topic2]: 4 };
      const all = [topic1, topic2];
      let members: MemberSubscription[] = [member(consumer1, all), member(consumer2, all)];
      let assignment = assignor(ppt, members);
      expect(assignment).toEqual({
        consumer1: parts('topic1-0, topic1-2, topic2-1, topic2-3'),
        consumer2: parts('topic1-1, topic2-0, topic2-2'),
      });
      expect(transferring(ppt, members)).toEqual([]);

      // add 2 consumers
      members = [
        owning(consumer1, all, assignment[consumer1] ?? [], generationId),
        owning(consumer2, all, assignment[consumer2] ?? [], generationId),
        owning(consumer3, all, [], generationId),
        owning(consumer4, all, [], generationId),
      ];
      // Owned partitions are kept in partition-number order (KAFKA-16277), so consumer1 keeps
      // topic1-0 and topic2-1; Kafka's 3.8+ test pins exactly this.
      expect(transferring(ppt, members)).toEqual([
        'topic1-2 -> consumer3',
        'topic2-2 -> consumer4',
        'topic2-3 -> consumer3',
      ]);
      assignment = verify(ppt, members, assignor(ppt, members));
      expect(assignment).toEqual({
        consumer1: parts('topic1-0, topic2-1'),
        consumer2: parts('topic1-1, topic2-0'),
        consumer3: parts('topic1-2, topic2-3'),
        consumer4: parts('topic2-2'),
      });

      // remove 2 consumers
      members = [
        owning(consumer3, all, assignment[consumer3] ?? [], generationId),
        owning(consumer4, all, assignment[consumer4] ?? [], generationId),
      ];
      expect(transferring(ppt, members)).toEqual([]);
      expect(assignor(ppt, members)).toEqual({
        consumer3: parts('topic1-0, topic1-2, topic2-1, topic2-3'),
        consumer4: parts('topic1-1, topic2-0, topic2-2'),
      });
    });

    it(testName('testTopicBalanceAfterReassignment'), () => {
      const ppt = { [topic1]: 12, [topic2]: 12 };
      const all = [topic1, topic2];
      // Every member holds `each` partitions of each topic.
      const expectPerTopic = (assignment: Assignment, each: number) => {
        for (const list of Object.values(assignment))
          for (const t of all) expect(list.filter((p) => p.topic === t)).toHaveLength(each);
        expect(isFullyBalanced(assignment)).toBe(true);
      };
      let members: MemberSubscription[] = [member(consumer1, all)];
      let assignment = verify(ppt, members, assignor(ppt, members));
      expectPerTopic(assignment, 12);
      expect(transferring(ppt, members)).toEqual([]);

      members = [
        ...nextRound(members, assignment, generationId),
        owning(consumer2, all, [], generationId),
      ];
      assignment = verify(ppt, members, assignor(ppt, members));
      expectPerTopic(assignment, 6);

      members = nextRound(members, assignment, generationId);
      members.push(
        owning(consumer3, all, [], generationId),
        owning(consumer4, all, [], generationId),
      );
      assignment = verify(ppt, members, assignor(ppt, members));
      expectPerTopic(assignment, 3);

      members = nextRound(members, assignment, generationId).filter(
        (m) => m.memberId === consumer3 || m.memberId === consumer4,
      );
      expect(transferring(ppt, members)).toEqual([]);
      expectPerTopic(verify(ppt, members, assignor(ppt, members)), 6);
    });

    it(testName('testPoorRoundRobinAssignmentScenario'), () => {
      const ppt: Ppt = {};
      for (let i = 1; i <= 5; i++) ppt[`topic${i}`] = (i % 2) + 1;
      const all = ['topic1', 'topic2', 'topic3', 'topic4', 'topic5'];
      const odd = ['topic1', 'topic3', 'topic5'];
      const members = [
        member(consumer1, all),
        member(consumer2, odd),
        member(consumer3, odd),
        member(consumer4, all),
      ];
      verify(ppt, members, assignor(ppt, members));
    });

    it(testName('testAddRemoveTopicTwoConsumers'), () => {
      const ppt: Ppt = { [topic]: 3 };
      let members: MemberSubscription[] = [member(consumer1, [topic]), member(consumer2, [topic])];
      const first = verify(ppt, members, assignor(ppt, members));
      expect(isFullyBalanced(first)).toBe(true);
      const sizes1 = [first[consumer1]?.length, first[consumer2]?.length].sort();
      expect(sizes1).toEqual([1, 2]);

      ppt[topic2] = 3;
      members = nextRound(members, first, generationId).map((m) => ({
        ...m,
        topics: [topic, topic2],
      }));
      expect(transferring(ppt, members)).toEqual([]);
      const second = verify(ppt, members, assignor(ppt, members));
      expect([second[consumer1]?.length, second[consumer2]?.length]).toEqual([3, 3]);
      for (const c of [consumer1, consumer2])
        expect(second[c]).toEqual(expect.arrayContaining(first[c] ?? []));

      delete ppt[topic];
      members = nextRound(members, second, generationId).map((m) => ({ ...m, topics: [topic2] }));
      expect(transferring(ppt, members)).toEqual([]);
      const third = verify(ppt, members, assignor(ppt, members));
      expect([third[consumer1]?.length, third[consumer2]?.length].sort()).toEqual([1, 2]);
      for (const c of [consumer1, consumer2])
        expect(second[c]).toEqual(expect.arrayContaining(third[c] ?? []));
    });

    it(testName('testReassignmentAfterOneConsumerLeaves'), () => {
      const ppt: Ppt = {};
      for (let i = 1; i < 20; i++) ppt[name('t', i, 20)] = i;
      let members: MemberSubscription[] = [];
      for (let i = 1; i < 20; i++) {
        const topics = Array.from({ length: i }, (_, j) => name('t', j + 1, 20));
        members.push(member(name('c', i, 20), topics));
      }
      const assignment = verify(ppt, members, assignor(ppt, members));
      // Kafka's test removes "consumer10", a name it never uses; c10 is what it means.
      members = nextRound(members, assignment, generationId).filter((m) => m.memberId !== 'c10');
      verify(ppt, members, assignor(ppt, members));
    });

    it(testName('testReassignmentAfterOneConsumerAdded'), () => {
      const ppt = { topic: 20 };
      const members = Array.from({ length: 9 }, (_, i) => member(name('c', i + 1, 10), ['topic']));
      expect(transferring(ppt, members)).toEqual([]);
      verify(ppt, members, assignor(ppt, members));
      // Kafka adds c10 without updating the others' owned partitions.
      const more = [...members, member(name('c', 10, 10), ['topic'])];
      expect(transferring(ppt, more)).toEqual([]);
      verify(ppt, more, assignor(ppt, more));
    });

    it(testName('testSameSubscriptions'), () => {
      const ppt: Ppt = {};
      for (let i = 1; i < 15; i++) ppt[name('t', i, 15)] = i;
      const topics = Object.keys(ppt);
      let members: MemberSubscription[] = Array.from({ length: 8 }, (_, i) =>
        member(name('c', i + 1, 9), topics),
      );
      expect(transferring(ppt, members)).toEqual([]);
      const assignment = verify(ppt, members, assignor(ppt, members));
      members = nextRound(members, assignment, generationId).filter((m) => m.memberId !== 'c5');
      expect(transferring(ppt, members)).toEqual([]);
      verify(ppt, members, assignor(ppt, members));
    });

    it(testName('testSubscriptionNotEqualAndAssignSamePartitionWith3Generation'), () => {
      const ppt = { [topic]: 6, [topic1]: 1 };
      const sequences = [
        [1, 2, 3],
        [1, 3, 2],
        [2, 1, 3],
        [2, 3, 1],
        [3, 1, 2],
        [3, 2, 1],
      ];
      for (const [g1 = 0, g2 = 0, g3 = 0] of sequences) {
        const members = [
          owning(consumer1, [topic], parts('topic-0, topic-2'), g1),
          owning(consumer2, [topic], parts('topic-1, topic-2, topic-3'), g2),
          owning(consumer3, [topic], parts('topic-2, topic-4, topic-5'), g3),
          owning(consumer4, [topic1], parts('topic1-0'), 2),
        ];
        const assignment = assignor(ppt, members);
        const all = Object.values(assignment)
          .flat()
          .map((p) => `${p.topic}-${p.partition}`);
        expect(new Set(all).size).toBe(all.length);
        for (const list of Object.values(assignment)) {
          expect(list.length).toBeGreaterThanOrEqual(1);
          expect(list.length).toBeLessThanOrEqual(2);
        }
      }
    });

    it(testName('testNewSubscription'), () => {
      const ppt: Ppt = {};
      for (let i = 1; i < 5; i++) ppt[name('t', i, 5)] = 1;
      const members: MemberSubscription[] = [];
      for (let i = 0; i < 3; i++) {
        const topics: string[] = [];
        for (let j = i; j <= 3 * i - 2; j++) topics.push(name('t', j, 5));
        members.push(member(name('c', i, 3), topics));
      }
      verify(ppt, members, assignor(ppt, members));
      const changed = members.map((m) =>
        m.memberId === 'c0' ? { ...m, topics: [...m.topics, 't1'] } : m,
      );
      verify(ppt, changed, assignor(ppt, changed));
    });

    it(testName('testMoveExistingAssignments'), () => {
      const ppt: Ppt = {};
      for (let i = 1; i <= 6; i++) ppt[`topic${i}`] = 1;
      const members = [
        owning(consumer1, ['topic1', 'topic2'], parts('topic1-0'), generationId),
        owning(
          consumer2,
          ['topic1', 'topic2', 'topic3', 'topic4'],
          parts('topic2-0, topic3-0'),
          generationId,
        ),
        owning(
          consumer3,
          ['topic2', 'topic3', 'topic4', 'topic5', 'topic6'],
          parts('topic4-0, topic5-0, topic6-0'),
          generationId,
        ),
      ];
      expect(transferring(ppt, members)).toBeNull();
      verify(ppt, members, assignor(ppt, members));
    });

    it(testName('testStickiness'), () => {
      const ppt = { [topic1]: 3 };
      let members: MemberSubscription[] = [consumer1, consumer2, consumer3, consumer4].map((c) =>
        member(c, [topic1]),
      );
      expect(transferring(ppt, members)).toEqual([]);
      const first = verify(ppt, members, assignor(ppt, members));
      for (const list of Object.values(first)) expect(list.length).toBeLessThanOrEqual(1);

      // removing the potential group leader
      members = nextRound(members, first, generationId).filter((m) => m.memberId !== consumer1);
      expect(transferring(ppt, members)).toEqual([]);
      const second = verify(ppt, members, assignor(ppt, members));
      for (const [c, list] of Object.entries(second)) {
        expect(list.length).toBe(1);
        if (first[c]?.length) expect(list).toEqual(first[c]);
      }
    });

    it(testName('testAssignmentUpdatedForDeletedTopic'), () => {
      const ppt = { [topic1]: 1, [topic3]: 100 };
      const members = [member('consumer', [topic1, topic2, topic3])];
      const assignment = assignor(ppt, members);
      expect(assignment.consumer?.length).toBe(101);
      expect(transferring(ppt, members)).toEqual([]);
    });

    it(testName('testNoExceptionThrownWhenOnlySubscribedTopicDeleted'), () => {
      const first = assignor({ [topic]: 3 }, [member('consumer', [topic])]);
      const members = [owning('consumer', [topic], first.consumer ?? [], generationId)];
      expect(assignor({}, members)).toEqual({ consumer: [] });
      expect(transferring({}, members)).toEqual([]);
    });

    it(testName('testAllConsumersReachExpectedQuotaAndAreConsideredFilled'), () => {
      const ppt = { [topic]: 4 };
      const members = [
        owning(consumer1, [topic], parts('topic-0, topic-1'), generationId),
        owning(consumer2, [topic], parts('topic-2'), generationId),
        owning(consumer3, [topic], [], generationId),
      ];
      expect(assignor(ppt, members)).toEqual({
        consumer1: parts('topic-0, topic-1'),
        consumer2: parts('topic-2'),
        consumer3: parts('topic-3'),
      });
      expect(transferring(ppt, members)).toEqual([]);
    });

    const staleCases: [string, number][] = [
      ['testOwnedPartitionsAreInvalidatedForConsumerWithStaleGeneration', 9],
      ['testOwnedPartitionsAreInvalidatedForConsumerWithNoGeneration', DEFAULT_GENERATION],
    ];
    for (const [kafkaName, staleGeneration] of staleCases) {
      it(testName(kafkaName), () => {
        const ppt = { [topic]: 3, [topic2]: 3 };
        const claimed = parts('topic-0, topic-2, topic2-1');
        const members = [
          owning(consumer1, [topic, topic2], claimed, 10),
          owning(consumer2, [topic, topic2], claimed, staleGeneration),
        ];
        const assignment = assignor(ppt, members);
        sameSet(assignment[consumer1], claimed);
        sameSet(assignment[consumer2], parts('topic-1, topic2-0, topic2-2'));
        expect(transferring(ppt, members)).toEqual([]);
      });
    }

    it(
      testName(
        'testPartitionsTransferringOwnershipIncludeThePartitionClaimedByMultipleConsumersInSameGeneration',
      ),
      () => {
        const ppt = { [topic]: 3 };
        const members = [
          owning(consumer1, [topic], parts('topic-0, topic-1'), generationId),
          owning(consumer2, [topic], parts('topic-0, topic-2'), generationId),
          owning(consumer3, [topic], [], generationId),
        ];
        expect(transferring(ppt, members)).toEqual(['topic-0 -> consumer3']);
        expect(verify(ppt, members, assignor(ppt, members))).toEqual({
          consumer1: parts('topic-1'),
          consumer2: parts('topic-2'),
          consumer3: parts('topic-0'),
        });
      },
    );

    it(testName('testEnsurePartitionsAssignedToHighestGeneration'), () => {
      const ppt = { [topic]: 3, [topic2]: 3, [topic3]: 3 };
      const all = [topic, topic2, topic3];
      const members = [
        owning(consumer1, all, parts('topic-0, topic2-0, topic3-0'), 10),
        owning(consumer2, all, parts('topic-1, topic2-1, topic3-1'), 9),
        owning(consumer3, all, parts('topic2-1, topic3-0, topic3-2'), 8),
      ];
      const assignment = assignor(ppt, members);
      sameSet(assignment[consumer1], parts('topic-0, topic2-0, topic3-0'));
      sameSet(assignment[consumer2], parts('topic-1, topic2-1, topic3-1'));
      sameSet(assignment[consumer3], parts('topic-2, topic2-2, topic3-2'));
      expect(transferring(ppt, members)).toEqual([]);
    });

    it(testName('testNoReassignmentOnCurrentMembers'), () => {
      const ppt = { [topic]: 3, [topic1]: 3, [topic2]: 3, [topic3]: 3 };
      const all = [topic, topic2, topic3, topic1];
      const members = [
        owning(consumer1, all, [], DEFAULT_GENERATION),
        owning(consumer2, all, parts('topic-0, topic2-0, topic1-0'), 9),
        owning(consumer3, all, parts('topic3-2, topic2-2, topic1-1'), 8),
        owning(consumer4, all, parts('topic3-1, topic-1, topic-2'), 7),
      ];
      const assignment = assignor(ppt, members);
      sameSet(assignment[consumer1], parts('topic1-2, topic2-1, topic3-0'));
      expect(transferring(ppt, members)).toEqual([]);
      expect(isFullyBalanced(assignment)).toBe(true);
    });

    it(testName('testOwnedPartitionsAreInvalidatedForConsumerWithMultipleGeneration'), () => {
      const ppt = { [topic]: 3, [topic2]: 3 };
      const members = [
        owning(consumer1, [topic, topic2], parts('topic-0, topic2-1, topic-1'), 10),
        owning(consumer2, [topic, topic2], parts('topic-0, topic2-1, topic2-2'), 8),
      ];
      const assignment = assignor(ppt, members);
      sameSet(assignment[consumer1], parts('topic-0, topic2-1, topic-1'));
      sameSet(assignment[consumer2], parts('topic-2, topic2-2, topic2-0'));
      expect(transferring(ppt, members)).toEqual([]);
    });

    // testRackAwareAssignmentWith{Uniform,NonEqual}Subscription, the "nonRackAwareAssignment"
    // expectations (consumer0..consumer2), fresh and again when each owns its expected share.
    const rackCases: [string, string[][], string[]][] = [
      [
        'testRackAwareAssignmentWithUniformSubscription',
        [
          ['t1', 't2', 't3'],
          ['t1', 't2', 't3'],
          ['t1', 't2', 't3'],
        ],
        [
          't1-0, t1-3, t2-0, t2-3, t2-6',
          't1-1, t1-4, t2-1, t2-4, t3-0',
          't1-2, t1-5, t2-2, t2-5, t3-1',
        ],
      ],
      [
        'testRackAwareAssignmentWithNonEqualSubscription',
        [
          ['t1', 't2', 't3'],
          ['t1', 't2', 't3'],
          ['t1', 't3'],
        ],
        [
          't1-5, t2-0, t2-2, t2-4, t2-6',
          't1-3, t2-1, t2-3, t2-5, t3-0',
          't1-0, t1-1, t1-2, t1-4, t3-1',
        ],
      ],
    ];
    for (const [kafkaName, topics, expected] of rackCases) {
      it(testName(`${kafkaName}, without racks`), () => {
        const ppt = { t1: 6, t2: 7, t3: 2 };
        const fresh = topics.map((t, i) => member(`consumer${i}`, t));
        const render = (a: Assignment) => fresh.map((m) => sortedString(a[m.memberId] ?? []));
        expect(render(assignor(ppt, fresh))).toEqual(expected);
        const owningExpected = fresh.map((m, i) => ({
          ...m,
          ownedPartitions: parts(expected[i] ?? ''),
        }));
        expect(render(assignor(ppt, owningExpected))).toEqual(expected);
      });
    }
  });
}
