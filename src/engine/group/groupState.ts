import type { AssignorName } from '../kernels/assignors/types';
import type { TopicPartition } from '../world/world';

export type GroupPhase = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

export interface MemberState {
  readonly memberId: string;
  /** The engine's name for the client (where answers go). */
  readonly clientId: string;
  /** Its client.id, as kafka-consumer-groups shows it. */
  readonly kafkaClientId: string;
  /** Where answers go: the client and its epoch (answers to a dead client's epoch are dropped). */
  consumerEpoch: number;
  readonly groupInstanceId: string | null;
  readonly sessionTimeoutMs: number;
  readonly rebalanceTimeoutMs: number;
  /** What it sent in its last JoinGroup. */
  protocols: readonly AssignorName[];
  topics: readonly string[];
  ownedPartitions: readonly TopicPartition[];
  ownedGeneration: number;
  /** Joined in the current rebalance round. */
  joined: boolean;
  /** Waiting for a SyncGroup answer. */
  awaitingSync: boolean;
  assignment: TopicPartition[];
  lastHeartbeatAt: number;
  /** Order of joining: the leader is the first member to join. */
  joinOrder: number;
}

export interface CommittedOffset {
  readonly offset: number;
  readonly committedAt: number;
}

export interface GroupState {
  readonly groupId: string;
  phase: GroupPhase;
  generation: number;
  protocolName: AssignorName | null;
  leaderId: string | null;
  /** Members in the order they joined (Kafka keeps them in a LinkedHashMap). */
  readonly members: Map<string, MemberState>;
  readonly staticMembers: Map<string, string>;
  /** Member ids handed out but not yet rejoined with (KIP-394). */
  readonly pendingMembers: Set<string>;
  readonly offsets: Map<string, CommittedOffset & TopicPartition>;
  /** Bumps each time a rebalance starts, so stale deadline tasks are dropped. */
  round: number;
  /** When the current join window ends. */
  joinDeadline: number;
  /** While an empty group's first join phase waits for more members: the time left to extend it. */
  initialDelay: { remainingMs: number } | null;
  /** A brand-new member joined during this initial-delay window (only in generation 0, as Kafka). */
  newMemberAdded: boolean;
  rebalanceStartedAt: number;
  nextJoinOrder: number;
}
