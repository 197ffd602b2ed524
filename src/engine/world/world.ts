// The whole state of a simulated world: plain data, so it can be snapshotted and compared.
import type { RecordList } from '../cluster/recordList';
import type { TopicPartition } from '../kernels/assignors/types';
import type { BrokerId, Offset, PartitionId, RecordId, SimTimeMs } from '../ids';
import type { TopicConfig } from '../defaults';
import type { ConsumerClient } from '../consumer/consumerState';
import type { GroupState } from '../group/groupState';
import type { ProducerClient } from '../producer/producerState';
import type { LoadValues } from '../commands';

export type { TopicPartition };

export interface BrokerState {
  readonly id: BrokerId;
  readonly host: string;
  readonly port: number;
  /** The process runs. */
  up: boolean;
  /** The controller does not count it as live (it stopped heartbeating, or shut down). */
  fenced: boolean;
  /** Cut off from the network: no broker, controller or client reaches it. */
  isolated: boolean;
  /** A slow follower: each of its fetches takes this much longer. */
  fetchDelayMs: number;
  /** The controller's view: when it last heard from this broker. */
  lastHeartbeatAt: number;
}

/** The controller side: a KRaft quorum (combined mode: brokers vote) or a ZooKeeper ensemble. */
export interface ControllerState {
  /** KRaft voters (broker ids) or ZooKeeper servers (ids 1…N), and whether each is up. */
  readonly quorum: { readonly id: number; up: boolean }[];
  /** The Raft leader, or ZooKeeper's leader. */
  quorumLeader: number | null;
  /** The broker acting as controller (KRaft: the quorum leader; ZooKeeper: an elected broker). */
  activeController: number | null;
  epoch: number;
}

/** A producer made to send at a steady rate (the simulator's load generator). */
export interface LoadState {
  readonly producer: string;
  readonly topic: string;
  readonly recordsPerSecond: number;
  readonly keys: number;
  readonly keyPrefix: string;
  readonly values: LoadValues;
  /** Bumped on every change, so the previous rate's timer stops. */
  readonly epoch: number;
  /** Records owed but not yet produced (rates that are not a multiple of the tick). */
  carry: number;
  sent: number;
}

/** An acks=all produce the leader answers once the high watermark passes its last record. */
export interface DelayedProduce {
  readonly requestId: number;
  readonly producer: string;
  readonly requiredOffset: number;
  readonly baseOffset: number;
  readonly recordIds: readonly RecordId[];
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
  /**
   * Append-only: truncation makes a new list instead of cutting this one, so a checkpoint can
   * share it and remember only its length (and full chunks are shared, see RecordList).
   */
  records: RecordList<LogRecord>;
  bytes: number;
  /** When the segment was created: segment.ms counts from here. */
  readonly createdAt: SimTimeMs;
  /** The largest record timestamp: retention.ms compares against it, as Kafka does. */
  maxTimestamp: number;
}

/** One replica's copy of a partition's log, on one broker. */
export interface ReplicaLog {
  readonly broker: BrokerId;
  /** Oldest first; the last one is the active segment. */
  segments: Segment[];
  logStartOffset: number;
  logEndOffset: number;
  /** The high watermark as this replica knows it (a follower learns it from the leader). */
  highWatermark: number;
}

/** What a leader knows of one follower, from its fetches. */
export interface FollowerProgress {
  /** The follower's log end offset, as its last fetch said (-1: not heard from since the election). */
  logEndOffset: number;
  /** When it last had everything the leader had (replica.lag.time.max.ms counts from here). */
  lastCaughtUpAt: number;
  /** The previous fetch: when it came and the leader's log end then (Kafka's caught-up rule). */
  lastFetchAt: number;
  lastFetchLeaderEnd: number;
}

export interface PartitionState {
  readonly topic: string;
  readonly id: PartitionId;
  /** The preferred leader first. */
  replicas: BrokerId[];
  /** null: no leader ("Leader: none"), so nobody can produce or consume. */
  leader: BrokerId | null;
  leaderEpoch: number;
  isr: BrokerId[];
  /** Every replica's log, by broker id. */
  readonly logs: Record<number, ReplicaLog>;
  /** The leader's view of its followers. */
  followers: Record<number, FollowerProgress>;
  /** The log clients read and write: the leader's (while there is none, the last leader's). */
  log: ReplicaLog;
  /** The leader's high watermark: consumers read below it, acks=all waits for it. */
  highWatermark: number;
  /** acks=all produces waiting for the high watermark. */
  delayed: DelayedProduce[];
  /** Per producer id: its last few batches (idempotence recognises a retry of one of them). */
  readonly sequences: Record<
    string,
    { lastSequence: number; batches: { first: number; last: number; baseOffset: number }[] }
  >;
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
  readonly controller: ControllerState;
  /** Replica fetchers, one per (follower, leader) pair, by `${follower}>${leader}`. */
  readonly fetchers: Record<string, { epoch: number; active: boolean }>;
  /** Follower fetches parked at a leader, waiting for new records (replica.fetch.wait.max.ms). */
  readonly waitingReplicaFetches: WaitingReplicaFetch[];
  nextFetchId: number;
  nextRecordId: number;
  /** Load generators by producer id (setLoad). */
  readonly loads: Map<string, LoadState>;
  /** What each group's members have processed, per partition key: delivery semantics counted. */
  readonly deliveries: Map<string, Map<string, DeliveryTally>>;
}

/**
 * A group's processing of one partition: processing an offset below `upTo` again is a duplicate;
 * starting past it skips records that were never processed (lost, for this group).
 */
export interface DeliveryTally {
  upTo: number;
  processed: number;
  duplicates: number;
  skipped: number;
}

export interface WaitingReplicaFetch {
  readonly fetchId: number;
  readonly follower: BrokerId;
  readonly leader: BrokerId;
  readonly epoch: number;
  readonly partitions: readonly (TopicPartition & { readonly fetchOffset: number })[];
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

export type { Offset };
