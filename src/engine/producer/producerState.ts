import type { KeylessPartitioning } from '../commands';
import type { NewRecord } from '../cluster/partitionLog';

export interface ProducerConfig {
  readonly acks: '0' | '1' | 'all';
  readonly batchSize: number;
  readonly lingerMs: number;
  readonly idempotence: boolean;
  readonly partitioner: KeylessPartitioning;
}

export interface PendingBatch {
  readonly topic: string;
  readonly partition: number;
  readonly records: NewRecord[];
  bytes: number;
}

export interface ProducerClient {
  readonly clientId: string;
  readonly config: ProducerConfig;
  /** Per topic: the keyless round-robin counter. */
  readonly roundRobin: Record<string, number>;
  /** Per topic: the sticky partition and the bytes produced to it since it was picked. */
  readonly sticky: Record<string, { partition: number; bytes: number }>;
  /** Records waiting to be sent, per topic one batch per partition (the record accumulator). */
  readonly batches: Map<string, PendingBatch[]>;
  drainScheduled: boolean;
  sent: number;
}
