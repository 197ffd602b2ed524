// Replica placement without racks as the ZooKeeper-era AdminUtils#assignReplicasToBrokers does
// it: a random start broker takes partition 0's leader and the leaders go round the brokers; each
// follower sits a shift away from its leader, and the shift grows by one each time the leaders
// have gone all the way round, so followers spread too.
import { fail, ok, type Result } from '../errors';
import type { BrokerId } from '../ids';

export interface PlacementRandom {
  /** An integer in [0, bound). */
  nextInt(bound: number): number;
}

/**
 * AdminUtils#assignReplicasToBrokers with its checks, for brokers without racks. The brokers are
 * used in the order given (Kafka takes them as its caller lists them).
 */
export function assignReplicasRackUnaware(
  brokers: readonly BrokerId[],
  partitions: number,
  replicationFactor: number,
  random: PlacementRandom,
  fixedStartIndex = -1,
  startPartitionId = -1,
): Result<BrokerId[][]> {
  if (partitions <= 0)
    return fail('InvalidPartitionsException', 'Number of partitions must be larger than 0.');
  if (replicationFactor <= 0)
    return fail('InvalidReplicationFactorException', 'Replication factor must be larger than 0.');
  if (replicationFactor > brokers.length)
    return fail(
      'InvalidReplicationFactorException',
      `Replication factor: ${replicationFactor} larger than available brokers: ${brokers.length}.`,
    );
  return ok(
    placeReplicasRackUnaware(
      brokers,
      partitions,
      replicationFactor,
      random,
      fixedStartIndex,
      startPartitionId,
    ),
  );
}

/**
 * The placement itself, unchecked: the caller has made sure that 0 < replicationFactor <=
 * brokers.length and partitions > 0. Entry i is partition max(0, startPartitionId) + i; the
 * first broker of each entry is its preferred leader. Without a fixed start index it draws twice
 * (start index, then replica shift), as Kafka does.
 */
export function placeReplicasRackUnaware(
  brokers: readonly BrokerId[],
  partitions: number,
  replicationFactor: number,
  random: PlacementRandom,
  fixedStartIndex = -1,
  startPartitionId = -1,
): BrokerId[][] {
  const n = brokers.length;
  const startIndex = fixedStartIndex >= 0 ? fixedStartIndex : random.nextInt(n);
  let currentPartitionId = Math.max(0, startPartitionId);
  let nextReplicaShift = fixedStartIndex >= 0 ? fixedStartIndex : random.nextInt(n);
  const plan: BrokerId[][] = [];
  for (let i = 0; i < partitions; i++) {
    if (currentPartitionId > 0 && currentPartitionId % n === 0) nextReplicaShift += 1;
    const firstReplicaIndex = (currentPartitionId + startIndex) % n;
    const replicas: BrokerId[] = [brokers[firstReplicaIndex]!];
    for (let j = 0; j < replicationFactor - 1; j++) {
      replicas.push(brokers[followerIndex(firstReplicaIndex, nextReplicaShift, j, n)]!);
    }
    plan.push(replicas);
    currentPartitionId += 1;
  }
  return plan;
}

// The shift is 1..n-1, never 0, so a follower never lands on its own leader.
function followerIndex(first: number, secondReplicaShift: number, follower: number, n: number) {
  const shift = 1 + ((secondReplicaShift + follower) % (n - 1));
  return (first + shift) % n;
}
