// Where a producer sends a record. Keyed records: Kafka's BuiltInPartitioner#partitionForKey,
// toPositive(murmur2(keyBytes)) % numPartitions. An explicit partition always wins.
import { partitionId, type PartitionId } from '../ids';
import { murmur2, toPositive } from './murmur2';
import { utf8 } from './utf8';

// ASCII keys (the common case) are their own UTF-8: they are copied into one reused buffer
// instead of encoding a new array for every record.
const scratch = new Uint8Array(256);

function asciiInto(key: string): boolean {
  if (key.length > scratch.length) return false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code > 0x7f) return false;
    scratch[i] = code;
  }
  return true;
}

export function keyHash(key: string): number {
  return asciiInto(key) ? murmur2(scratch, key.length) : murmur2(utf8(key));
}

export function partitionForKey(key: string, numPartitions: number): PartitionId {
  return partitionId(toPositive(keyHash(key)) % numPartitions);
}

/**
 * Keyless records, the way the notes teach it (Kafka's RoundRobinPartitioner): a per-topic
 * counter starting at 0, so records go 0, 1, 2, … and wrap. Returns the partition and the next
 * counter value; the caller keeps the counter.
 */
export function roundRobinPartition(
  counter: number,
  numPartitions: number,
): { partition: PartitionId; next: number } {
  return { partition: partitionId(toPositive(counter) % numPartitions), next: (counter + 1) | 0 };
}
