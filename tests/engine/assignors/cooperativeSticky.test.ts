// CooperativeStickyAssignor ("cooperative-sticky"): AbstractStickyAssignorTest's cases (checked
// through CooperativeStickyAssignorTest's verifyValidityAndBalance, which runs the follow-up
// rebalances) plus apache/kafka clients/src/test/java/org/apache/kafka/clients/consumer/
// CooperativeStickyAssignorTest.java and the cooperative half of
// AbstractStickyAssignorTest#testRackAwareAssignmentWithNonEqualSubscription.
import { describe, expect, it } from 'vitest';
import { cooperativeStickyAssign } from '../../../src/engine/kernels/assignors/cooperativeSticky';
import { stickyAssign } from '../../../src/engine/kernels/assignors/sticky';
import type { Assignment } from '../../../src/engine/kernels/assignors/types';
import {
  member,
  nextRound,
  owning,
  parts,
  settleCooperative,
  sortedString,
  tp,
} from './assignorTestKit';
import { abstractStickyAssignorTests } from './stickyContract';

abstractStickyAssignorTests('cooperative-sticky', cooperativeStickyAssign, true);

const topic = 'topic';
const generationId = 1;

describe('CooperativeStickyAssignor: CooperativeStickyAssignorTest', () => {
  const claimedTwice = [
    owning('consumer1', [topic], parts('topic-0, topic-1'), generationId),
    owning('consumer2', [topic], parts('topic-0, topic-2'), generationId),
    owning('consumer3', [topic], [], generationId),
  ];

  it('testAllConsumersHaveOwnedPartitionInvalidatedWhenClaimedByMultipleConsumersInSameGenerationWithEqualPartitionsPerConsumer (CooperativeStickyAssignorTest)', () => {
    const ppt = { [topic]: 3 };
    const assignment = cooperativeStickyAssign(ppt, claimedTwice);
    // topic-0 counts as owned: nobody gets it until both claimants have revoked it.
    expect(assignment).toEqual({
      consumer1: [tp(topic, 1)],
      consumer2: [tp(topic, 2)],
      consumer3: [],
    });
    const settled = settleCooperative(
      cooperativeStickyAssign,
      ppt,
      claimedTwice,
      assignment,
      generationId,
    );
    expect(settled.assignment.consumer3).toEqual([tp(topic, 0)]);
  });

  it('testAllConsumersHaveOwnedPartitionInvalidatedWhenClaimedByMultipleConsumersInSameGenerationWithUnequalPartitionsPerConsumer (CooperativeStickyAssignorTest)', () => {
    const ppt = { [topic]: 4 };
    const assignment = cooperativeStickyAssign(ppt, claimedTwice);
    expect(assignment).toEqual({
      consumer1: parts('topic-1, topic-3'),
      consumer2: parts('topic-2'),
      consumer3: [],
    });
    settleCooperative(cooperativeStickyAssign, ppt, claimedTwice, assignment, generationId);
  });

  it('testAssignorWithOldVersionSubscriptions (CooperativeStickyAssignorTest)', () => {
    const members = [
      owning('consumer1', ['topic1'], parts('topic1-0'), generationId),
      owning('consumer2', ['topic1'], parts('topic1-1'), generationId),
      owning('consumer3', ['topic1'], [], generationId),
    ];
    expect(cooperativeStickyAssign({ topic1: 3 }, members)).toEqual({
      consumer1: parts('topic1-0'),
      consumer2: parts('topic1-1'),
      consumer3: parts('topic1-2'),
    });
  });

  it('revokes first, assigns in the follow-up rebalance (testAddRemoveConsumerOneTopic, two rounds)', () => {
    const ppt = { [topic]: 3 };
    const members = [
      owning('consumer1', [topic], parts('topic-0, topic-1, topic-2'), generationId),
      owning('consumer2', [topic], [], generationId),
    ];
    // The eager sticky assignor moves topic-2 straight away...
    expect(stickyAssign(ppt, members)).toEqual({
      consumer1: parts('topic-0, topic-1'),
      consumer2: parts('topic-2'),
    });
    // ...the cooperative one only takes it away from consumer1 this round,
    const round1 = cooperativeStickyAssign(ppt, members);
    expect(round1).toEqual({ consumer1: parts('topic-0, topic-1'), consumer2: [] });
    // and hands it to consumer2 once consumer1 no longer owns it.
    const round2 = cooperativeStickyAssign(ppt, nextRound(members, round1, generationId));
    expect(round2).toEqual({ consumer1: parts('topic-0, topic-1'), consumer2: parts('topic-2') });
  });

  it('testRackAwareAssignmentWithNonEqualSubscription, owned partitions and all racks matching (AbstractStickyAssignorTest, cooperative)', () => {
    // General path: partitions changing owner are computed from owned vs assigned.
    const ppt = { t1: 6, t2: 7, t3: 2 };
    const topics = [
      ['t1', 't2', 't3'],
      ['t1', 't2', 't3'],
      ['t1', 't3'],
    ];
    const withOwned = (owned: readonly string[]) =>
      topics.map((t, i) => ({
        ...member(`consumer${i}`, t),
        ownedPartitions: parts(owned[i] ?? ''),
      }));
    const render = (a: Assignment) => [0, 1, 2].map((i) => sortedString(a[`consumer${i}`] ?? []));

    const owned = [
      't1-0, t1-1, t1-2, t1-3, t1-4',
      't1-5, t2-0, t2-1, t2-2, t2-3',
      't2-4, t2-5, t2-6, t3-0, t3-1',
    ];
    const intermediate = ['t1-2, t1-3, t1-4', 't2-0, t2-1, t2-2, t2-3', 't3-0, t3-1'];
    expect(render(cooperativeStickyAssign(ppt, withOwned(owned)))).toEqual(intermediate);
    expect(render(cooperativeStickyAssign(ppt, withOwned(intermediate)))).toEqual([
      't1-2, t1-3, t1-4, t2-4, t2-5',
      't2-0, t2-1, t2-2, t2-3, t2-6',
      't1-0, t1-1, t1-5, t3-0, t3-1',
    ]);
  });
});
