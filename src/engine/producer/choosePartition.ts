// Which partition a record goes to: the explicit one, the key's hash, or for keyless records
// round-robin (RoundRobinPartitioner, what the notes teach) or sticky (Kafka's default since 2.4:
// stay on one partition until batch.size bytes went to it, then pick another at random).
import { fail, type Result } from '../errors';
import { partitionForKey, roundRobinPartition } from '../kernels/partitioner';
import type { Rng } from '../random';
import type { ProducerClient } from './producerState';

export type PartitionedBy = 'key' | 'explicit' | 'round-robin' | 'sticky';

/** How the record's partition is picked; choosePartition below follows the same order. */
export function partitionedBy(
  producer: ProducerClient,
  key: string | null,
  explicit: number | undefined,
): PartitionedBy {
  if (explicit !== undefined) return 'explicit';
  return key !== null ? 'key' : producer.config.partitioner;
}

export function choosePartition(
  producer: ProducerClient,
  topic: string,
  count: number,
  key: string | null,
  explicit: number | undefined,
  recordBytes: number,
  rng: Rng,
): number | Result<never> {
  // A number is the partition; anything else is the refusal (no Result allocated per record).
  if (explicit !== undefined) {
    if (!Number.isInteger(explicit) || explicit < 0 || explicit >= count)
      return fail(
        'IllegalArgumentException',
        `Invalid partition given with record: ${explicit} is not in the range [0...${count}].`,
      );
    return explicit;
  }
  if (key !== null) return partitionForKey(key, count);
  if (producer.config.partitioner === 'round-robin') {
    const chosen = roundRobinPartition(producer.roundRobin[topic] ?? 0, count);
    producer.roundRobin[topic] = chosen.next;
    return chosen.partition;
  }
  let sticky = producer.sticky[topic];
  if (!sticky || sticky.bytes >= producer.config.batchSize || sticky.partition >= count) {
    sticky = { partition: rng.nextInt(count), bytes: 0 };
    producer.sticky[topic] = sticky;
  }
  sticky.bytes += recordBytes;
  return sticky.partition;
}
