// Work due at a later virtual time: requests and responses on the wire, timers of clients and
// of the group coordinator. Tasks are plain data, so the future can be copied with the world.
import type { NewRecord } from '../cluster/partitionLog';
import type { AssignorName } from '../kernels/assignors/types';
import type { BrokerId } from '../ids';
import type { LogRecord, TopicPartition } from './world';

/** A task addressed to a client carries the client's epoch: after a crash it is dropped. */
interface ToConsumer {
  readonly consumer: string;
  readonly epoch: number;
}

/** A group request from a member names who sent it and the generation it believes in. */
interface FromMember extends ToConsumer {
  readonly group: string;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly generation: number;
}

export interface JoinRequest {
  readonly consumer: string;
  /** The client's client.id, which member ids are made from (several clients may share one). */
  readonly clientId: string;
  readonly epoch: number;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly protocols: readonly AssignorName[];
  readonly topics: readonly string[];
  readonly ownedPartitions: readonly TopicPartition[];
  readonly generation: number;
  readonly sessionTimeoutMs: number;
  readonly rebalanceTimeoutMs: number;
}

export interface JoinResponse {
  readonly error:
    | 'NONE'
    | 'MEMBER_ID_REQUIRED'
    | 'UNKNOWN_MEMBER_ID'
    | 'FENCED_INSTANCE_ID'
    | 'INCONSISTENT_GROUP_PROTOCOL';
  readonly memberId: string;
  readonly generation: number;
  readonly protocol: AssignorName | null;
  readonly leaderId: string;
  /** Only for the leader: every member's subscription, in join order. */
  readonly members: readonly {
    readonly memberId: string;
    readonly groupInstanceId: string | null;
    readonly topics: readonly string[];
    readonly ownedPartitions: readonly TopicPartition[];
    readonly generation: number;
  }[];
}

/** Produce errors a producer can get back (all of them retriable). */
export type ProduceError =
  | 'NONE'
  | 'NOT_LEADER_OR_FOLLOWER'
  | 'NOT_ENOUGH_REPLICAS'
  | 'NOT_ENOUGH_REPLICAS_AFTER_APPEND'
  | 'OUT_OF_ORDER_SEQUENCE_NUMBER'
  | 'NETWORK_EXCEPTION'
  | 'UNKNOWN_TOPIC_OR_PARTITION';

export type GroupError =
  | 'NONE'
  | 'REBALANCE_IN_PROGRESS'
  | 'UNKNOWN_MEMBER_ID'
  | 'ILLEGAL_GENERATION'
  | 'FENCED_INSTANCE_ID';

export type Task =
  | { readonly kind: 'producerDrain'; readonly producer: string }
  | {
      readonly kind: 'produceArrive';
      readonly producer: string;
      readonly requestId: number;
      readonly broker: BrokerId;
      readonly topic: string;
      readonly partition: number;
      readonly records: readonly NewRecord[];
      readonly acks: '0' | '1' | 'all';
      /** Idempotence: the producer id and the batch's first sequence number (null when off). */
      readonly idempotent: { readonly producerId: string; readonly baseSequence: number } | null;
    }
  | {
      readonly kind: 'produceResponse';
      readonly producer: string;
      readonly requestId: number;
      readonly error: ProduceError;
      readonly baseOffset: number;
    }
  | {
      readonly kind: 'produceTimeout';
      readonly producer: string;
    }
  | { readonly kind: 'produceRetry'; readonly producer: string; readonly requestId: number }
  | {
      readonly kind: 'replicaFetch';
      readonly follower: BrokerId;
      readonly leader: BrokerId;
      readonly epoch: number;
    }
  | {
      readonly kind: 'replicaFetchArrive';
      readonly fetchId: number;
      readonly follower: BrokerId;
      readonly leader: BrokerId;
      readonly epoch: number;
      readonly partitions: readonly (TopicPartition & { readonly fetchOffset: number })[];
    }
  | { readonly kind: 'replicaFetchWaitExpired'; readonly fetchId: number }
  | {
      readonly kind: 'replicaFetchResponse';
      readonly follower: BrokerId;
      readonly leader: BrokerId;
      readonly epoch: number;
      readonly data: readonly (TopicPartition & {
        readonly records: readonly LogRecord[];
        readonly fetchOffset: number;
        readonly leaderHighWatermark: number;
        /** The follower's log disagrees with the leader's from here: truncate first. */
        readonly truncateTo: number | null;
      })[];
    }
  | { readonly kind: 'brokerHeartbeats' }
  | { readonly kind: 'isrCheck' }
  | { readonly kind: 'leaderRebalance' }
  | { readonly kind: 'controllerElection'; readonly epoch: number }
  | ({ readonly kind: 'consumerPoll' } & ToConsumer)
  | ({
      readonly kind: 'fetchArrive';
      readonly fetchId: number;
      readonly partitions: readonly (TopicPartition & { readonly offset: number })[];
      /** fetch.max.bytes and max.partition.fetch.bytes. */
      readonly maxBytes: number;
      readonly maxPartitionBytes: number;
      readonly maxWaitMs: number;
    } & ToConsumer)
  | ({ readonly kind: 'fetchWaitExpired'; readonly fetchId: number } & ToConsumer)
  | ({
      readonly kind: 'fetchResponse';
      readonly fetchId: number;
      readonly data: readonly (TopicPartition & {
        readonly records: readonly LogRecord[];
      })[];
      /** Partitions whose requested offset is out of range, with the log's bounds. */
      readonly outOfRange: readonly (TopicPartition & {
        readonly logStartOffset: number;
        readonly logEndOffset: number;
      })[];
    } & ToConsumer)
  | ({ readonly kind: 'processingDone'; readonly seq: number } & ToConsumer)
  | ({ readonly kind: 'heartbeatTimer'; readonly seq: number } & ToConsumer)
  | ({ readonly kind: 'autoCommitTimer' } & ToConsumer)
  | ({ readonly kind: 'pollIntervalCheck' } & ToConsumer)
  | { readonly kind: 'joinArrive'; readonly group: string; readonly request: JoinRequest }
  | ({ readonly kind: 'joinResponse'; readonly response: JoinResponse } & ToConsumer)
  | ({
      readonly kind: 'syncArrive';
      readonly assignment: Readonly<Record<string, readonly TopicPartition[]>> | null;
    } & FromMember)
  | ({
      readonly kind: 'syncResponse';
      readonly error: GroupError;
      readonly generation: number;
      readonly assignment: readonly TopicPartition[];
    } & ToConsumer)
  | ({ readonly kind: 'heartbeatArrive' } & FromMember)
  | ({ readonly kind: 'heartbeatResponse'; readonly error: GroupError } & ToConsumer)
  | {
      readonly kind: 'leaveArrive';
      readonly group: string;
      readonly memberId: string;
      readonly groupInstanceId: string | null;
      readonly reason: string;
    }
  | ({
      readonly kind: 'commitArrive';
      readonly offsets: readonly (TopicPartition & { readonly offset: number })[];
      readonly auto: boolean;
    } & FromMember)
  | ({ readonly kind: 'commitResponse'; readonly error: GroupError } & ToConsumer)
  | { readonly kind: 'sessionCheck'; readonly group: string; readonly memberId: string }
  | { readonly kind: 'joinDeadline'; readonly group: string; readonly round: number }
  | { readonly kind: 'retentionCheck' }
  | { readonly kind: 'loadTick'; readonly producer: string; readonly epoch: number };

export type TaskKind = Task['kind'];
export type TaskOf<K extends TaskKind> = Extract<Task, { kind: K }>;
