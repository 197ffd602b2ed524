import type { CommitMode } from '../commands';
import type { AssignorName } from '../kernels/assignors/types';
import type { LogRecord, TopicPartition } from '../world/world';

export interface ConsumerConfig {
  readonly groupInstanceId: string | null;
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly maxPollIntervalMs: number;
  readonly maxPollRecords: number;
  readonly autoOffsetReset: 'earliest' | 'latest' | 'none';
  readonly autoCommitIntervalMs: number;
  readonly assignors: readonly AssignorName[];
  readonly fetchMaxWaitMs: number;
  readonly commit: CommitMode;
  readonly processingMsPerRecord: number;
}

/**
 * A consumer client. `epoch` grows when the client stops, so tasks scheduled for an earlier life
 * of it are recognised and dropped.
 */
export interface ConsumerClient {
  /** The engine's name for this client (unique). */
  readonly clientId: string;
  /** client.id as Kafka knows it (console consumers all say console-consumer). */
  readonly kafkaClientId: string;
  readonly groupId: string | null;
  /** Replaced, never changed in place (setProcessingTime gives it a new processing time). */
  config: ConsumerConfig;
  /** subscribe(): topics; assign(): null. */
  readonly subscription: readonly string[] | null;
  status: 'running' | 'closed' | 'crashed';
  epoch: number;
  /** Group membership, as the client knows it. */
  memberId: string;
  generation: number;
  joinState: 'none' | 'joining' | 'syncing' | 'stable';
  /** The rebalance protocol this client uses, from its assignors. */
  readonly protocol: 'EAGER' | 'COOPERATIVE';
  /** Partitions it owns now. */
  assignment: TopicPartition[];
  /** Next offset to fetch, per partition key. */
  readonly positions: Map<string, number>;
  /** Offsets consumed and processed but maybe not committed, per partition key. */
  readonly processed: Map<string, number>;
  /** The poll loop: waiting for its next poll, inside a poll waiting for data, or processing. */
  busy: 'idle' | 'poll-scheduled' | 'waiting' | 'processing';
  /** A fetch request is out: the fetcher sends the next one only when it is back. */
  fetchInFlight: boolean;
  /** Records fetched but not yet returned by poll(), per partition (the fetcher's buffer). */
  readonly buffer: Map<string, LogRecord[]>;
  /** Records handed over by the last poll, being processed. */
  inHand: { topic: string; partition: number; from: number; to: number; count: number }[];
  /** The batch being processed: its number (older processingDone tasks are stale) and its end. */
  processingSeq: number;
  processingDoneAt: number;
  lastPollAt: number;
  pollSeq: number;
  /**
   * The epoch whose max.poll.interval.ms timer is pending, if one is: one timer per client that
   * re-arms itself from the last poll (a timer per poll would pile up hundreds of thousands).
   */
  pollCheckEpoch: number | null;
  /** Set when the coordinator told it to rejoin, or its own assignment asks for another round. */
  rejoinNeeded: boolean;
  /** The heartbeat timer's generation: a restarted timer makes the old one's ticks stale. */
  heartbeatSeq: number;
  nextAutoCommitAt: number;
  /** Where the next fetch starts among the assigned partitions, so all get their turn. */
  fetchRotation: number;
  /** As the group's leader: the partition counts it last assigned from (a change means rejoin). */
  assignedMetadata: Record<string, number> | null;
  /** When the client next refreshes its metadata (metadata.max.age.ms). */
  nextMetadataRefreshAt: number;
  /** The assignment and generation it had before revoking (the sticky assignors' user data). */
  previousAssignment: TopicPartition[];
  previousGeneration: number;
}
