// Everything the engine does is told as a typed event: the stage animates them, lessons wait on
// them and the log narrates them. `seq` orders events that share a virtual time.
import type { BrokerId, PartitionId, RecordId, SimTimeMs } from './ids';
import type { TopicPartition } from './kernels/assignors/types';

interface EventBase {
  readonly seq: number;
  readonly at: SimTimeMs;
}

type Ev<T extends string, P> = EventBase & { readonly type: T } & Readonly<P>;

/** Events of topics, records, clients and groups. */
export type DataEvent =
  | Ev<'broker.registered', { broker: BrokerId; host: string; port: number }>
  | Ev<
      'topic.created',
      {
        topic: string;
        partitions: number;
        replicationFactor: number;
        /** Replicas per partition, the preferred leader first. */
        assignment: readonly (readonly BrokerId[])[];
        internal: boolean;
      }
    >
  | Ev<'topic.deleted', { topic: string }>
  | Ev<
      'partitions.added',
      { topic: string; from: number; to: number; assignment: readonly (readonly BrokerId[])[] }
    >
  | Ev<'topic.configChanged', { topic: string; config: string; value: string | null }>
  | Ev<
      'record.sent',
      {
        recordId: RecordId;
        producer: string;
        topic: string;
        partition: PartitionId;
        key: string | null;
        value: string | null;
        /** How the partition was chosen. */
        partitionedBy: 'key' | 'explicit' | 'round-robin' | 'sticky';
      }
    >
  | Ev<
      'batch.sent',
      {
        producer: string;
        topic: string;
        partition: PartitionId;
        leader: BrokerId;
        recordIds: readonly RecordId[];
        /** 1 for the first try; more for retries. */
        attempt: number;
      }
    >
  | Ev<
      'records.appended',
      {
        topic: string;
        partition: PartitionId;
        broker: BrokerId;
        baseOffset: number;
        records: readonly {
          readonly recordId: RecordId;
          readonly offset: number;
          readonly key: string | null;
        }[];
        /** Records of this batch the log already had: a retry written twice (no idempotence). */
        duplicates: number;
      }
    >
  | Ev<
      'records.acknowledged',
      {
        producer: string;
        topic: string;
        partition: PartitionId;
        baseOffset: number;
        recordIds: readonly RecordId[];
      }
    >
  | Ev<
      'produce.failed',
      {
        producer: string;
        topic: string;
        recordIds: readonly RecordId[];
        error: string;
        message: string;
      }
    >
  | Ev<
      'segment.rolled',
      {
        topic: string;
        partition: PartitionId;
        broker: BrokerId;
        closedBaseOffset: number;
        newBaseOffset: number;
      }
    >
  | Ev<
      'segment.deleted',
      {
        topic: string;
        partition: PartitionId;
        baseOffset: number;
        lastOffset: number;
        records: number;
        reason: 'retention.ms' | 'retention.bytes';
        logStartOffset: number;
      }
    >
  | Ev<'consumer.started', { consumer: string; group: string | null; topics: readonly string[] }>
  | Ev<
      'records.fetched',
      {
        consumer: string;
        group: string | null;
        topic: string;
        partition: PartitionId;
        fromOffset: number;
        /** Offsets fetched, in order (contiguous unless retention removed some). */
        count: number;
        recordIds: readonly RecordId[];
      }
    >
  | Ev<
      'records.processed',
      {
        consumer: string;
        group: string | null;
        topic: string;
        partition: PartitionId;
        fromOffset: number;
        toOffset: number;
        count: number;
      }
    >
  | Ev<
      'offset.reset',
      {
        consumer: string;
        topic: string;
        partition: PartitionId;
        from: number | null;
        to: number;
        policy: string;
      }
    >
  | Ev<
      'offsets.committed',
      {
        group: string;
        consumer: string;
        /** The committed offset is the next offset to read. */
        offsets: readonly (TopicPartition & { readonly offset: number })[];
        /** The __consumer_offsets partition the commit records went to. */
        offsetsPartition: number;
        auto: boolean;
      }
    >
  | Ev<'commit.failed', { group: string; consumer: string; error: string; message: string }>
  | Ev<'consumer.closed', { consumer: string; group: string | null }>
  | Ev<
      'consumer.failed',
      { consumer: string; group: string | null; error: string; message: string }
    >
  | Ev<'consumer.crashed', { consumer: string; group: string | null }>
  | Ev<
      'member.joined',
      { group: string; memberId: string; consumer: string; groupInstanceId: string | null }
    >
  | Ev<'member.left', { group: string; memberId: string; reason: string }>
  | Ev<
      'member.expired',
      {
        group: string;
        memberId: string;
        reason: 'session.timeout.ms' | 'max.poll.interval.ms' | 'rebalance timeout';
      }
    >
  | Ev<'rebalance.started', { group: string; generation: number; reason: string }>
  | Ev<
      'partitions.revoked',
      { group: string; consumer: string; memberId: string; partitions: readonly TopicPartition[] }
    >
  /** The client learnt it is no longer in the group: its partitions are gone, nothing is committed. */
  | Ev<
      'partitions.lost',
      { group: string; consumer: string; memberId: string; partitions: readonly TopicPartition[] }
    >
  | Ev<
      'partitions.assigned',
      {
        group: string;
        consumer: string;
        memberId: string;
        partitions: readonly TopicPartition[];
        generation: number;
      }
    >
  | Ev<
      'group.stable',
      {
        group: string;
        generation: number;
        protocol: string;
        leader: string;
        assignment: Readonly<Record<string, readonly TopicPartition[]>>;
      }
    >
  | Ev<'group.empty', { group: string; generation: number }>
  /** An operator set the group's offsets (kafka-consumer-groups --reset-offsets --execute). */
  | Ev<
      'group.offsetsReset',
      {
        group: string;
        offsets: readonly (TopicPartition & { readonly offset: number })[];
        /** The __consumer_offsets partition the commit records went to. */
        offsetsPartition: number;
      }
    >
  /** Some committed offsets removed (kafka-consumer-groups --delete-offsets): tombstones written. */
  | Ev<
      'group.offsetsDeleted',
      { group: string; partitions: readonly TopicPartition[]; offsetsPartition: number }
    >
  /** The group is gone (kafka-consumer-groups --delete): its offsets and metadata tombstoned. */
  | Ev<'group.deleted', { group: string; offsetsPartition: number; offsetsRemoved: number }>;

