// The orders kafka-consumer-groups prints things in: most of its maps are Java HashMaps (groups,
// partitions), its option sets HashSets of joptsimple specs, and the classic coordinator keeps a
// group's members in a Scala mutable.HashMap. Each order follows from the keys' hash codes.
import type { TopicPartition } from '../../engine';
import { javaStringHashCode } from '../../engine/kernels/coordinator';
import { javaHashMapOrderBy } from './javaOrder';

/** TopicPartition#hashCode: 31 * (31 + partition) + topic.hashCode(). */
export const topicPartitionHash = (tp: TopicPartition): number =>
  (Math.imul(31, 31 + tp.partition) + javaStringHashCode(tp.topic)) | 0;

/** A HashMap<TopicPartition, …> built from these partitions, in its iteration order. */
export const partitionOrder = <T extends TopicPartition>(tps: readonly T[]): T[] =>
  javaHashMapOrderBy(tps, topicPartitionHash);

/** A HashMap<String, …> (group ids), in its iteration order. */
export const stringOrder = (keys: readonly string[]): string[] =>
  javaHashMapOrderBy([...new Set(keys)], javaStringHashCode);

/**
 * A HashSet of joptsimple option specs, as Kafka joins them into messages: a spec hashes as the
 * list of its names, 31 + name.hashCode(), and prints as [name].
 */
export function optionSet(names: readonly string[]): string[] {
  return javaHashMapOrderBy(names, (n) => (31 + javaStringHashCode(n)) | 0).map((n) => `[${n}]`);
}

/**
 * Scala 2.13's mutable.HashMap, where the classic coordinator keeps a group's members: buckets
 * by (h ^ h >>> 16) & (n - 1), the table doubling before it holds 75% of its size, each bucket
 * sorted by that hash, then in insertion order.
 */
export function scalaHashMapOrder<T>(items: readonly T[], key: (item: T) => string): T[] {
  let table = 16;
  while (items.length >= table * 0.75) table *= 2;
  const improved = (item: T) => {
    const h = javaStringHashCode(key(item));
    return h ^ (h >>> 16);
  };
  return [...items].sort(
    (a, b) =>
      (improved(a) & (table - 1)) - (improved(b) & (table - 1)) || improved(a) - improved(b),
  );
}
