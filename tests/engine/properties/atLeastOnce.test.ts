// Property: at-least-once consumption skips nothing. Consumers that commit only after processing
// (commit: 'after-processing', auto.offset.reset=earliest) crash, close and restart while records
// are produced; once the system settles with a live consumer in each group, the group's
// records.processed events cover every offset of every partition (duplicates are allowed), and
// no commit ever ran ahead of what the group had processed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimEvent, StartConsumer } from '../../../src/engine';
import {
  HEARTBEAT_MS,
  SESSION_MS,
  SETTLE_MS,
  advanceMs,
  runScript,
  seeds,
  settle,
  strategies,
  tp,
  type Step,
  type Trace,
} from './harness';

const TOPICS = ['a', 'b'];
const GROUPS = ['g1', 'g2'];
const MAX_RECORDS = 200;

type Action =
  | Step
  | { readonly toggle: number; readonly how: 'close' | 'crash' }
  | { readonly records: number; readonly topic: string; readonly keyed: boolean };

const actions = (consumers: number): fc.Arbitrary<Action[]> =>
  fc.array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          toggle: fc.integer({ min: 0, max: consumers - 1 }),
          how: fc.constantFrom<'close' | 'crash'>('close', 'crash'),
        }),
      },
      { weight: 4, arbitrary: advanceMs.map((ms): Action => ({ advance: ms })) },
      {
        weight: 3,
        arbitrary: fc.record({
          records: fc.integer({ min: 1, max: 10 }),
          topic: fc.constantFrom(...TOPICS),
          keyed: fc.boolean(),
        }),
      },
    ),
    { minLength: 8, maxLength: 40, size: 'large' },
  );

const scripts: fc.Arbitrary<Step[]> = fc
  .record({
    partitions: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    strategy: fc.tuple(strategies, strategies),
    consumers: fc.array(
      fc
        .record({
          group: fc.constantFrom(0, 0, 1),
          maxPollRecords: fc.integer({ min: 1, max: 20 }),
          // Mostly quick; sometimes slow, and sometimes with a short max.poll.interval.ms.
          processingMs: fc.oneof(
            { weight: 4, arbitrary: fc.integer({ min: 0, max: 30 }) },
            { weight: 1, arbitrary: fc.integer({ min: 100, max: 300 }) },
          ),
          maxPollIntervalMs: fc.constantFrom(300_000, 300_000, 2000),
        })
        // A batch must fit in max.poll.interval.ms (here: half of it): a consumer that can never
        // finish a batch in time is expelled every time and never commits, so in Kafka it would
        // read the same batch forever, and later records would indeed never be processed.
        .map((c) => ({
          ...c,
          maxPollRecords: Math.max(
            1,
            Math.min(
              c.maxPollRecords,
              Math.floor(c.maxPollIntervalMs / 2 / Math.max(1, c.processingMs)),
            ),
          ),
        })),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .chain(({ partitions, strategy, consumers }) => {
    const starts = consumers.map((c, i): StartConsumer => ({
      type: 'startConsumer',
      consumer: `c${i}`,
      group: GROUPS[c.group]!,
      topics: TOPICS,
      commit: 'after-processing',
      processingMsPerRecord: c.processingMs,
      config: {
        'auto.offset.reset': 'earliest',
        'max.poll.records': c.maxPollRecords,
        'max.poll.interval.ms': c.maxPollIntervalMs,
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
      let produced = 0;
      const body = list.flatMap((a): Step[] => {
        if ('toggle' in a) {
          const start = starts[a.toggle]!;
          if (running.delete(a.toggle))
            return [{ command: { type: 'stopConsumer', consumer: start.consumer!, how: a.how } }];
          running.add(a.toggle);
          return [{ command: start }];
        }
        if (!('records' in a)) return [a];
        const count = Math.min(a.records, MAX_RECORDS - produced);
        return Array.from({ length: count }, (): Step => {
          produced += 1;
          const key = a.keyed ? `k${produced % 7}` : null;
          return { command: { type: 'produce', topic: a.topic, key, value: `r${produced}` } };
        });
      });
      // Settle with at least one live consumer in every group: restart the first one if needed.
      const tail = GROUPS.flatMap((group): Step[] => {
        const members = starts.filter((s) => s.group === group);
        const live = members.some((s) => running.has(starts.indexOf(s)));
        return members[0] && !live ? [{ command: members[0] }] : [];
      });
      return [...head, ...body, ...tail];
    });
  });

/** Per group, per partition: the offsets its records.processed events covered. */
class Processed {
  private readonly done = new Map<string, Set<number>>();

  add(e: SimEvent): void {
    if (e.type !== 'records.processed' || e.group === null) return;
    const key = `${e.group}/${tp(e.topic, e.partition)}`;
    const set = this.done.get(key) ?? new Set<number>();
    this.done.set(key, set);
    for (let o = e.fromOffset; o <= e.toOffset; o++) set.add(o);
  }

  /** Offsets below `end` that `group` has not processed. */
  gaps(group: string, topic: string, partition: number, end: number): number[] {
    const set = this.done.get(`${group}/${tp(topic, partition)}`);
    return Array.from({ length: end }, (_, o) => o).filter((o) => !set?.has(o));
  }
}

function groupsIn(steps: readonly Step[]): string[] {
  const groups = new Set<string>();
  for (const s of steps)
    if ('command' in s && s.command.type === 'startConsumer' && s.command.group)
      groups.add(s.command.group);
  return [...groups];
}

function unprocessed(trace: Trace, groups: readonly string[]): string[] {
  const processed = new Processed();
  for (const e of trace.events) processed.add(e);
  const snapshot = trace.sim.snapshot();
  const out: string[] = [];
  for (const group of groups)
    for (const topic of snapshot.topics.filter((t) => TOPICS.includes(t.name)))
      for (const p of topic.partitions) {
        const missing = processed.gaps(group, topic.name, p.id, p.highWatermark);
        if (missing.length > 0)
          out.push(`${group} never processed ${tp(topic.name, p.id)} @ ${missing.join(',')}`);
      }
  return out;
}

describe('property: no record skipped under at-least-once', () => {
  it('processes every produced record at least once, and never commits past what was processed', () => {
    fc.assert(
      fc.property(seeds, scripts, (seed, steps) => {
        const trace = runScript(steps, { seed });
        const groups = groupsIn(steps);
        // The groups settle (see SETTLE_MS), then work through the backlog: at most 200 records
        // at 300 ms each for a lone consumer, so 60 s; waiting up to 120 s more leaves room.
        settle(trace, SETTLE_MS);
        for (
          let waited = 0;
          waited < 120_000 && unprocessed(trace, groups).length > 0;
          waited += 5000
        )
          settle(trace, 5000);
        expect(unprocessed(trace, groups)).toEqual([]);
        // At-least-once: a committed offset n means the group processed every offset below n first.
        const processed = new Processed();
        for (const e of trace.events) {
          processed.add(e);
          if (e.type !== 'offsets.committed') continue;
          for (const o of e.offsets)
            expect(
              processed.gaps(e.group, o.topic, o.partition, o.offset),
              `${e.consumer} committed ${tp(o.topic, o.partition)}@${o.offset} at ${e.at}`,
            ).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
