// RangeAssignor, pinned to apache/kafka clients/src/test/java/org/apache/kafka/clients/consumer/
// RangeAssignorTest.java (the non-rack cases; its rack-aware cases' "non rack-aware" expectations
// are used too).
import { describe, expect, it } from 'vitest';
import { rangeAssign } from '../../../src/engine/kernels/assignors/range';
import type { MemberSubscription } from '../../../src/engine/kernels/assignors/types';
import { member, parts, sortedString, tp } from './assignorTestKit';

const topic1 = 'topic1';
const topic2 = 'topic2';

/** By instance id, like Kafka's checkStaticAssignment. */
function byInstance(members: readonly MemberSubscription[], ppt: Record<string, number>) {
  const assignment = rangeAssign(ppt, members);
  return Object.fromEntries(
    members.map((m) => [m.groupInstanceId ?? m.memberId, assignment[m.memberId]]),
  );
}

describe('RangeAssignor', () => {
  it('testOneConsumerNoTopic (RangeAssignorTest)', () => {
    expect(rangeAssign({}, [member('consumer1', [])])).toEqual({ consumer1: [] });
  });

  it('testOneConsumerNonexistentTopic (RangeAssignorTest)', () => {
    expect(rangeAssign({}, [member('consumer1', [topic1])])).toEqual({ consumer1: [] });
  });

  it('testOneConsumerOneTopic (RangeAssignorTest)', () => {
    expect(rangeAssign({ [topic1]: 3 }, [member('consumer1', [topic1])])).toEqual({
      consumer1: [tp(topic1, 0), tp(topic1, 1), tp(topic1, 2)],
    });
  });

  it('testOnlyAssignsPartitionsFromSubscribedTopics (RangeAssignorTest)', () => {
    expect(rangeAssign({ [topic1]: 3, other: 3 }, [member('consumer1', [topic1])])).toEqual({
      consumer1: [tp(topic1, 0), tp(topic1, 1), tp(topic1, 2)],
    });
  });

  it('testOneConsumerMultipleTopics (RangeAssignorTest)', () => {
    expect(
      rangeAssign({ [topic1]: 1, [topic2]: 2 }, [member('consumer1', [topic1, topic2])]),
    ).toEqual({ consumer1: [tp(topic1, 0), tp(topic2, 0), tp(topic2, 1)] });
  });

  it('testTwoConsumersOneTopicOnePartition (RangeAssignorTest)', () => {
    const members = [member('consumer1', [topic1]), member('consumer2', [topic1])];
    expect(rangeAssign({ [topic1]: 1 }, members)).toEqual({
      consumer1: [tp(topic1, 0)],
      consumer2: [],
    });
  });

  it('testTwoConsumersOneTopicTwoPartitions (RangeAssignorTest)', () => {
    const members = [member('consumer1', [topic1]), member('consumer2', [topic1])];
    expect(rangeAssign({ [topic1]: 2 }, members)).toEqual({
      consumer1: [tp(topic1, 0)],
      consumer2: [tp(topic1, 1)],
    });
  });

  it('testMultipleConsumersMixedTopics (RangeAssignorTest)', () => {
    const members = [
      member('consumer1', [topic1]),
      member('consumer2', [topic1, topic2]),
      member('consumer3', [topic1]),
    ];
    expect(rangeAssign({ [topic1]: 3, [topic2]: 2 }, members)).toEqual({
      consumer1: [tp(topic1, 0)],
      consumer2: [tp(topic1, 1), tp(topic2, 0), tp(topic2, 1)],
      consumer3: [tp(topic1, 2)],
    });
  });

  it('testTwoConsumersTwoTopicsSixPartitions (RangeAssignorTest; the class javadoc example)', () => {
    const members = [member('consumer1', [topic1, topic2]), member('consumer2', [topic1, topic2])];
    expect(rangeAssign({ [topic1]: 3, [topic2]: 3 }, members)).toEqual({
      consumer1: [tp(topic1, 0), tp(topic1, 1), tp(topic2, 0), tp(topic2, 1)],
      consumer2: [tp(topic1, 2), tp(topic2, 2)],
    });
  });

  it('testTwoStaticConsumersTwoTopicsSixPartitions (RangeAssignorTest)', () => {
    // consumer-a sorts before consumer-b, but instance ids decide.
    const members = [
      member('consumer-b', [topic1, topic2], { groupInstanceId: 'instance1' }),
      member('consumer-a', [topic1, topic2], { groupInstanceId: 'instance2' }),
    ];
    expect(rangeAssign({ [topic1]: 3, [topic2]: 3 }, members)).toEqual({
      'consumer-b': [tp(topic1, 0), tp(topic1, 1), tp(topic2, 0), tp(topic2, 1)],
      'consumer-a': [tp(topic1, 2), tp(topic2, 2)],
    });
  });

  it('testOneStaticConsumerAndOneDynamicConsumerTwoTopicsSixPartitions (RangeAssignorTest)', () => {
    // A static member sorts before any dynamic one.
    const members = [
      member('consumer-b', [topic1, topic2], { groupInstanceId: 'instance1' }),
      member('consumer-a', [topic1, topic2]),
    ];
    expect(rangeAssign({ [topic1]: 3, [topic2]: 3 }, members)).toEqual({
      'consumer-b': [tp(topic1, 0), tp(topic1, 1), tp(topic2, 0), tp(topic2, 1)],
      'consumer-a': [tp(topic1, 2), tp(topic2, 2)],
    });
  });

  it('testStaticMemberRangeAssignmentPersistent (RangeAssignorTest)', () => {
    const both = [topic1, topic2];
    const statics = [1, 2, 3].map((i) =>
      member(`consumer${i}`, both, { groupInstanceId: `instance${i}` }),
    );
    const ppt = { [topic1]: 5, [topic2]: 4 };
    const expected = {
      consumer1: [tp(topic1, 0), tp(topic1, 1), tp(topic2, 0)],
      consumer2: [tp(topic1, 2), tp(topic2, 1)],
      consumer3: [tp(topic1, 3), tp(topic2, 2)],
    };
    expect(rangeAssign(ppt, [...statics, member('consumer4', both)])).toEqual({
      ...expected,
      consumer4: [tp(topic1, 4), tp(topic2, 3)],
    });
    // Replace dynamic member 4 with a new dynamic member 5.
    expect(rangeAssign(ppt, [...statics, member('consumer5', both)])).toEqual({
      ...expected,
      consumer5: [tp(topic1, 4), tp(topic2, 3)],
    });
  });

  it('testStaticMemberRangeAssignmentPersistentAfterMemberIdChanges (RangeAssignorTest)', () => {
    const both = [topic1, topic2];
    const ppt = { [topic1]: 5, [topic2]: 5 };
    const expected = {
      instance1: [tp(topic1, 0), tp(topic1, 1), tp(topic2, 0), tp(topic2, 1)],
      instance2: [tp(topic1, 2), tp(topic1, 3), tp(topic2, 2), tp(topic2, 3)],
      instance3: [tp(topic1, 4), tp(topic2, 4)],
    };
    const before = [1, 2, 3].map((i) =>
      member(`consumer${i}`, both, { groupInstanceId: `instance${i}` }),
    );
    expect(byInstance(before, ppt)).toEqual(expected);
    // consumer3 comes back as consumer4 and consumer2 as consumer5: same instance ids.
    const after = [
      member('consumer1', both, { groupInstanceId: 'instance1' }),
      member('consumer5', both, { groupInstanceId: 'instance2' }),
      member('consumer4', both, { groupInstanceId: 'instance3' }),
    ];
    expect(byInstance(after, ppt)).toEqual(expected);
  });

  // The rack-aware tests' "nonRackAwareAssignment" expectations, for consumer0..consumer2.
  const rackTestCases: [string, Record<string, number>, string[][], string[]][] = [
    [
      'testRackAwareAssignmentWithUniformSubscription',
      { t1: 6, t2: 7, t3: 2 },
      [
        ['t1', 't2', 't3'],
        ['t1', 't2', 't3'],
        ['t1', 't2', 't3'],
      ],
      [
        't1-0, t1-1, t2-0, t2-1, t2-2, t3-0',
        't1-2, t1-3, t2-3, t2-4, t3-1',
        't1-4, t1-5, t2-5, t2-6',
      ],
    ],
    [
      'testRackAwareAssignmentWithNonEqualSubscription',
      { t1: 6, t2: 7, t3: 2 },
      [
        ['t1', 't2', 't3'],
        ['t1', 't2', 't3'],
        ['t1', 't3'],
      ],
      [
        't1-0, t1-1, t2-0, t2-1, t2-2, t2-3, t3-0',
        't1-2, t1-3, t2-4, t2-5, t2-6, t3-1',
        't1-4, t1-5',
      ],
    ],
    [
      'testRackAwareAssignmentWithUniformPartitions',
      { t1: 5, t2: 5, t3: 5 },
      [
        ['t1', 't2', 't3'],
        ['t1', 't2', 't3'],
        ['t1', 't2', 't3'],
      ],
      [
        't1-0, t1-1, t2-0, t2-1, t3-0, t3-1',
        't1-2, t1-3, t2-2, t2-3, t3-2, t3-3',
        't1-4, t2-4, t3-4',
      ],
    ],
    [
      'testRackAwareAssignmentWithUniformPartitionsNonEqualSubscription',
      { t1: 5, t2: 5, t3: 5 },
      [
        ['t1', 't2', 't3'],
        ['t1', 't2', 't3'],
        ['t1', 't3'],
      ],
      [
        't1-0, t1-1, t2-0, t2-1, t2-2, t3-0, t3-1',
        't1-2, t1-3, t2-3, t2-4, t3-2, t3-3',
        't1-4, t3-4',
      ],
    ],
    [
      'testRackAwareAssignmentWithCoPartitioning',
      { t1: 6, t2: 6, t3: 2, t4: 2 },
      [
        ['t1', 't2'],
        ['t1', 't2'],
        ['t3', 't4'],
        ['t3', 't4'],
      ],
      [
        't1-0, t1-1, t1-2, t2-0, t2-1, t2-2',
        't1-3, t1-4, t1-5, t2-3, t2-4, t2-5',
        't3-0, t4-0',
        't3-1, t4-1',
      ],
    ],
    [
      'testCoPartitionedAssignmentWithSameSubscription',
      { t1: 6, t2: 6, t3: 2, t4: 2, t5: 4, t6: 4 },
      Array.from({ length: 3 }, () => ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9']),
      [
        't1-0, t1-1, t2-0, t2-1, t3-0, t4-0, t5-0, t5-1, t6-0, t6-1',
        't1-2, t1-3, t2-2, t2-3, t3-1, t4-1, t5-2, t6-2',
        't1-4, t1-5, t2-4, t2-5, t5-3, t6-3',
      ],
    ],
  ];
  it.each(rackTestCases)(
    '%s, without racks (RangeAssignorTest)',
    (_name, ppt, topics, expected) => {
      const members = topics.map((t, i) => member(`consumer${i}`, t));
      const assignment = rangeAssign(ppt, members);
      expect(members.map((m) => sortedString(assignment[m.memberId] ?? []))).toEqual(expected);
      expect(expected.map(parts).flat().length).toBe(Object.values(assignment).flat().length);
    },
  );
});
