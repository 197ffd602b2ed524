// Property: the engine is deterministic. Any command script, played twice with the same seed,
// gives byte-identical events and final snapshots — also when one run is watched closely
// (events drained and a snapshot taken after every step) and the other is not: looking must not
// change what happens. A different seed may give a different run; nothing asserts it must.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation, type Result, type SimEvent } from '../../../src/engine';
import { anyScript } from './anyCommand';
import { FULL, runScript, seeds, settle, type Step } from './harness';

const TAIL_MS = 20_000;

/** Plays a script without looking: no snapshots, events drained once at the very end. */
function playBlind(steps: readonly Step[], seed: number) {
  const sim = new Simulation({ seed, brokers: [1, 2, 3] });
  const results: Result<unknown>[] = [];
  for (const step of steps)
    if ('command' in step) results.push(sim.execute(step.command));
    else sim.advanceBy(step.advance);
  sim.advanceBy(TAIL_MS);
  const events: SimEvent[] = sim.drainEvents();
  return { events, results, snapshot: sim.snapshot(FULL) };
}

/** Plays a script watching every step: events drained and a full snapshot taken each time. */
function playWatched(steps: readonly Step[], seed: number) {
  const trace = runScript(steps, { seed, afterStep: (sim) => void sim.snapshot(FULL) });
  settle(trace, TAIL_MS, 700);
  return {
    events: trace.events,
    results: [...trace.results.values()],
    snapshot: trace.sim.snapshot(FULL),
  };
}

describe('property: determinism', () => {
  it('gives byte-identical events and snapshots for the same script and seed', () => {
    fc.assert(
      fc.property(seeds, anyScript, (seed, steps) => {
        const first = playWatched(steps, seed);
        const again = playWatched(steps, seed);
        const blind = playBlind(steps, seed);
        const events = JSON.stringify(first.events);
        const snapshot = JSON.stringify(first.snapshot);
        expect(JSON.stringify(again.events)).toBe(events);
        expect(JSON.stringify(again.snapshot)).toBe(snapshot);
        expect(JSON.stringify(again.results)).toBe(JSON.stringify(first.results));
        expect(JSON.stringify(blind.events)).toBe(events);
        expect(JSON.stringify(blind.snapshot)).toBe(snapshot);
        expect(JSON.stringify(blind.results)).toBe(JSON.stringify(first.results));
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
