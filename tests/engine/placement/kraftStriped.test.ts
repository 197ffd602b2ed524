// KRaft's StripedReplicaPlacer without racks, pinned to Kafka's own tests. Source: apache/kafka
// metadata/src/test/java/org/apache/kafka/metadata/placement/StripedReplicaPlacerTest.java (3.x,
// before KIP-1066 changed the messages). Kafka's tests use org.apache.kafka.server.util.MockRandom
// (seed 17), reproduced below so the expected placements are Kafka's, draw for draw.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/engine/errors';
import { brokerId, type BrokerId } from '../../../src/engine/ids';
import {
  BrokerList,
  createTopicsPlacementError,
  placeReplicasStriped,
  StripedRack,
  type UsableBroker,
} from '../../../src/engine/kernels/replicaPlacementKraft';
import type { PlacementRandom } from '../../../src/engine/kernels/replicaPlacementZk';

/**
 * MockRandom: a java.util.Random whose next(bits) is a plain 64-bit LCG (state * 2862933555777941757
 * + 3037000493, top bits out). nextInt(bound) is java.util.Random's own: a power of two scales
 * next(31), any other bound rejects the top sliver so the result stays uniform.
 */
class JavaMockRandom implements PlacementRandom {
  readonly bounds: number[] = [];
  private state: bigint;

  constructor(seed = 17n) {
    this.state = BigInt.asUintN(64, seed);
  }

  private next(bits: number): number {
    this.state = BigInt.asUintN(64, this.state * 2862933555777941757n + 3037000493n);
    return Number(BigInt.asIntN(32, this.state >> BigInt(64 - bits)));
  }

  nextInt(bound: number): number {
    this.bounds.push(bound);
    let r = this.next(31);
    const m = bound - 1;
    if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(r)) >> 31n);
    for (let u = r; ((u - (r = u % bound) + m) | 0) < 0; u = this.next(31));
    return r;
  }
}

