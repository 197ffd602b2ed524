// Inputs and outputs of the classic consumer-group partition assignors (the ones a group leader
// runs client-side: range, roundrobin, sticky, cooperative-sticky).

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

/** One member's JoinGroup subscription, as the leader sees it. */
export interface MemberSubscription {
  /** e.g. 'consumer-my-group-1-<uuid>'. */
  readonly memberId: string;
  /** group.instance.id of a static member; absent or null for a dynamic one. */
  readonly groupInstanceId?: string | null;
  /** Subscribed topics; treated as a set (Kafka sends a set). */
  readonly topics: readonly string[];
  /**
   * Partitions the member owned before this rebalance (sticky assignors only). For the eager
   * "sticky" assignor Kafka reads them from the user data it encoded; for "cooperative-sticky"
   * from the subscription's ownedPartitions. Both arrive here.
   */
  readonly ownedPartitions?: readonly TopicPartition[];
  /** Generation those partitions belong to; absent or negative means "no generation". */
  readonly generation?: number;
  /** client.rack. Kept for the record; rack-aware assignment is not modelled. */
  readonly rackId?: string | null;
}

/** memberId -> partitions; every member is present, lists sorted by topic then partition. */
export type Assignment = Record<string, TopicPartition[]>;

/**
 * partitionsPerTopic: partition counts from the leader's metadata. Topics nobody subscribes to
 * and topics with no partitions are ignored, as AbstractPartitionAssignor does.
 *
 * members: in the order the leader inserted them into its subscriptions HashMap (the JoinGroup
 * response order). Only the sticky assignors can notice it, through Java's HashMap order.
 */
export type Assignor = (
  partitionsPerTopic: Readonly<Record<string, number>>,
  members: readonly MemberSubscription[],
) => Assignment;

/** ConsumerPartitionAssignor.RebalanceProtocol. */
export type RebalanceProtocol = 'EAGER' | 'COOPERATIVE';

/** The assignors' protocol names, as they travel in JoinGroup. */
export type AssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';
