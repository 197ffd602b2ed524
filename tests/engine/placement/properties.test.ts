// Properties both placers promise, checked over random clusters with fast-check: every partition
// gets RF distinct brokers from the cluster, and leaders spread evenly when the partition count is
// a multiple of the brokers that may lead. Source: the goals stated in the Javadoc of
// AdminUtils#assignReplicasToBrokers and of StripedReplicaPlacer (apache/kafka).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokerId, type BrokerId } from '../../../src/engine/ids';
import { placeReplicasStriped } from '../../../src/engine/kernels/replicaPlacementKraft';
import { placeReplicasRackUnaware } from '../../../src/engine/kernels/replicaPlacementZk';
import { createRng, seedState } from '../../../src/engine/random';

const brokerIds = fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 9 });

function leaderSpread(plan: readonly (readonly BrokerId[])[], leaders: readonly BrokerId[]) {
  const counts = leaders.map((id) => plan.filter((replicas) => replicas[0] === id).length);
  return Math.max(...counts) - Math.min(...counts);
}

describe('placement properties', () => {
  it('ZooKeeper AdminUtils: RF distinct brokers per partition, leaders even', () => {
    fc.assert(
      fc.property(
        brokerIds,
        fc.integer(),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 4 }),
        (ids, seed, rfSeed, rounds) => {
          const brokers = ids.map(brokerId);
          const rf = 1 + (rfSeed % brokers.length);
          const partitions = rounds * brokers.length;
          const rng = createRng(seedState(seed));
          const plan = placeReplicasRackUnaware(brokers, partitions, rf, rng);
          expect(plan).toHaveLength(partitions);
          for (const replicas of plan) {
            expect(replicas).toHaveLength(rf);
            expect(new Set(replicas).size).toBe(rf);
            for (const id of replicas) expect(brokers).toContain(id);
          }
          expect(leaderSpread(plan, brokers)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('KRaft StripedReplicaPlacer: RF distinct brokers, unfenced leaders, fenced only when needed, leaders even', () => {
    fc.assert(
      fc.property(
        brokerIds.chain((ids) =>
          fc.tuple(
            fc.constant(ids),
            fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length }),
          ),
        ),
        fc.integer(),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 4 }),
        ([ids, fencedFlags], seed, rfSeed, rounds) => {
          const brokers = ids.map((id, i) => ({
            id: brokerId(id),
            fenced: fencedFlags[i] === true,
          }));
          const unfenced = brokers.filter((b) => !b.fenced).map((b) => b.id);
          fc.pre(unfenced.length > 0);
          const rf = 1 + (rfSeed % brokers.length);
          const partitions = rounds * unfenced.length;
          const result = placeReplicasStriped(brokers, partitions, rf, createRng(seedState(seed)));
          if (!result.ok) throw new Error(result.error.message);
          const plan = result.value;
          expect(plan).toHaveLength(partitions);
          for (const replicas of plan) {
            expect(replicas).toHaveLength(rf);
            expect(new Set(replicas).size).toBe(rf);
            expect(unfenced).toContain(replicas[0]);
            const fencedUsed = replicas.filter((id) => !unfenced.includes(id)).length;
            expect(fencedUsed).toBe(Math.max(0, rf - unfenced.length));
            for (const id of replicas) expect(ids).toContain(id);
          }
          expect(leaderSpread(plan, unfenced)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
