// Java's HashMap iteration order for small maps of string keys: by bucket, (h ^ h >>> 16) & (n - 1)
// with h the key's String#hashCode. Kafka prints some maps (a topic's configs) in that order.
import { javaStringHashCode } from '../../engine/kernels/coordinator';

export function javaHashMapOrder(keys: readonly string[], buckets = 64): string[] {
  const bucket = (k: string) => {
    const h = javaStringHashCode(k);
    return (h ^ (h >>> 16)) & (buckets - 1);
  };
  return [...keys].sort((a, b) => bucket(a) - bucket(b) || (a < b ? 1 : a > b ? -1 : 0));
}

/** HashMap order of items by their Java hashCode, in a default-sized table (16, doubling past 75%). */
export function javaHashMapOrderBy<T>(items: readonly T[], hash: (item: T) => number): T[] {
  let table = 16;
  while (items.length > table * 0.75) table *= 2;
  const bucket = (item: T) => {
    const h = hash(item) | 0;
    return (h ^ (h >>> 16)) & (table - 1);
  };
  return [...items].sort((a, b) => bucket(a) - bucket(b));
}
