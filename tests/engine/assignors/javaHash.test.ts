// The Java HashMap/HashSet order the sticky assignors depend on. Expected values were printed by
// OpenJDK 17 (java.util.HashSet filled in the same order; String and Kafka's TopicPartition
// hashCode).
import { describe, expect, it } from 'vitest';
import {
  JavaHashSet,
  javaHashOrder,
  javaStringHash,
  topicPartitionHash,
} from '../../../src/engine/kernels/assignors/javaHash';
import type { TopicPartition } from '../../../src/engine/kernels/assignors/types';
import { parts } from './assignorTestKit';

describe('Java hash order', () => {
  it('String#hashCode', () => {
    expect(javaStringHash('hello')).toBe(99162322);
    expect(javaStringHash('Aa')).toBe(2112);
    expect(javaStringHash('BB')).toBe(2112);
    expect(javaStringHash('consumer-my-group-1-4f1c')).toBe(-1064878504);
  });

  it('iterates a default HashMap of member ids like OpenJDK', () => {
    // Why Kafka's sticky tests see consumer3 before consumer2 before consumer1.
    expect(
      javaHashOrder(['consumer0', 'consumer1', 'consumer2', 'consumer3', 'consumer4']),
    ).toEqual(['consumer4', 'consumer3', 'consumer2', 'consumer1', 'consumer0']);
    expect(javaHashOrder(Array.from({ length: 20 }, (_, i) => `member-${i}`))).toEqual(
      [19, 18, 17, 16, 5, 15, 6, 14, 3, 13, 4, 12, 9, 11, 10, 7, 8, 1, 2, 0].map(
        (i) => `member-${i}`,
      ),
    );
  });

  it('iterates a HashSet of TopicPartitions like OpenJDK, after removals too', () => {
    const set = new JavaHashSet<TopicPartition>(
      (p) => `${p.topic}/${p.partition}`,
      (p) => topicPartitionHash(p.topic, p.partition),
    );
    for (const p of parts('topic-0, topic-1, topic-2, topic-3, other-0, other-5, topic-17'))
      set.add(p);
    expect(set.values()).toEqual(
      parts('other-0, topic-0, topic-2, topic-1, topic-17, topic-3, other-5'),
    );
    const ids = new JavaHashSet<string>((s) => s, javaStringHash);
    for (const id of [
      'consumer-my-group-1-4f1c',
      'consumer-my-group-2-9a0b',
      'consumer-my-group-3-77de',
    ])
      ids.add(id);
    ids.delete('consumer-my-group-2-9a0b');
    ids.add('consumer-my-group-2-9a0b');
    expect(ids.values()).toEqual([
      'consumer-my-group-3-77de',
      'consumer-my-group-2-9a0b',
      'consumer-my-group-1-4f1c',
    ]);
  });
});
