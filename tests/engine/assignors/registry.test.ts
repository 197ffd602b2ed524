// The registry: protocol names, supported rebalance protocols and Kafka 3.9's default strategy.
import { describe, expect, it } from 'vitest';
import {
  ASSIGNORS,
  DEFAULT_PARTITION_ASSIGNMENT_STRATEGY,
  isAssignorName,
} from '../../../src/engine/kernels/assignors';
import { member, tp } from './assignorTestKit';

describe('assignor registry', () => {
  it('testDefaultPartitionAssignor (ConsumerConfigTest): [RangeAssignor, CooperativeStickyAssignor]', () => {
    expect(DEFAULT_PARTITION_ASSIGNMENT_STRATEGY).toEqual(['range', 'cooperative-sticky']);
    expect(DEFAULT_PARTITION_ASSIGNMENT_STRATEGY.map((n) => ASSIGNORS[n].className)).toEqual([
      'org.apache.kafka.clients.consumer.RangeAssignor',
      'org.apache.kafka.clients.consumer.CooperativeStickyAssignor',
    ]);
  });

  it('names and supportedProtocols as each assignor declares them', () => {
    expect(Object.values(ASSIGNORS).map((a) => [a.name, a.supportedProtocols])).toEqual([
      ['range', ['EAGER']],
      ['roundrobin', ['EAGER']],
      ['sticky', ['EAGER']],
      ['cooperative-sticky', ['COOPERATIVE', 'EAGER']],
    ]);
    for (const [key, info] of Object.entries(ASSIGNORS)) expect(info.name).toBe(key);
    expect(isAssignorName('cooperative-sticky')).toBe(true);
    expect(isAssignorName('toString')).toBe(false);
  });

  it('each entry runs its assignor', () => {
    const members = [member('consumer1', ['t']), member('consumer2', ['t'])];
    expect(ASSIGNORS.range.assign({ t: 3 }, members)).toEqual({
      consumer1: [tp('t', 0), tp('t', 1)],
      consumer2: [tp('t', 2)],
    });
    expect(ASSIGNORS.roundrobin.assign({ t: 3 }, members)).toEqual({
      consumer1: [tp('t', 0), tp('t', 2)],
      consumer2: [tp('t', 1)],
    });
    for (const name of ['sticky', 'cooperative-sticky'] as const)
      expect(Object.values(ASSIGNORS[name].assign({ t: 3 }, members)).flat()).toHaveLength(3);
  });
});
