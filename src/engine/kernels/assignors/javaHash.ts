// Java's HashMap/HashSet iteration order, emulated. The sticky assignors iterate HashMaps of
// member ids and HashSets of partitions, and which member keeps its partitions (or which
// partition moves) can depend on that order; Kafka's own tests pin results that only come out
// with it. A java.util.HashMap walks its table bucket by bucket, each bucket in insertion
// order; the bucket is (h ^ (h >>> 16)) & (capacity - 1); the table starts at 16 and doubles
// once size exceeds 3/4 of it, or when one bucket reaches 9 entries while smaller than 64.
// Not emulated: the order inside a treeified bucket (9+ colliding keys in a table of 64+).

/** java.lang.String#hashCode. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** org.apache.kafka.common.TopicPartition#hashCode: 31 * (31 + partition) + topic.hashCode(). */
export function topicPartitionHash(topic: string, partition: number): number {
  return (Math.imul(31, (31 + partition) | 0) + javaStringHash(topic)) | 0;
}

const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;

/** A set that iterates like a default-constructed java.util.HashSet. */
export class JavaHashSet<T> {
  private table: { key: string; hash: number; value: T }[][] = [];
  private capacity = 0;
  private count = 0;

  constructor(
    private readonly keyOf: (value: T) => string,
    private readonly hashOf: (value: T) => number,
  ) {}

  get size(): number {
    return this.count;
  }

  has(value: T): boolean {
    return this.find(value) !== undefined;
  }

  add(value: T): boolean {
    if (this.capacity === 0) this.resize();
    if (this.has(value)) return false;
    const hash = this.hashOf(value);
    const bucket = this.bucketFor(hash);
    bucket.push({ key: this.keyOf(value), hash, value });
    // HashMap#putVal: a bin that already held 8 nodes asks for treeification, which only
    // resizes while the table is small.
    if (bucket.length > TREEIFY_THRESHOLD && this.capacity < MIN_TREEIFY_CAPACITY) this.resize();
    this.count++;
    if (this.count > this.capacity * 0.75) this.resize();
    return true;
  }

  delete(value: T): boolean {
    const found = this.find(value);
    if (!found) return false;
    found.bucket.splice(found.index, 1);
    this.count--;
    return true;
  }

  /** Iteration order. */
  values(): T[] {
    return this.table.flatMap((bucket) => bucket.map((node) => node.value));
  }

  first(): T | undefined {
    for (const bucket of this.table) if (bucket[0]) return bucket[0].value;
    return undefined;
  }

  private find(value: T) {
    if (this.capacity === 0) return undefined;
    const key = this.keyOf(value);
    const bucket = this.bucketFor(this.hashOf(value));
    const index = bucket.findIndex((node) => node.key === key);
    return index < 0 ? undefined : { bucket, index };
  }

  private bucketFor(hash: number) {
    const bucket = this.table[(hash ^ (hash >>> 16)) & (this.capacity - 1)];
    if (!bucket) throw new Error('JavaHashSet: table not allocated');
    return bucket;
  }

  /** Doubling splits each bucket in two, keeping relative order: re-adding in order does that. */
  private resize(): void {
    const old = this.table;
    this.capacity = this.capacity === 0 ? 16 : this.capacity * 2;
    this.table = Array.from({ length: this.capacity }, () => []);
    for (const bucket of old) for (const node of bucket) this.bucketFor(node.hash).push(node);
  }
}

/** The order a default java.util.HashMap iterates strings put into it in the order given. */
export function javaHashOrder(keys: readonly string[]): string[] {
  const set = new JavaHashSet<string>(
    (key) => key,
    (key) => javaStringHash(key),
  );
  for (const key of keys) set.add(key);
  return set.values();
}
