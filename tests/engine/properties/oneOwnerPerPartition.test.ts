// Property: after every completed rebalance, each partition has exactly one owner. For any
// sequence of consumers joining, closing and crashing — with any of the four assignors (one
// strategy list per group), in one or two groups on shared topics — every group.stable hands out
// each subscribed partition at most once (exactly once unless a cooperative round holds some
// back for a follow-up round), and once the group has settled every partition of the topics its
// live members subscribe to is owned by exactly one running member, no closed or crashed
// consumer is still a member, and each running consumer's own view agrees with the group's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimEvent, StartConsumer, WorldSnapshot } from '../../../src/engine';
import {
  HEARTBEAT_MS,
  SESSION_MS,
  SETTLE_MS,
  advanceMs,
  isCooperative,
  ownership,
  partitionsOf,
  runScript,
  seeds,
  settle,
  strategies,
  tp,
  type Step,
} from './harness';

const TOPICS = ['a', 'b'];
const GROUPS = ['g1', 'g2'];

/** Time passing, a record produced, or consumer `i` toggled: started if stopped, else stopped `how`. */
type Action = Step | { readonly toggle: number; readonly how: 'close' | 'crash' };

const actions = (consumers: number): fc.Arbitrary<Action[]> =>
  fc.array(
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          toggle: fc.integer({ min: 0, max: consumers - 1 }),
          how: fc.constantFrom<'close' | 'crash'>('close', 'crash'),
        }),
      },
      { weight: 4, arbitrary: advanceMs.map((ms): Action => ({ advance: ms })) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...TOPICS), fc.string({ maxLength: 3 }))
          .map(([topic, key]): Action => ({
            command: { type: 'produce', topic, key, value: key },
          })),
      },
    ),
    { minLength: 8, maxLength: 40, size: 'large' },
  );

