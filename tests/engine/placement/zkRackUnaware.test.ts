// The ZooKeeper-era rack-unaware placement (AdminUtils#assignReplicasToBrokers), pinned to
// apache/kafka core/src/test/scala/unit/kafka/admin/AdminRackAwareTest.scala and to the checks in
// server-common/src/main/java/org/apache/kafka/admin/AdminUtils.java.
import { describe, expect, it } from 'vitest';
import { brokerId } from '../../../src/engine/ids';
import {
  assignReplicasRackUnaware,
  placeReplicasRackUnaware,
  type PlacementRandom,
} from '../../../src/engine/kernels/replicaPlacementZk';

const brokers = [0, 1, 2, 3, 4].map(brokerId);

/** Hands out the given ints in turn and records each bound asked for. */
function scripted(...values: number[]) {
  const bounds: number[] = [];
  const random: PlacementRandom = {
    nextInt(bound) {
      bounds.push(bound);
      const v = values.shift();
      if (v === undefined) throw new Error('no more scripted draws');
      return v;
    },
  };
  return { random, bounds };
}

const noDraws: PlacementRandom = {
  nextInt() {
    throw new Error('a fixed start index must not draw');
  },
};

describe('AdminUtils#assignReplicasToBrokers without racks', () => {
  it('testReplicaAssignment (AdminRackAwareTest): 5 brokers, 10 partitions, RF 3, start index 0', () => {
    const plan = assignReplicasRackUnaware(brokers, 10, 3, noDraws, 0);
    expect(plan).toEqual({
      ok: true,
      value: [
        [0, 1, 2],
        [1, 2, 3],
        [2, 3, 4],
        [3, 4, 0],
        [4, 0, 1],
        [0, 2, 3],
        [1, 3, 4],
        [2, 4, 0],
        [3, 0, 1],
        [4, 1, 2],
      ],
    });
  });

  it('testReplicaAssignment (AdminRackAwareTest): replication factor 0 and 6 are refused', () => {
    expect(assignReplicasRackUnaware(brokers, 10, 0, noDraws)).toEqual({
      ok: false,
      error: {
        name: 'InvalidReplicationFactorException',
        message: 'Replication factor must be larger than 0.',
      },
    });
    expect(assignReplicasRackUnaware(brokers, 10, 6, noDraws)).toEqual({
      ok: false,
      error: {
        name: 'InvalidReplicationFactorException',
        message: 'Replication factor: 6 larger than available brokers: 5.',
      },
    });
  });

  it('refuses zero partitions (AdminUtils#assignReplicasToBrokers source)', () => {
    expect(assignReplicasRackUnaware(brokers, 0, 1, noDraws)).toEqual({
      ok: false,
      error: {
        name: 'InvalidPartitionsException',
        message: 'Number of partitions must be larger than 0.',
      },
    });
  });

  it('draws the start index, then the replica shift (AdminUtils source)', () => {
    const { random, bounds } = scripted(2, 1);
    const plan = placeReplicasRackUnaware(brokers, 6, 2, random);
    expect(bounds).toEqual([5, 5]);
    // Leaders start at index 2; followers sit 1 + shift away, the shift growing after 5 partitions.
    expect(plan).toEqual([
      [2, 4],
      [3, 0],
      [4, 1],
      [0, 2],
      [1, 3],
      [2, 0],
    ]);
  });

  // addPartitions passes the old partition count as startPartitionId, so adding partitions
  // continues the pattern the topic was created with (AdminUtils source).
  it('continues from startPartitionId as if placed in one go (AdminUtils source)', () => {
    const whole = placeReplicasRackUnaware(brokers, 10, 3, noDraws, 0);
    const first = placeReplicasRackUnaware(brokers, 4, 3, noDraws, 0);
    const rest = placeReplicasRackUnaware(brokers, 6, 3, noDraws, 0, 4);
    expect([...first, ...rest]).toEqual(whole);
  });

  it('places on a single broker (AdminUtils source: no follower, no shift)', () => {
    const { random } = scripted(0, 0);
    expect(placeReplicasRackUnaware([brokerId(7)], 3, 1, random)).toEqual([[7], [7], [7]]);
  });
});
