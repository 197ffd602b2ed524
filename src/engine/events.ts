// Everything the engine does is told as a typed event: the stage animates them, lessons wait on
// them and the log narrates them. `seq` orders events that share a virtual time.
import type { BrokerId, Offset, PartitionId, SimTimeMs } from './ids';

interface EventBase {
  readonly seq: number;
  readonly at: SimTimeMs;
}

export interface BrokerRegistered extends EventBase {
  readonly type: 'broker.registered';
  readonly broker: BrokerId;
  readonly host: string;
  readonly port: number;
}

export interface TopicCreated extends EventBase {
  readonly type: 'topic.created';
  readonly topic: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  /** Replicas per partition, the preferred leader first. */
  readonly assignment: readonly (readonly BrokerId[])[];
}

export interface RecordSent extends EventBase {
  readonly type: 'record.sent';
  readonly recordId: string;
  readonly producer: string;
  readonly topic: string;
  readonly partition: PartitionId;
  readonly leader: BrokerId;
  readonly key: string | null;
  readonly value: string | null;
  /** How the partition was chosen: the key's hash, an explicit partition, or keyless round-robin. */
  readonly partitionedBy: 'key' | 'explicit' | 'round-robin';
}

export interface RecordAppended extends EventBase {
  readonly type: 'record.appended';
  readonly recordId: string;
  readonly topic: string;
  readonly partition: PartitionId;
  readonly offset: Offset;
  readonly broker: BrokerId;
  readonly key: string | null;
}

export type SimEvent = BrokerRegistered | TopicCreated | RecordSent | RecordAppended;
export type SimEventType = SimEvent['type'];

/** An event before the engine stamps it with its sequence number and time. */
export type UnstampedEvent = SimEvent extends infer E
  ? E extends SimEvent
    ? Omit<E, 'seq' | 'at'>
    : never
  : never;
