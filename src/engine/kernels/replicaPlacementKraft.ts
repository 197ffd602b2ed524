// Replica placement as the KRaft controller's StripedReplicaPlacer does it when no broker has a
// rack (so every broker sits in the one "null" rack). Unfenced and fenced brokers are kept in two
// sorted lists, each read round-robin from a random offset that moves one step per partition.
// Leaders come only from unfenced brokers; fenced ones fill followers only once the unfenced run
// out. After as many partitions as there are unfenced brokers, both lists are shuffled so the
// same replica sets don't repeat. Random draws happen where and as often as Kafka makes them, so
// the same sequence of ints gives Kafka's placement.
import { fail, ok, type Result } from '../errors';
import type { BrokerId } from '../ids';
import type { PlacementRandom } from './replicaPlacementZk';

/** A broker the controller may place on: registered and not in controlled shutdown. */
export interface UsableBroker {
  readonly id: BrokerId;
  readonly fenced: boolean;
}

/** StripedReplicaPlacer#place: one replica list per partition, preferred leader first. */
export function placeReplicasStriped(
  brokers: readonly UsableBroker[],
  partitions: number,
  replicationFactor: number,
  random: PlacementRandom,
): Result<BrokerId[][]> {
  // Kafka builds the rack list (drawing its offsets) before it checks anything.
  const rack = new StripedRack(brokers, random);
  // The placer checks in this order; the rack list's own place() checks in another.
  const error =
    nonPositive(replicationFactor) ??
    allFenced(rack.unfencedBrokers) ??
    tooFewBrokers(replicationFactor, rack.totalBrokers);
  if (error) return error;
  const plan: BrokerId[][] = [];
  for (let p = 0; p < partitions; p++) {
    const replicas = rack.place(replicationFactor);
    if (!replicas.ok) return replicas;
    plan.push(replicas.value);
  }
  return ok(plan);
}

/**
 * The message the controller answers CreateTopics with when placement fails
 * (ReplicationControlManager wraps the placer's message; CreatePartitions passes it unwrapped).
 */
export function createTopicsPlacementError<T>(
  replicationFactor: number,
  failed: Result<T>,
): Result<T> {
  if (failed.ok) return failed;
  return fail(
    failed.error.name,
    `Unable to replicate the partition ${replicationFactor} time(s): ${failed.error.message}`,
  );
}

/** StripedReplicaPlacer.RackList for a single rack: keeps its state from one place() to the next. */
export class StripedRack {
  readonly totalBrokers: number;
  readonly unfencedBrokers: number;
  private readonly unfenced = new BrokerList();
  private readonly fenced = new BrokerList();
  private epoch = 0;

  constructor(
    brokers: readonly UsableBroker[],
    private readonly random: PlacementRandom,
  ) {
    for (const b of brokers) (b.fenced ? this.fenced : this.unfenced).add(b.id);
    this.totalBrokers = brokers.length;
    this.unfencedBrokers = this.unfenced.size;
    if (brokers.length > 0) {
      this.fenced.initialize(random);
      this.unfenced.initialize(random);
      // The rack offset: always 0 with one rack, but Kafka still draws it.
      random.nextInt(1);
    }
  }

  /** RackList#place: the next partition's replicas. */
  place(replicationFactor: number): Result<BrokerId[]> {
    const error =
      nonPositive(replicationFactor) ??
      tooFewBrokers(replicationFactor, this.totalBrokers) ??
      allFenced(this.unfencedBrokers);
    if (error) return error;
    // A single unfenced broker never resets the epoch, or the loop below would never end.
    if (this.epoch === this.unfencedBrokers && this.unfencedBrokers > 1) {
      // Kafka shuffles the rack names first: one name, so no draw.
      this.fenced.shuffle(this.random);
      this.unfenced.shuffle(this.random);
      this.epoch = 0;
    }
    const leader = this.unfenced.next(this.epoch);
    if (leader === undefined) throw new Error('unreachable: an unfenced broker must lead');
    const replicas = [leader];
    while (replicas.length < replicationFactor) {
      const next = this.unfenced.next(this.epoch) ?? this.fenced.next(this.epoch);
      // Kafka would spin here forever; with a fixed replication factor it cannot happen.
      if (next === undefined) throw new Error('unreachable: brokers ran out within a partition');
      replicas.push(next);
    }
    this.epoch += 1;
    return ok(replicas);
  }
}

/** StripedReplicaPlacer.BrokerList: a list read round-robin, at most once per epoch. */
export class BrokerList {
  private readonly ids: BrokerId[] = [];
  /** How many were handed out in the current epoch. */
  private index = 0;
  private offset = 0;
  private epoch = 0;

  get size(): number {
    return this.ids.length;
  }

  add(id: BrokerId): this {
    this.ids.push(id);
    return this;
  }

  /** Sorts by id and draws the start offset; an empty list draws nothing. */
  initialize(random: PlacementRandom): void {
    if (this.ids.length === 0) return;
    this.ids.sort((a, b) => a - b);
    this.offset = random.nextInt(this.ids.length);
  }

  /** java.util.Collections#shuffle: swaps from the end, drawing nextInt(i) for i = size..2. */
  shuffle(random: PlacementRandom): void {
    for (let i = this.ids.length; i > 1; i--) {
      const j = random.nextInt(i);
      const last = this.ids[i - 1]!;
      this.ids[i - 1] = this.ids[j]!;
      this.ids[j] = last;
    }
  }

  /** The next broker in this epoch, or undefined once all were handed out (Kafka's -1). */
  next(epoch: number): BrokerId | undefined {
    const n = this.ids.length;
    if (n === 0) return undefined;
    // A new epoch starts one further along, so successive partitions get different leaders.
    if (this.epoch !== epoch) {
      this.epoch = epoch;
      this.index = 0;
      this.offset = (this.offset + 1) % n;
    }
    if (this.index >= n) return undefined;
    const id = this.ids[(this.index + this.offset) % n]!;
    this.index += 1;
    return id;
  }
}

type Failure = Result<never> | undefined;

function nonPositive(replicationFactor: number): Failure {
  if (replicationFactor > 0) return undefined;
  return fail(
    'InvalidReplicationFactorException',
    `Invalid replication factor ${replicationFactor}: the replication factor must be positive.`,
  );
}

function allFenced(unfencedBrokers: number): Failure {
  if (unfencedBrokers > 0) return undefined;
  return fail('InvalidReplicationFactorException', 'All brokers are currently fenced.');
}

function tooFewBrokers(replicationFactor: number, totalBrokers: number): Failure {
  if (replicationFactor <= totalBrokers) return undefined;
  return fail(
    'InvalidReplicationFactorException',
    `The target replication factor of ${replicationFactor} cannot be reached because only ` +
      `${totalBrokers} broker(s) are registered.`,
  );
}
