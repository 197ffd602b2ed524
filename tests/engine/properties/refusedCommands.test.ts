// Property: a command the engine refuses (result ok: false) changes nothing. Right after it the
// full snapshot is byte-identical to the one before and no event was emitted; and, since hidden
// state (client counters, record numbering, the Rng) could still have moved, the same script
// without its refused commands must give byte-identical events and final snapshot.
//
// One kind of refusal may move the Rng: the KRaft controller's StripedReplicaPlacer draws its
// random starting points before it checks the replication factor against the brokers, so a
// topic creation or partition addition refused with InvalidReplicationFactorException has
// consumed randomness, in Kafka as here. Those stay in the re-run.
//
// One refusal does change the world in Kafka too: producing with an explicit partition to a topic
// that does not exist yet. The producer's metadata request auto-creates the topic
// (auto.create.topics.enable) before the partition is checked against the partition count, so the
// topic stays even though the send fails. That case may add exactly that topic; a negative
// partition, however, is refused by ProducerRecord's constructor before any request.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimCommand, WorldSnapshot } from '../../../src/engine';
import { anyScript } from './anyCommand';
import { FULL, runScript, seeds, settle } from './harness';

const TAIL_MS = 20_000;

/** A refused produce that may still have auto-created its topic, as Kafka's producer would. */
function autoCreates(command: SimCommand, before: WorldSnapshot): string | null {
  if (command.type !== 'produce') return null;
  if (before.topics.some((t) => t.name === command.topic)) return null;
  if (command.partition !== undefined && command.partition < 0) return null;
  return command.topic;
}

/** The snapshot without a topic, nor what is derived from it (lag of offsets committed for it). */
const without = (snapshot: WorldSnapshot, topic: string): WorldSnapshot => ({
  ...snapshot,
  topics: snapshot.topics.filter((t) => t.name !== topic),
  groups: snapshot.groups.map((g) => ({
    ...g,
    offsets: g.offsets.filter((o) => o.topic !== topic),
  })),
});

describe('property: a refused command changes nothing', () => {
  it('leaves the snapshot and the events untouched, and the rest of the run too', () => {
    fc.assert(
      fc.property(seeds, anyScript, (seed, steps) => {
        const refused = new Set<number>();
        let before: WorldSnapshot | undefined;
        const trace = runScript(steps, {
          seed,
          beforeStep: (sim, step) => {
            before = 'command' in step ? sim.snapshot(FULL) : undefined;
          },
          afterStep: (sim, step, index, stepEvents, result) => {
            if ('command' in step && result && !result.ok && before) {
              const topic = autoCreates(step.command, before);
              const after = sim.snapshot(FULL);
              const what = `${JSON.stringify(step.command)} → ${result.error.message}`;
              if (topic !== null && after.topics.some((t) => t.name === topic)) {
                expect(JSON.stringify(without(after, topic)), what).toBe(
                  JSON.stringify(without(before, topic)),
                );
                expect(
                  stepEvents.map((e) => e.type),
                  what,
                ).toEqual(['topic.created']);
              } else {
                expect(JSON.stringify(after), what).toBe(JSON.stringify(before));
                expect(stepEvents, what).toEqual([]);
                if (result.error.name !== 'InvalidReplicationFactorException') refused.add(index);
              }
            }
          },
        });
        settle(trace, TAIL_MS);
        if (refused.size === 0) return;
        // Hidden state: the same script without the refused commands runs exactly the same.
        const kept = steps.filter((_, index) => !refused.has(index));
        const rerun = runScript(kept, { seed });
        settle(rerun, TAIL_MS);
        expect(JSON.stringify(rerun.events)).toBe(JSON.stringify(trace.events));
        expect(JSON.stringify(rerun.sim.snapshot(FULL))).toBe(
          JSON.stringify(trace.sim.snapshot(FULL)),
        );
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