/** A script: two topics, up to six consumers (each with a fixed group and subscription), then actions. */
const scripts: fc.Arbitrary<Step[]> = fc
  .record({
    partitions: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    strategy: fc.tuple(strategies, strategies),
    consumers: fc.array(
      fc.record({
        group: fc.constantFrom(0, 1),
        topics: fc.subarray(TOPICS, { minLength: 1 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .chain(({ partitions, strategy, consumers }) => {
    const starts = consumers.map((c, i): StartConsumer => ({
      type: 'startConsumer',
      consumer: `c${i}`,
      group: GROUPS[c.group]!,
      topics: c.topics,
      config: {
        'session.timeout.ms': SESSION_MS,
        'heartbeat.interval.ms': HEARTBEAT_MS,
        'partition.assignment.strategy': [...strategy[c.group]],
      },
    }));
    const head: Step[] = TOPICS.map((topic, i) => ({
      command: { type: 'createTopic', topic, partitions: partitions[i]! },
    }));
    return actions(consumers.length).map((list) => {
      const running = new Set<number>();
      const body = list.map((a): Step => {
        if (!('toggle' in a)) return a;
        const start = starts[a.toggle]!;
        if (!running.delete(a.toggle)) {
          running.add(a.toggle);
          return { command: start };
        }
        return { command: { type: 'stopConsumer', consumer: start.consumer!, how: a.how } };
      });
      return [...head, ...body];
    });
  });

/** What the script says about each consumer: its group, topics and strategy list. */
function consumerSpecs(steps: readonly Step[]): Map<string, StartConsumer> {
  const specs = new Map<string, StartConsumer>();
  for (const s of steps)
    if ('command' in s && s.command.type === 'startConsumer')
      specs.set(s.command.consumer!, s.command);
  return specs;
}

/** Checks each group.stable as it happens: every subscribed partition handed out at most once. */
function checkStableAssignments(
  events: readonly SimEvent[],
  specs: ReadonlyMap<string, StartConsumer>,
  snapshot: WorldSnapshot,
): void {
  const clientOf = new Map<string, string>();
  events.forEach((e, index) => {
    if (e.type === 'member.joined') clientOf.set(e.memberId, e.consumer);
    if (e.type !== 'group.stable') return;
    const subscribed = new Set<string>();
    for (const [memberId, list] of Object.entries(e.assignment)) {
      const spec = specs.get(clientOf.get(memberId) ?? '');
      expect(spec, `member ${memberId} of ${e.group}`).toBeDefined();
      for (const t of spec?.topics ?? []) subscribed.add(t);
      for (const p of list)
        expect(spec?.topics, `${memberId} got ${tp(p.topic, p.partition)}`).toContain(p.topic);
    }
    const counts = ownership(Object.values(e.assignment));
    const all = partitionsOf(snapshot, subscribed);
    for (const [key, n] of counts) {
      expect(all, `${e.group} generation ${e.generation}`).toContain(key);
      expect(n, `owners of ${key} in ${e.group} generation ${e.generation}`).toBe(1);
    }
    const missing = all.filter((key) => !counts.has(key));
    const strategy = [...specs.values()].find((s) => s.group === e.group)?.config?.[
      'partition.assignment.strategy'
    ];
    if (!isCooperative(strategy ?? [])) {
      expect(missing, `unowned after ${e.group} generation ${e.generation}`).toEqual([]);
    } else if (missing.length > 0) {
      // Cooperative: what moves is revoked first and handed over in a follow-up rebalance.
      const followUp = events
        .slice(index + 1)
        .some((later) => later.type === 'rebalance.started' && later.group === e.group);
      expect(followUp, `a follow-up rebalance of ${e.group} for ${missing.join()}`).toBe(true);
    }
  });
}

/** Checks the settled world: one running owner per partition, and every view agreeing. */
function checkSettled(snapshot: WorldSnapshot, specs: ReadonlyMap<string, StartConsumer>): void {
  for (const group of GROUPS) {
    const view = snapshot.groups.find((g) => g.groupId === group);
    const consumers = snapshot.consumers.filter((c) => c.group === group);
    const running = consumers.filter((c) => c.status === 'running');
    const members = view?.members ?? [];
    // No closed or crashed consumer is still a member (by member id: a client id may be reused).
    for (const gone of consumers.filter((c) => c.status !== 'running'))
      expect(
        members.map((m) => m.memberId),
        `${gone.clientId} (${gone.status}) still in ${group}`,
      ).not.toContain(gone.memberId);
    expect(
      members.map((m) => m.memberId).sort(),
      `members of ${group}: the running consumers`,
    ).toEqual(running.map((c) => c.memberId).sort());
    if (running.length === 0) continue;
    expect(view?.state, `${group} settled`).toBe('Stable');
    const subscribed = running.flatMap((c) => specs.get(c.clientId)?.topics ?? []);
    const counts = ownership(members.map((m) => m.assignment));
    const all = partitionsOf(snapshot, subscribed);
    expect(
      [...counts.entries()].sort(),
      `each partition of ${group}'s topics owned exactly once`,
    ).toEqual(all.map((key) => [key, 1]));
    for (const m of members) {
      const topics = specs.get(m.clientId)?.topics ?? [];
      for (const p of m.assignment) expect(topics).toContain(p.topic);
      const own = running.find((c) => c.memberId === m.memberId);
      const keys = (list: readonly { topic: string; partition: number }[]) =>
        list.map((p) => tp(p.topic, p.partition)).sort();
      expect(keys(own?.assignment ?? []), `${m.clientId}'s own view`).toEqual(keys(m.assignment));
      expect(own?.generation, `${m.clientId}'s generation`).toBe(view?.generation);
    }
  }
}

describe('property: one owner per partition after every completed rebalance', () => {
  it('gives each subscribed partition to exactly one live member of each group', () => {
    fc.assert(
      fc.property(seeds, scripts, (seed, steps) => {
        const trace = runScript(steps, { seed });
        settle(trace, SETTLE_MS);
        const snapshot = trace.sim.snapshot();
        const specs = consumerSpecs(steps);
        checkStableAssignments(trace.events, specs, snapshot);
        checkSettled(snapshot, specs);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
