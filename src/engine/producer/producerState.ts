import type { KeylessPartitioning } from '../commands';
import type { NewRecord } from '../cluster/partitionLog';
import type { BrokerId } from '../ids';

export interface ProducerConfig {
  readonly acks: '0' | '1' | 'all';
  readonly batchSize: number;
  readonly lingerMs: number;
  readonly idempotence: boolean;
  readonly partitioner: KeylessPartitioning;
  readonly deliveryTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly retryBackoffMs: number;
  readonly retries: number;
}

export interface PendingBatch {
  readonly topic: string;
  readonly partition: number;
  readonly records: NewRecord[];
  bytes: number;
}

/** A batch sent and not yet acknowledged: retried until delivery.timeout.ms runs out. */
export interface InFlightBatch {
  readonly requestId: number;
  readonly topic: string;
  readonly partition: number;
  readonly records: readonly NewRecord[];
  readonly createdAt: number;
  /** With idempotence: the sequence number of its first record, fixed across retries. */
  readonly baseSequence: number;
  attempt: number;
  /** When this attempt was sent: request.timeout.ms counts from here. */
  sentAt: number;
  /** Sent and awaiting an answer, or waiting (for a leader, or for its backoff to pass). */
  state: 'sent' | 'waiting';
  broker: BrokerId | null;
}

export interface ProducerClient {
  readonly clientId: string;
  readonly config: ProducerConfig;
  /** The producer id idempotence dedups by (Kafka hands one out per producer). */
  readonly producerId: string;
  /** Per topic: the keyless round-robin counter. */
  readonly roundRobin: Record<string, number>;
  /** Per topic: the sticky partition and the bytes produced to it since it was picked. */
  readonly sticky: Record<string, { partition: number; bytes: number }>;
  /** Records waiting to be sent, per topic one batch per partition (the record accumulator). */
  readonly batches: Map<string, PendingBatch[]>;
  readonly inFlight: Map<number, InFlightBatch>;
  /** Per partition key: the next sequence number (idempotence). */
  readonly sequences: Record<string, number>;
  drainScheduled: boolean;
  /** One timer per producer watches every request for request.timeout.ms (not one per request). */
  timeoutTimerAt: number | null;
  sent: number;
}
