// AbstractStickyAssignor.PartitionMovements: remembers, per topic, which partitions moved from
// which member to which during one general assignment, so that a move back (B -> A after
// A -> B) takes the partition that came from A rather than one A never had.
import { JavaHashSet, topicPartitionHash } from './javaHash';
import { tpKey } from './shared';
import type { TopicPartition } from './types';

interface Move {
  readonly src: string;
  readonly dst: string;
}

const pairKey = (src: string, dst: string) => JSON.stringify([src, dst]);

const newPartitionSet = () =>
  new JavaHashSet<TopicPartition>(tpKey, (p) => topicPartitionHash(p.topic, p.partition));

export class PartitionMovements {
  private readonly byTopic = new Map<string, Map<string, JavaHashSet<TopicPartition>>>();
  private readonly moves = new Map<string, Move>();

  /** getTheActualPartitionToBeMoved. */
  partitionToMove(partition: TopicPartition, oldOwner: string, newOwner: string): TopicPartition {
    const pairs = this.byTopic.get(partition.topic);
    if (!pairs) return partition;
    // A partition that already moved is treated as still sitting with its original owner.
    const origin = this.moves.get(tpKey(partition))?.src ?? oldOwner;
    // Kafka takes the first element of a HashSet here, so Java's set order decides.
    return pairs.get(pairKey(newOwner, origin))?.first() ?? partition;
  }

  movePartition(partition: TopicPartition, oldOwner: string, newOwner: string): void {
    const existing = this.moves.get(tpKey(partition));
    if (!existing) {
      this.record(partition, { src: oldOwner, dst: newOwner });
      return;
    }
    this.forget(partition, existing);
    // Moving back to where it started cancels the record.
    if (existing.src !== newOwner) this.record(partition, { src: existing.src, dst: newOwner });
  }

  private record(partition: TopicPartition, move: Move): void {
    this.moves.set(tpKey(partition), move);
    let pairs = this.byTopic.get(partition.topic);
    if (!pairs) {
      pairs = new Map();
      this.byTopic.set(partition.topic, pairs);
    }
    const key = pairKey(move.src, move.dst);
    let set = pairs.get(key);
    if (!set) {
      set = newPartitionSet();
      pairs.set(key, set);
    }
    set.add(partition);
  }

  private forget(partition: TopicPartition, move: Move): void {
    this.moves.delete(tpKey(partition));
    const pairs = this.byTopic.get(partition.topic);
    const key = pairKey(move.src, move.dst);
    const set = pairs?.get(key);
    set?.delete(partition);
    if (set && set.size === 0) pairs?.delete(key);
    if (pairs && pairs.size === 0) this.byTopic.delete(partition.topic);
  }
}
