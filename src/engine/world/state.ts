// The engine's state: plain data only, so it can be snapshotted, copied and compared.
import type { BrokerId, Offset, PartitionId, SimTimeMs } from '../ids';

export interface BrokerState {
  readonly id: BrokerId;
  readonly host: string;
  readonly port: number;
  up: boolean;
}

export interface LogRecord {
  readonly offset: Offset;
  readonly recordId: string;
  readonly key: string | null;
  readonly value: string | null;
  /** CreateTime: when the producer sent it, in virtual time. */
  readonly timestamp: SimTimeMs;
}

export interface PartitionState {
  readonly id: PartitionId;
  /** The preferred leader first. */
  readonly replicas: readonly BrokerId[];
  leader: BrokerId;
  logStartOffset: number;
  /** Records from logStartOffset up, in offset order. */
  readonly log: LogRecord[];
}

export interface TopicState {
  readonly name: string;
  readonly partitions: PartitionState[];
}

export interface ProducerState {
  readonly clientId: string;
  /** Per topic, the keyless round-robin counter. */
  readonly roundRobin: Record<string, number>;
  sent: number;
}

/** Work due at a later virtual time. */
export type Task = {
  readonly kind: 'deliverProduce';
  readonly recordId: string;
  readonly topic: string;
  readonly partition: PartitionId;
  readonly key: string | null;
  readonly value: string | null;
  readonly timestamp: SimTimeMs;
};