type Lost = readonly {
  readonly recordId: RecordId;
  readonly offset: number;
  readonly key: string | null;
  readonly committed: boolean;
}[];

/** Events of brokers, the controller and replication. */
export type ClusterEvent =
  | Ev<'broker.stopping', { broker: BrokerId }>
  | Ev<'broker.stopped', { broker: BrokerId; how: 'controlled shutdown' | 'crash' }>
  | Ev<'broker.started', { broker: BrokerId }>
  | Ev<'broker.fenced', { broker: BrokerId; reason: string }>
  | Ev<'broker.unfenced', { broker: BrokerId }>
  | Ev<'broker.isolated', { broker: BrokerId }>
  | Ev<'broker.reconnected', { broker: BrokerId }>
  | Ev<'broker.slowed', { broker: BrokerId; fetchDelayMs: number }>
  | Ev<
      'controller.elected',
      { controller: number | null; epoch: number; mode: 'kraft' | 'zookeeper' }
    >
  | Ev<'quorum.changed', { node: number; up: boolean; mode: 'kraft' | 'zookeeper' }>
  | Ev<
      'leader.elected',
      {
        topic: string;
        partition: PartitionId;
        /** null: no replica may lead ("Leader: none"). */
        leader: BrokerId | null;
        previous: BrokerId | null;
        epoch: number;
        isr: readonly BrokerId[];
        unclean: boolean;
        reason: string;
        /** Records the old leader had that the new one lacks: they will be truncated away. */
        lost: Lost;
      }
    >
  | Ev<
      'isr.shrunk',
      {
        topic: string;
        partition: PartitionId;
        broker: BrokerId;
        isr: readonly BrokerId[];
        reason: string;
      }
    >
  | Ev<
      'isr.expanded',
      { topic: string; partition: PartitionId; broker: BrokerId; isr: readonly BrokerId[] }
    >
  | Ev<
      'records.replicated',
      { topic: string; partition: PartitionId; broker: BrokerId; fromOffset: number; count: number }
    >
  | Ev<'highWatermark.advanced', { topic: string; partition: PartitionId; highWatermark: number }>
  | Ev<
      'records.truncated',
      {
        topic: string;
        partition: PartitionId;
        broker: BrokerId;
        fromOffset: number;
        records: readonly {
          readonly recordId: RecordId;
          readonly offset: number;
          readonly key: string | null;
        }[];
      }
    >
  | Ev<
      'produce.retrying',
      {
        producer: string;
        topic: string;
        partition: PartitionId;
        recordIds: readonly RecordId[];
        error: string;
        attempt: number;
      }
    >
  | Ev<
      'produce.rejected',
      { producer: string; topic: string; partition: PartitionId; error: string; message: string }
    >
  | Ev<
      'produce.deduplicated',
      { producer: string; topic: string; partition: PartitionId; baseOffset: number; count: number }
    >
  | Ev<'coordinator.moved', { group: string; from: BrokerId | null; to: BrokerId | null }>;

export type SimEvent = DataEvent | ClusterEvent;
export type SimEventType = SimEvent['type'];
export type EventOf<T extends SimEventType> = Extract<SimEvent, { type: T }>;

/** An event before the engine stamps it with its sequence number and time. */
export type UnstampedEvent = SimEvent extends infer E
  ? E extends SimEvent
    ? Omit<E, 'seq' | 'at'>
    : never
  : never;
