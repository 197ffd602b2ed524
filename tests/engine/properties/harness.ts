// Shared by the engine's property tests: command scripts as plain data, a runner that plays them
// through a Simulation, and small helpers to read the results. Not a test file itself.
import fc from 'fast-check';
import {
  Simulation,
  type ConsumerSettings,
  type Result,
  type SimCommand,
  type SimEvent,
  type SnapshotOptions,
  type WorldSnapshot,
} from '../../../src/engine';

/** One step of a script: run a command now, or let virtual time pass. */
export type Step = { readonly command: SimCommand } | { readonly advance: number };

/** A snapshot with every record of every partition, internal topics included. */
export const FULL: SnapshotOptions = {
  recordsPerPartition: Number.MAX_SAFE_INTEGER,
  internalRecords: true,
};

export interface Trace {
  readonly sim: Simulation;
  /** Every event, in order. */
  readonly events: SimEvent[];
  /** What each command step returned, by step index (advance steps have none). */
  readonly results: Map<number, Result<unknown>>;
}

export interface RunOptions {
  readonly seed: number;
  readonly brokers?: readonly number[];
  /** Called before every step. */
  readonly beforeStep?: (sim: Simulation, step: Step, index: number) => void;
  /** Called after every step, with the events that step produced. */
  readonly afterStep?: (
    sim: Simulation,
    step: Step,
    index: number,
    stepEvents: readonly SimEvent[],
    result: Result<unknown> | undefined,
  ) => void;
}

/** Plays `steps` through a fresh Simulation and keeps every event. */
export function runScript(steps: readonly Step[], options: RunOptions): Trace {
  const sim = new Simulation({ seed: options.seed, brokers: options.brokers ?? [1, 2, 3] });
  const events: SimEvent[] = [...sim.drainEvents()];
  const results = new Map<number, Result<unknown>>();
  steps.forEach((step, index) => {
    let result: Result<unknown> | undefined;
    options.beforeStep?.(sim, step, index);
    if ('command' in step) {
      result = sim.execute(step.command);
      results.set(index, result);
    } else sim.advanceBy(step.advance);
    const stepEvents = sim.drainEvents();
    events.push(...stepEvents);
    options.afterStep?.(sim, step, index, stepEvents, result);
  });
  return { sim, events, results };
}

/** Lets `ms` of virtual time pass on a trace, in slices, keeping the events. */
export function settle(trace: Trace, ms: number, slice = 1000): void {
  for (let left = ms; left > 0; left -= slice) {
    trace.sim.advanceBy(Math.min(slice, left));
    trace.events.push(...trace.sim.drainEvents());
  }
}

export const tp = (topic: string, partition: number): string => `${topic}-${partition}`;

/** The topics of a snapshot that are not internal (__consumer_offsets). */
export function userTopics(snapshot: WorldSnapshot): WorldSnapshot['topics'] {
  return snapshot.topics.filter((t) => !t.internal);
}

/** Every partition of `topics` as "topic-n", from the snapshot's partition counts. */
export function partitionsOf(snapshot: WorldSnapshot, topics: Iterable<string>): string[] {
  const out: string[] = [];
  for (const name of new Set(topics)) {
    const topic = snapshot.topics.find((t) => t.name === name);
    for (const p of topic?.partitions ?? []) out.push(tp(name, p.id));
  }
  return out.sort();
}

/** Counts how often each partition appears across a set of assignments. */
export function ownership(
  assignments: Iterable<readonly { readonly topic: string; readonly partition: number }[]>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of assignments)
    for (const p of list)
      counts.set(tp(p.topic, p.partition), (counts.get(tp(p.topic, p.partition)) ?? 0) + 1);
  return counts;
}

/** The protocol names partition.assignment.strategy lists. */
export type AssignorName = NonNullable<ConsumerSettings['partition.assignment.strategy']>[number];

// ---- Generators --------------------------------------------------------------------------------

/** partition.assignment.strategy lists: the four assignors alone, Kafka's default, and an upgrade list. */
export const strategies: fc.Arbitrary<readonly AssignorName[]> = fc.constantFrom<
  readonly AssignorName[]
>(['range'], ['roundrobin'], ['sticky'], ['cooperative-sticky'], ['range', 'cooperative-sticky']);

/** A list whose every assignor supports COOPERATIVE rebalancing: only cooperative-sticky alone here. */
export const isCooperative = (list: readonly AssignorName[]): boolean =>
  list.every((a) => a === 'cooperative-sticky');

/** Time steps: mostly short, sometimes zero or a few ms (races), sometimes seconds. */
export const advanceMs: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 3, arbitrary: fc.integer({ min: 11, max: 1500 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1501, max: 8000 }) },
);

/** Seeds for the simulation's Rng. */
export const seeds: fc.Arbitrary<number> = fc.integer({ min: 0, max: 0x7fffffff });

/** Short group timeouts keep runs short: the broker's minimum session.timeout.ms, and 1 s heartbeats. */
export const SESSION_MS = 6000;
export const HEARTBEAT_MS = 1000;
/**
 * How long a group with those timeouts needs, after the last command, until its last rebalance
 * has completed. Worst case: the join phase in progress waits for the initial rebalance delay
 * (group.initial.rebalance.delay.ms, 3 s, restarted by the last join) or for a member that will
 * never rejoin — crashed, or a new member id (KIP-394) that was never used — to miss its session
 * (6 s); a crashed member that had joined this round is expired a session after the round ends
 * (6 s); the survivors hear of it at their next heartbeat (1 s) and rejoin; a cooperative group
 * needs one more short round. About 13 s; 30 s leaves room (Kafka takes no longer: see the
 * coordinator's heartbeat and pending-member expirations).
 */
export const SETTLE_MS = 30_000;
