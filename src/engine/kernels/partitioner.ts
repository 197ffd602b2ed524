// Where a producer sends a record. Keyed records: Kafka's BuiltInPartitioner#partitionForKey,
// toPositive(murmur2(keyBytes)) % numPartitions. An explicit partition always wins.
import { partitionId, type PartitionId } from '../ids';
import { murmur2, toPositive } from './murmur2';
import { utf8 } from './utf8';

export function partitionForKey(key: string, numPartitions: number): PartitionId {
  return partitionId(toPositive(murmur2(utf8(key))) % numPartitions);
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
