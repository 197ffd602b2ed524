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