const broker = (id: number, fenced = false): UsableBroker => ({ id: brokerId(id), fenced });
const ids = (...n: number[]): BrokerId[] => n.map(brokerId);
const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.name}: ${result.error.message}`);
  return result.value;
};
const invalidRf = (message: string) => ({
  ok: false,
  error: { name: 'InvalidReplicationFactorException', message },
});

describe('StripedReplicaPlacer.BrokerList', () => {
  it('testBrokerList (StripedReplicaPlacerTest)', () => {
    const empty = new BrokerList();
    expect(empty.size).toBe(0);
    expect(empty.next(1)).toBeUndefined();
    const brokers = new BrokerList().add(brokerId(0)).add(brokerId(1)).add(brokerId(2));
    brokers.add(brokerId(3));
    expect(brokers.size).toBe(4);
    expect([0, 0, 0, 0, 0, 0].map(() => brokers.next(0))).toEqual([
      0,
      1,
      2,
      3,
      undefined,
      undefined,
    ]);
    expect([1, 1, 1, 1, 1].map(() => brokers.next(1))).toEqual([1, 2, 3, 0, undefined]);
  });
});

describe('StripedReplicaPlacer.RackList, one rack', () => {
  it('testAvoidFencedReplicaIfPossibleOnSingleRack (StripedReplicaPlacerTest)', () => {
    const rack = new StripedRack(
      [broker(3), broker(1, true), broker(0), broker(4), broker(2)],
      new JavaMockRandom(),
    );
    expect(rack.totalBrokers).toBe(5);
    expect(rack.unfencedBrokers).toBe(4);
    expect(rack.place(0).ok).toBe(false);
    expect(rack.place(-1).ok).toBe(false);
    expect(value(rack.place(4))).toEqual(ids(3, 4, 0, 2));
    expect(value(rack.place(4))).toEqual(ids(4, 0, 2, 3));
    expect(value(rack.place(4))).toEqual(ids(0, 2, 3, 4));
    expect(value(rack.place(4))).toEqual(ids(2, 3, 4, 0));
    expect(value(rack.place(4))).toEqual(ids(0, 4, 3, 2));
  });

  it('testPlacementOnFencedReplicaOnSingleRack (StripedReplicaPlacerTest)', () => {
    const rack = new StripedRack([broker(3), broker(1, true), broker(2)], new JavaMockRandom());
    expect(rack.totalBrokers).toBe(3);
    expect(rack.unfencedBrokers).toBe(2);
    expect(value(rack.place(3))).toEqual(ids(3, 2, 1));
    expect(value(rack.place(3))).toEqual(ids(2, 3, 1));
    expect(value(rack.place(3))).toEqual(ids(3, 2, 1));
    expect(value(rack.place(3))).toEqual(ids(2, 3, 1));
  });

  it('testRackListAllBrokersFenced (StripedReplicaPlacerTest)', () => {
    const rack = new StripedRack(
      [broker(0, true), broker(1, true), broker(2, true)],
      new JavaMockRandom(),
    );
    expect(rack.totalBrokers).toBe(3);
    expect(rack.unfencedBrokers).toBe(0);
    expect(rack.place(3)).toEqual(invalidRf('All brokers are currently fenced.'));
  });

  // Kafka's brokers here sit in rack "1": still one rack, so the same path as the null rack.
  it('testRackListNotEnoughBrokers (StripedReplicaPlacerTest)', () => {
    const rack = new StripedRack([broker(11), broker(10)], new JavaMockRandom());
    expect(rack.place(3)).toEqual(
      invalidRf(
        'The target replication factor of 3 cannot be reached because only 2 broker(s) are registered.',
      ),
    );
  });

  it('testRackListNonPositiveReplicationFactor (StripedReplicaPlacerTest)', () => {
    const rack = new StripedRack([broker(11), broker(10)], new JavaMockRandom());
    expect(rack.place(-1)).toEqual(
      invalidRf('Invalid replication factor -1: the replication factor must be positive.'),
    );
  });
});

describe('StripedReplicaPlacer#place, no racks', () => {
  it('testMultiPartitionTopicPlacementOnSingleUnfencedBroker (StripedReplicaPlacerTest)', () => {
    const plan = placeReplicasStriped([broker(0), broker(1, true)], 3, 1, new JavaMockRandom());
    expect(value(plan)).toEqual([ids(0), ids(0), ids(0)]);
  });

  it('testSuccessfulPlacement (StripedReplicaPlacerTest)', () => {
    const plan = placeReplicasStriped(
      [broker(0), broker(3), broker(2), broker(1)],
      5,
      3,
      new JavaMockRandom(),
    );
    expect(value(plan)).toEqual([
      ids(2, 3, 0),
      ids(3, 0, 1),
      ids(0, 1, 2),
      ids(1, 2, 3),
      ids(1, 0, 2),
    ]);
  });

  it('testEvenDistribution (StripedReplicaPlacerTest)', () => {
    const brokers = [broker(0), broker(1), broker(2), broker(3)];
    const plan = value(placeReplicasStriped(brokers, 200, 2, new JavaMockRandom()));
    const counts = new Map<string, number>();
    for (const replicas of plan)
      counts.set(replicas.join(','), (counts.get(replicas.join(',')) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      '0,1': 14,
      '0,2': 22,
      '0,3': 14,
      '1,0': 17,
      '1,2': 17,
      '1,3': 16,
      '2,0': 13,
      '2,1': 17,
      '2,3': 20,
      '3,0': 20,
      '3,1': 19,
      '3,2': 11,
    });
  });

  it('testAllBrokersFenced (StripedReplicaPlacerTest)', () => {
    const plan = placeReplicasStriped(
      [broker(11, true), broker(10, true)],
      1,
      1,
      new JavaMockRandom(),
    );
    expect(plan).toEqual(invalidRf('All brokers are currently fenced.'));
  });

  it('testNotEnoughBrokers (StripedReplicaPlacerTest)', () => {
    const plan = placeReplicasStriped([broker(11), broker(10)], 1, 3, new JavaMockRandom());
    expect(plan).toEqual(
      invalidRf(
        'The target replication factor of 3 cannot be reached because only 2 broker(s) are registered.',
      ),
    );
  });

  it('testNonPositiveReplicationFactor (StripedReplicaPlacerTest)', () => {
    const plan = placeReplicasStriped([broker(11), broker(10)], 1, 0, new JavaMockRandom());
    expect(plan).toEqual(
      invalidRf('Invalid replication factor 0: the replication factor must be positive.'),
    );
  });

  // From StripedReplicaPlacer#place itself: it checks "all fenced" before "too few brokers",
  // while RackList#place checks them the other way round.
  it('checks fencing before broker count (StripedReplicaPlacer#place source)', () => {
    const brokers = [broker(1, true), broker(2, true)];
    expect(placeReplicasStriped(brokers, 1, 3, new JavaMockRandom())).toEqual(
      invalidRf('All brokers are currently fenced.'),
    );
    expect(new StripedRack(brokers, new JavaMockRandom()).place(3)).toEqual(
      invalidRf(
        'The target replication factor of 3 cannot be reached because only 2 broker(s) are registered.',
      ),
    );
  });

  // From the source: offsets of the fenced then unfenced list, the rack offset (nextInt(1)), then
  // after every unfenced broker has led once, Collections#shuffle of each list (nextInt(n)..(2)).
  it('draws where Kafka draws (StripedReplicaPlacer source)', () => {
    const random = new JavaMockRandom();
    placeReplicasStriped([broker(0), broker(3), broker(2), broker(1)], 5, 3, random);
    expect(random.bounds).toEqual([4, 1, 4, 3, 2]);

    const withFenced = new JavaMockRandom();
    placeReplicasStriped(
      [broker(0), broker(1), broker(2, true), broker(3, true)],
      3,
      1,
      withFenced,
    );
    expect(withFenced.bounds).toEqual([2, 2, 1, 2, 2]);

    const failing = new JavaMockRandom();
    placeReplicasStriped([broker(0)], 1, 0, failing);
    expect(failing.bounds).toEqual([1, 1]); // drawn before the check fails
  });
});

describe('the controller wraps placement errors for CreateTopics', () => {
  it('testUnregisterBroker (QuorumControllerTest): topic creation while every broker is fenced', () => {
    const plan = placeReplicasStriped([broker(0, true)], 1, 1, new JavaMockRandom());
    expect(createTopicsPlacementError(1, plan)).toEqual(
      invalidRf('Unable to replicate the partition 1 time(s): All brokers are currently fenced.'),
    );
  });

  it('keeps a success as it is', () => {
    const plan = placeReplicasStriped([broker(0)], 1, 1, new JavaMockRandom());
    expect(createTopicsPlacementError(1, plan)).toBe(plan);
  });
});
