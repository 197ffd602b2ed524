// RoundRobinAssignor, pinned to apache/kafka clients/src/test/java/org/apache/kafka/clients/
// consumer/RoundRobinAssignorTest.java and the examples in RoundRobinAssignor's javadoc.
import { describe, expect, it } from 'vitest';
import { roundRobinAssign } from '../../../src/engine/kernels/assignors/roundRobin';
import type { MemberSubscription } from '../../../src/engine/kernels/assignors/types';
import { member, tp } from './assignorTestKit';

const topic = 'topic';
const topic1 = 'topic1';
const topic2 = 'topic2';
const both = [topic1, topic2];

describe('RoundRobinAssignor', () => {
  it('testOneConsumerNoTopic (RoundRobinAssignorTest)', () => {
    expect(roundRobinAssign({}, [member('consumer', [])])).toEqual({ consumer: [] });
  });

  it('testOneConsumerNonexistentTopic (RoundRobinAssignorTest)', () => {
    expect(roundRobinAssign({}, [member('consumer', [topic])])).toEqual({ consumer: [] });
  });

  it('testOneConsumerOneTopic (RoundRobinAssignorTest)', () => {
    expect(roundRobinAssign({ [topic]: 3 }, [member('consumer', [topic])])).toEqual({
      consumer: [tp(topic, 0), tp(topic, 1), tp(topic, 2)],
    });
  });

  it('testOnlyAssignsPartitionsFromSubscribedTopics (RoundRobinAssignorTest)', () => {
    expect(roundRobinAssign({ [topic]: 3, other: 3 }, [member('consumer', [topic])])).toEqual({
      consumer: [tp(topic, 0), tp(topic, 1), tp(topic, 2)],
    });
  });

  it('testOneConsumerMultipleTopics (RoundRobinAssignorTest)', () => {
    expect(roundRobinAssign({ [topic1]: 1, [topic2]: 2 }, [member('consumer', both)])).toEqual({
      consumer: [tp(topic1, 0), tp(topic2, 0), tp(topic2, 1)],
    });
  });

  it('testTwoConsumersOneTopicOnePartition (RoundRobinAssignorTest)', () => {
    const members = [member('consumer1', [topic]), member('consumer2', [topic])];
    expect(roundRobinAssign({ [topic]: 1 }, members)).toEqual({
      consumer1: [tp(topic, 0)],
      consumer2: [],
    });
  });

  it('testTwoConsumersOneTopicTwoPartitions (RoundRobinAssignorTest)', () => {
    const members = [member('consumer1', [topic]), member('consumer2', [topic])];
    expect(roundRobinAssign({ [topic]: 2 }, members)).toEqual({
      consumer1: [tp(topic, 0)],
      consumer2: [tp(topic, 1)],
    });
  });

  it('testMultipleConsumersMixedTopics (RoundRobinAssignorTest)', () => {
    const members = [
      member('consumer1', [topic1]),
      member('consumer2', both),
      member('consumer3', [topic1]),
    ];
    expect(roundRobinAssign({ [topic1]: 3, [topic2]: 2 }, members)).toEqual({
      consumer1: [tp(topic1, 0)],
      consumer2: [tp(topic1, 1), tp(topic2, 0), tp(topic2, 1)],
      consumer3: [tp(topic1, 2)],
    });
  });

  it('testTwoDynamicConsumersTwoTopicsSixPartitions (RoundRobinAssignorTest)', () => {
    const members = [member('consumer1', both), member('consumer2', both)];
    expect(roundRobinAssign({ [topic1]: 3, [topic2]: 3 }, members)).toEqual({
      consumer1: [tp(topic1, 0), tp(topic1, 2), tp(topic2, 1)],
      consumer2: [tp(topic1, 1), tp(topic2, 0), tp(topic2, 2)],
    });
  });

  it('testTwoStaticConsumersTwoTopicsSixPartitions (RoundRobinAssignorTest)', () => {
    const members = [
      member('consumer-b', both, { groupInstanceId: 'instance1' }),
      member('consumer-a', both, { groupInstanceId: 'instance2' }),
    ];
    expect(roundRobinAssign({ [topic1]: 3, [topic2]: 3 }, members)).toEqual({
      'consumer-b': [tp(topic1, 0), tp(topic1, 2), tp(topic2, 1)],
      'consumer-a': [tp(topic1, 1), tp(topic2, 0), tp(topic2, 2)],
    });
  });

  it('testOneStaticConsumerAndOneDynamicConsumerTwoTopicsSixPartitions (RoundRobinAssignorTest)', () => {
    const members = [
      member('consumer-b', both, { groupInstanceId: 'instance1' }),
      member('consumer-a', both),
    ];
    expect(roundRobinAssign({ [topic1]: 3, [topic2]: 3 }, members)).toEqual({
      'consumer-b': [tp(topic1, 0), tp(topic1, 2), tp(topic2, 1)],
      'consumer-a': [tp(topic1, 1), tp(topic2, 0), tp(topic2, 2)],
    });
  });

  it('testStaticMemberAssignmentPersistent (RoundRobinAssignorTest)', () => {
    const statics = [1, 2, 3].map((i) =>
      member(`consumer${i}`, both, { groupInstanceId: `instance${i}` }),
    );
    const ppt = { [topic1]: 3, [topic2]: 3 };
    const expected = {
      consumer1: [tp(topic1, 0), tp(topic2, 1)],
      consumer2: [tp(topic1, 1), tp(topic2, 2)],
      consumer3: [tp(topic1, 2)],
    };
    expect(roundRobinAssign(ppt, [...statics, member('consumer4', both)])).toEqual({
      ...expected,
      consumer4: [tp(topic2, 0)],
    });
    expect(roundRobinAssign(ppt, [...statics, member('consumer5', both)])).toEqual({
      ...expected,
      consumer5: [tp(topic2, 0)],
    });
  });

  it('testStaticMemberAssignmentPersistentAfterMemberIdChanges (RoundRobinAssignorTest)', () => {
    const ppt = { [topic1]: 3, [topic2]: 3 };
    // instance i gets [topic1-i, topic2-i] whatever the member ids are.
    const check = (members: readonly MemberSubscription[]) => {
      const assignment = roundRobinAssign(ppt, members);
      for (const m of members) {
        const i = Number(m.groupInstanceId?.slice('instance'.length)) - 1;
        expect(assignment[m.memberId]).toEqual([tp(topic1, i), tp(topic2, i)]);
      }
    };
    check([1, 2, 3].map((i) => member(`consumer${i}`, both, { groupInstanceId: `instance${i}` })));
    check([
      member('consumer4', both, { groupInstanceId: 'instance1' }),
      member('consumer5', both, { groupInstanceId: 'instance2' }),
      member('consumer1', both, { groupInstanceId: 'instance3' }),
    ]);
  });

  it('unequal subscriptions skip members (RoundRobinAssignor javadoc example)', () => {
    const members = [
      member('C0', ['t0']),
      member('C1', ['t0', 't1']),
      member('C2', ['t0', 't1', 't2']),
    ];
    expect(roundRobinAssign({ t0: 1, t1: 2, t2: 3 }, members)).toEqual({
      C0: [tp('t0', 0)],
      C1: [tp('t1', 0)],
      C2: [tp('t1', 1), tp('t2', 0), tp('t2', 1), tp('t2', 2)],
    });
  });
});
