// The whole state of a simulated world: plain data, so it can be snapshotted and compared.
import type { TopicPartition } from '../kernels/assignors/types';
import type { BrokerId, Offset, PartitionId, RecordId, SimTimeMs } from '../ids';
import type { TopicConfig } from '../defaults';
import type { ConsumerClient } from '../consumer/consumerState';
import type { GroupState } from '../group/groupState';
import type { ProducerClient } from '../producer/producerState';

export type { TopicPartition };

export interface BrokerState {
  readonly id: BrokerId;
  readonly host: string;
  readonly port: number;
  up: boolean;
}

export interface Header {
  readonly key: string;
  readonly value: string | null;
}

export interface LogRecord {
  readonly offset: Offset;
  readonly recordId: RecordId;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: readonly Header[];
  /** CreateTime: when the producer made it, in virtual time. */
  readonly timestamp: SimTimeMs;
  /** Bytes in the log (a simplified size: key, value, headers and a fixed overhead). */
  readonly size: number;
}

export interface Segment {
  readonly baseOffset: number;
  readonly records: LogRecord[];
  bytes: number;
  /** When the segment was created: segment.ms counts from here. */
  readonly createdAt: SimTimeMs;
  /** The largest record timestamp: retention.ms compares against it, as Kafka does. */
  maxTimestamp: number;
}

export interface PartitionState {
  readonly topic: string;
  readonly id: PartitionId;
  /** The preferred leader first. */
  replicas: BrokerId[];
  leader: BrokerId;
  isr: BrokerId[];
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  /** Oldest first; the last one is the active segment. */
  segments: Segment[];
}

export interface TopicState {
  readonly name: string;
  readonly topicId: string;
  readonly internal: boolean;
  readonly partitions: PartitionState[];
  readonly config: TopicConfig;
  /** Configs set explicitly at creation or with kafka-configs, as describe lists them. */
  readonly overrides: Record<string, string>;
}

export interface WorldSettings {
  /** KRaft (the default since 3.3, the only mode since 4.0) or ZooKeeper (the notes' older lessons). */
  readonly mode: 'kraft' | 'zookeeper';
  readonly networkLatencyMs: number;
  readonly offsetsTopicReplicationFactor: number;
  /** log.retention.check.interval.ms: how often brokers apply retention. */
  readonly retentionCheckIntervalMs: number;
}

export interface World {
  now: SimTimeMs;
  readonly settings: WorldSettings;
  readonly brokers: BrokerState[];
  readonly topics: Map<string, TopicState>;
  readonly producers: Map<string, ProducerClient>;
  readonly consumers: Map<string, ConsumerClient>;
  readonly groups: Map<string, GroupState>;
  /** Kafka numbers clients per process: consumer-<group>-1, producer-1, … */
  readonly clientCounters: { producer: number; consumer: number };
  /** Fetches parked at a broker until data arrives or fetch.max.wait.ms passes. */
  readonly waitingFetches: WaitingFetch[];
  nextFetchId: number;
  nextRecordId: number;
}

export interface WaitingFetch {
  readonly fetchId: number;
  readonly consumer: string;
  readonly epoch: number;
  readonly partitions: readonly (TopicPartition & { readonly offset: number })[];
  readonly maxBytes: number;
  readonly maxPartitionBytes: number;
}

export const tpKey = (topic: string, partition: number): string => `${topic}-${partition}`;

export function findPartition(
  world: World,
  topic: string,
  partition: number,
): PartitionState | undefined {
  return world.topics.get(topic)?.partitions[partition];
}

export type { Offset };
