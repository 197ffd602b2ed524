// What can be asked of the engine. Commands are data, so a session is a replayable list of them.
import type { TopicPartition } from './kernels/assignors/types';
import type { AssignorName } from './kernels/assignors/types';
import type { Header } from './world/world';
import type { RecordId } from './ids';

export interface CreateTopic {
  readonly type: 'createTopic';
  readonly topic: string;
  readonly partitions?: number;
  readonly replicationFactor?: number;
  /**
   * Replicas per partition, the preferred leader first (kafka-topics --replica-assignment). Used
   * instead of placement; partitions and replicationFactor must then be left out, as Kafka wants.
   */
  readonly assignment?: readonly (readonly number[])[];
  /** Topic configs by Kafka name, e.g. { 'retention.ms': '60000' }. */
  readonly config?: Readonly<Record<string, string>>;
}

export interface DeleteTopic {
  readonly type: 'deleteTopic';
  readonly topic: string;
}

export interface AddPartitions {
  readonly type: 'addPartitions';
  readonly topic: string;
  /** The new total, as kafka-topics --alter --partitions takes it. */
  readonly partitions: number;
}

export interface AlterTopicConfig {
  readonly type: 'alterTopicConfig';
  readonly topic: string;
  readonly set?: Readonly<Record<string, string>>;
  readonly delete?: readonly string[];
}

/** How a producer places keyless records: Kafka's default since 2.4, or what the notes teach. */
export type KeylessPartitioning = 'sticky' | 'round-robin';

export interface ProducerSettings {
  readonly acks?: '0' | '1' | 'all';
  readonly 'delivery.timeout.ms'?: number;
  readonly 'request.timeout.ms'?: number;
  readonly retries?: number;
  readonly 'batch.size'?: number;
  readonly 'linger.ms'?: number;
  readonly 'enable.idempotence'?: boolean;
  readonly partitioner?: KeylessPartitioning;
}

export interface CreateProducer {
  readonly type: 'createProducer';
  readonly producer?: string;
  readonly config?: ProducerSettings;
}

export interface Produce {
  readonly type: 'produce';
  readonly topic: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers?: readonly Header[];
  /** An explicit partition, which wins over the key. */
  readonly partition?: number;
  /** The producer's client id; a producer with default settings is created on first use. */
  readonly producer?: string;
}

/** KafkaProducer.flush() (and close()): waiting batches go now, without waiting out linger.ms. */
export interface FlushProducer {
  readonly type: 'flushProducer';
  readonly producer: string;
}

/**
 * When a consumer commits: Kafka's auto-commit; or by hand after processing each batch
 * (at-least-once); or by hand before processing it (at-most-once); or never.
 */
export type CommitMode = 'auto' | 'after-processing' | 'before-processing' | 'none';

export interface ConsumerSettings {
  readonly 'group.instance.id'?: string;
  readonly 'session.timeout.ms'?: number;
  readonly 'heartbeat.interval.ms'?: number;
  readonly 'max.poll.interval.ms'?: number;
  readonly 'max.poll.records'?: number;
  readonly 'auto.offset.reset'?: 'earliest' | 'latest' | 'none';
  readonly 'auto.commit.interval.ms'?: number;
  readonly 'partition.assignment.strategy'?: readonly AssignorName[];
  readonly 'fetch.max.wait.ms'?: number;
}

export interface StartConsumer {
  readonly type: 'startConsumer';
  /** The engine's name for the client; Kafka's form (consumer-<group>-<n>) when absent. */
  readonly consumer?: string;
  /** client.id, if it differs from the engine's name (console consumers all use console-consumer). */
  readonly clientId?: string;
  readonly group?: string;
  /** subscribe(topics): partitions come from the group. */
  readonly topics?: readonly string[];
  /** assign(partitions): no group membership; needs no group (or commits to one without joining). */
  readonly assign?: readonly TopicPartition[];
  readonly config?: ConsumerSettings;
  readonly commit?: CommitMode;
  /** Virtual time spent on each record before the next poll (a simplification). */
  readonly processingMsPerRecord?: number;
}

export interface StopConsumer {
  readonly type: 'stopConsumer';
  readonly consumer: string;
  /** close(): commit and leave the group now; crash: just stop, found by the session timeout. */
  readonly how: 'close' | 'crash';
}

export interface Seek {
  readonly type: 'seek';
  readonly consumer: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: number | 'beginning' | 'end';
}

export interface CommitSync {
  readonly type: 'commit';
  readonly consumer: string;
}

/** Faults no Kafka tool causes: the simulator's own (`sim broker …`). */
export interface BrokerFault {
  readonly type: 'brokerFault';
  readonly broker: number;
  /** stop: controlled shutdown; kill: crash; isolate/reconnect: network partition; slow: a lagging follower. */
  readonly fault: 'stop' | 'kill' | 'start' | 'isolate' | 'reconnect' | 'slow';
  readonly fetchDelayMs?: number;
}

/** Stopping or starting a KRaft controller or a ZooKeeper server (`sim controller …`, `sim zookeeper …`). */
export interface QuorumFault {
  readonly type: 'quorumFault';
  readonly node: number;
  readonly fault: 'stop' | 'start';
}

/** kafka-leader-election --election-type preferred|unclean. */
export interface ElectLeaders {
  readonly type: 'electLeaders';
  readonly election: 'preferred' | 'unclean';
  readonly topic?: string;
  readonly partition?: number;
}

/** An offset an operator sets for a group (kafka-consumer-groups --reset-offsets --execute). */
export interface GroupOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}

/**
 * Admin OffsetCommit (AlterConsumerGroupOffsets): commit records written for the group as a
 * consumer's commit would write them. Refused while the group has members; an unknown group is
 * created, Empty, holding just these offsets.
 */
export interface ResetGroupOffsets {
  readonly type: 'resetGroupOffsets';
  readonly group: string;
  readonly offsets: readonly GroupOffset[];
}

/** DeleteGroups: an Empty group's offsets and metadata are tombstoned and the group is gone. */
export interface DeleteGroup {
  readonly type: 'deleteGroup';
  readonly group: string;
}

/** OffsetDelete (kafka-consumer-groups --delete-offsets): some of a group's committed offsets. */
export interface DeleteGroupOffsets {
  readonly type: 'deleteGroupOffsets';
  readonly group: string;
  readonly partitions: readonly TopicPartition[];
}

/** What OffsetDelete answers for one partition. */
export type OffsetDeleteError = 'NONE' | 'GROUP_SUBSCRIBED_TO_TOPIC' | 'UNKNOWN_TOPIC_OR_PARTITION';

/**
 * A steady stream of records from one producer (the simulator's own load generator, as an
 * application producing in a loop would): `recordsPerSecond` 0 stops it.
 */
export interface SetLoad {
  readonly type: 'setLoad';
  readonly producer: string;
  readonly topic: string;
  readonly recordsPerSecond: number;
  /** Keys key-0 … key-(n-1) in turn; 0: no keys. */
  readonly keys?: number;
  /** What the keys are called before their number: `truck-` makes truck-0 … truck-9. */
  readonly keyPrefix?: string;
  /** What the values look like: the notes' order events (the default), GPS reports, log lines or clicks. */
  readonly values?: LoadValues;
}

/**
 * order: {"order_id":…,"user_id":…,"status":"placed"}; gps: {"truck_id":…,"lat":…,"lon":…};
 * log: {"level":"INFO","message":…,"timestamp":…}; click: {"user_id":…,"event":"click","page":…,"timestamp":…}.
 * The timestamps are virtual time from 2024-01-01T00:00:00Z.
 */
export type LoadValues = 'order' | 'gps' | 'log' | 'click';

/**
 * A running consumer's processing time per record changes (the application got slower or faster,
 * `sim consumer slow`). The batch in hand finishes at the new pace. A batch that then takes longer
 * than max.poll.interval.ms gets the member thrown out of its group, as Kafka does.
 */
export interface SetProcessingTime {
  readonly type: 'setProcessingTime';
  readonly consumer: string;
  /** Virtual ms per record, a whole number ≥ 0 (0: as fast as the records come). */
  readonly processingMsPerRecord: number;
}

export type SimCommand =
  | SetLoad
  | BrokerFault
  | QuorumFault
  | ElectLeaders
  | CreateTopic
  | DeleteTopic
  | AddPartitions
  | AlterTopicConfig
  | CreateProducer
  | Produce
  | FlushProducer
  | StartConsumer
  | StopConsumer
  | SetProcessingTime
  | Seek
  | CommitSync
  | ResetGroupOffsets
  | DeleteGroup
  | DeleteGroupOffsets;

export interface CommandOutcome {
  readonly setLoad: { readonly producer: string; readonly recordsPerSecond: number };
  readonly brokerFault: { readonly broker: number };
  readonly electLeaders: { readonly elected: number };
  readonly quorumFault: { readonly node: number };
  readonly createTopic: { readonly topic: string };
  readonly deleteTopic: { readonly topic: string };
  readonly addPartitions: { readonly topic: string; readonly partitions: number };
  readonly alterTopicConfig: { readonly topic: string };
  readonly createProducer: { readonly producer: string };
  readonly produce: { readonly recordId: RecordId; readonly partition: number };
  readonly flushProducer: { readonly producer: string };
  readonly startConsumer: { readonly consumer: string };
  readonly stopConsumer: { readonly consumer: string };
  readonly setProcessingTime: { readonly consumer: string; readonly processingMsPerRecord: number };
  readonly seek: { readonly consumer: string };
  readonly commit: { readonly consumer: string };
  readonly resetGroupOffsets: { readonly group: string; readonly offsetsPartition: number };
  readonly deleteGroup: { readonly group: string; readonly offsetsPartition: number };
  readonly deleteGroupOffsets: {
    readonly group: string;
    readonly partitions: readonly (TopicPartition & { readonly error: OffsetDeleteError })[];
  };
}
