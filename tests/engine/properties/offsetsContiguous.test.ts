// Property: a partition's offsets are contiguous and immutable. For any mix of produce calls
// (keyed, keyless through sticky or round-robin producers, explicit partitions, several topics,
// auto-created topics), partition additions, segment rolls, retention and topic deletion,
// interleaved with time passing, every snapshot shows each partition's records at
// logStartOffset, logStartOffset+1, … logEndOffset-1 without a gap; a record once appended keeps
// its offset, id, key, value and timestamp in every later snapshot; the log bounds only grow; and
// the records.appended events tell exactly what the log holds.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ProducerSettings, SimCommand, SimEvent, Simulation } from '../../../src/engine';
import { FULL, runScript, seeds, settle, userTopics, type Step } from './harness';

const TOPICS = ['a', 'b', 'c'] as const; // 'c' is never created: producing to it auto-creates it.

const acks = fc.constantFrom<NonNullable<ProducerSettings['acks']>>('0', '1', 'all');

const topicConfig = fc.record(
  {
    'segment.bytes': fc.integer({ min: 100, max: 600 }).map(String),
    'retention.bytes': fc.integer({ min: 200, max: 2000 }).map(String),
    'retention.ms': fc.integer({ min: 1000, max: 100_000 }).map(String),
  },
  { requiredKeys: [] },
);

const setup = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 4 }),
    topicConfig,
    topicConfig,
    fc.record({
      'batch.size': fc.integer({ min: 100, max: 2000 }),
      'linger.ms': fc.integer({ min: 0, max: 20 }),
      acks,
    }),
    fc.record({ 'linger.ms': fc.integer({ min: 0, max: 20 }), acks }),
  )
  .map(([pa, pb, ca, cb, sticky, rr]): Step[] => [
    { command: { type: 'createTopic', topic: 'a', partitions: pa, config: ca } },
    { command: { type: 'createTopic', topic: 'b', partitions: pb, config: cb } },
    {
      command: {
        type: 'createProducer',
        producer: 'sticky',
        config: { ...sticky, partitioner: 'sticky' },
      },
    },
    {
      command: {
        type: 'createProducer',
        producer: 'rr',
        config: { ...rr, partitioner: 'round-robin' },
      },
    },
  ]);

const produce: fc.Arbitrary<Step[]> = fc
  .record({
    topic: fc.constantFrom(...TOPICS),
    key: fc.option(fc.constantFrom('k0', 'k1', 'k2', 'k3', 'truck_1', '', 'clé'), { nil: null }),
    value: fc.option(fc.string({ maxLength: 24 }), { nil: null }),
    // Mostly none; sometimes one, which may be out of range (then the produce is refused).
    partition: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.integer({ min: -1, max: 5 }) },
    ),
    producer: fc.constantFrom('sticky', 'rr', undefined),
    count: fc.integer({ min: 1, max: 4 }), // at most 50 × 4 = 200 records
  })
  .map(({ count, partition, producer, ...rest }) =>
    Array.from({ length: count }, (_, i): Step => {
      const command: SimCommand = {
        type: 'produce',
        ...rest,
        value: rest.value === null ? null : `${rest.value}${i}`,
        ...(partition === undefined ? {} : { partition }),
        ...(producer === undefined ? {} : { producer }),
      };
      return { command };
    }),
  );

const otherStep: fc.Arbitrary<Step[]> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }).map((ms): Step[] => [{ advance: ms }]) },
  // Past log.retention.check.interval.ms (5 min): the retention check runs.
  { weight: 1, arbitrary: fc.constant<Step[]>([{ advance: 300_000 }]) },
  {
    weight: 1,
    arbitrary: fc
      .record({ topic: fc.constantFrom(...TOPICS), partitions: fc.integer({ min: 1, max: 6 }) })
      .map(({ topic, partitions }): Step[] => [
        { command: { type: 'addPartitions', topic, partitions } },
      ]),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...TOPICS)
      .map((topic): Step[] => [{ command: { type: 'deleteTopic', topic } }]),
  },
);

const scripts = fc
  .tuple(
    setup,
    fc.array(fc.oneof({ weight: 3, arbitrary: produce }, { weight: 2, arbitrary: otherStep }), {
      minLength: 5,
      maxLength: 50,
      size: 'large',
    }),
  )
  .map(([head, body]) => [...head, ...body.flat()]);

/** Fails with `message` unless `ok` (cheaper than expect() in the hot loops). */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

interface Appended {
  readonly recordId: number;
  readonly key: string | null;
}

interface Seen {
  readonly recordId: number;
  readonly key: string | null;
  readonly value: string | null;
  readonly timestamp: number;
}

const sameRecord = (a: Seen, b: Seen) =>
  a.recordId === b.recordId &&
  a.key === b.key &&
  a.value === b.value &&
  a.timestamp === b.timestamp;

/** Checks the log against itself, against earlier snapshots and against the events so far. */
class LogAuditor {
  /** `${topicId}/${partition}/${offset}` → the record first seen there. */
  private readonly seen = new Map<string, Seen>();
  /** `${topicId}/${partition}` → the bounds last seen. */
  private readonly bounds = new Map<string, { start: number; end: number }>();
  /** Which incarnation of a topic name the events are about (deleted and re-created topics). */
  private readonly incarnation = new Map<string, number>();
  /** `${topic}#${incarnation}/${partition}` → what records.appended put there, by offset. */
  private readonly appended = new Map<string, Map<number, Appended>>();
  /** recordId → where records.appended put it. */
  private readonly appendedAt = new Map<number, { where: string; offset: number }>();
  private readonly sent = new Map<
    number,
    { topic: string; partition: number; key: string | null; value: string | null }
  >();
  private readonly failed = new Set<number>();

  private where(topic: string, partition: number): string {
    return `${topic}#${this.incarnation.get(topic) ?? 0}/${partition}`;
  }

  onEvents(events: readonly SimEvent[]): void {
    for (const e of events) {
      switch (e.type) {
        case 'topic.created':
          this.incarnation.set(e.topic, (this.incarnation.get(e.topic) ?? 0) + 1);
          break;
        case 'record.sent':
          check(!this.sent.has(e.recordId), () => `record id ${e.recordId} sent twice`);
          this.sent.set(e.recordId, e);
          break;
        case 'produce.failed':
          for (const id of e.recordIds) this.failed.add(id);
          break;
        case 'records.appended': {
          const where = this.where(e.topic, e.partition);
          const log = this.appended.get(where) ?? new Map<number, Appended>();
          this.appended.set(where, log);
          // Appends continue exactly at the log end the earlier appends reached.
          check(
            e.baseOffset === log.size,
            () => `append to ${where} at ${e.baseOffset}, after ${log.size} appended records`,
          );
          e.records.forEach((r, i) => {
            check(r.offset === e.baseOffset + i, () => `offsets of an append to ${where}`);
            check(!this.appendedAt.has(r.recordId), () => `${r.recordId} appended twice`);
            const sent = this.sent.get(r.recordId);
            check(
              sent?.topic === e.topic && sent.partition === e.partition && sent.key === r.key,
              () => `${r.recordId} appended to ${where} with key ${r.key}: ${JSON.stringify(sent)}`,
            );
            this.appendedAt.set(r.recordId, { where, offset: r.offset });
            log.set(r.offset, { recordId: r.recordId, key: r.key });
          });
          break;
        }
        case 'records.acknowledged': {
          // The acknowledgement tells the offset each record got (the topic may be gone by now).
          e.recordIds.forEach((id, i) => {
            const at = this.appendedAt.get(id);
            check(
              at?.offset === e.baseOffset + i &&
                at.where.startsWith(`${e.topic}#`) &&
                at.where.endsWith(`/${e.partition}`),
              () =>
                `${id} acknowledged at ${e.topic}-${e.partition}@${e.baseOffset + i}, appended ${JSON.stringify(at)}`,
            );
          });
          break;
        }
        default:
          break;
      }
    }
  }

  onSnapshot(sim: Simulation): void {
    const snapshot = sim.snapshot(FULL);
    for (const topic of userTopics(snapshot)) {
      for (const p of topic.partitions) {
        const id = `${topic.topicId}/${p.id}`;
        const name = `${topic.name}-${p.id}`;
        const { logStartOffset: start, logEndOffset: end, records, segments } = p;
        // Contiguous: exactly the offsets start … end-1, in order.
        check(
          records.length === end - start && records.every((r, i) => r.offset === start + i),
          () => `${name}: offsets ${records.map((r) => r.offset).join()} for [${start}, ${end})`,
        );
        check(
          start <= p.highWatermark && p.highWatermark <= end,
          () => `${name}: log start ${start}, high watermark ${p.highWatermark}, log end ${end}`,
        );
        // Segments tile the log with no gap or overlap.
        let next = start;
        for (const s of segments) {
          check(s.baseOffset === next, () => `${name}: segments ${JSON.stringify(segments)}`);
          next += s.records;
        }
        check(
          next === end,
          () => `${name}: segments ${JSON.stringify(segments)} end before ${end}`,
        );
        // The bounds never go back.
        const before = this.bounds.get(id);
        check(
          !before || (start >= before.start && end >= before.end),
          () => `${name}: [${start}, ${end}) after [${before?.start}, ${before?.end})`,
        );
        this.bounds.set(id, { start, end });
        // Immutable: an offset keeps the record first seen there.
        const told = this.appended.get(this.where(topic.name, p.id));
        for (const r of records) {
          const key = `${id}/${r.offset}`;
          const first = this.seen.get(key);
          if (!first) this.seen.set(key, r);
          else
            check(
              sameRecord(first, r),
              () => `${name}@${r.offset} was ${JSON.stringify(first)}, is ${JSON.stringify(r)}`,
            );
          check(
            this.sent.get(r.recordId)?.value === r.value,
            () => `${name}@${r.offset}: value ${r.value} of ${r.recordId} was not sent`,
          );
          // The events told exactly this.
          const event = told?.get(r.offset);
          check(
            event?.recordId === r.recordId && event.key === r.key,
            () =>
              `${name}@${r.offset} holds ${r.recordId}, records.appended said ${JSON.stringify(event)}`,
          );
        }
        check(
          (told?.size ?? 0) === end,
          () => `${name}: log end ${end}, ${told?.size ?? 0} records appended`,
        );
      }
    }
  }

  /** Once nothing is on its way: each record sent was appended exactly once, or failed. */
  checkAllAccounted(): void {
    for (const id of this.sent.keys())
      check(
        this.appendedAt.has(id) !== this.failed.has(id),
        () => `${id}: appended ${this.appendedAt.has(id)}, failed ${this.failed.has(id)}`,
      );
  }
}

describe('property: offsets are contiguous and immutable', () => {
  it('keeps every partition gap-free and every appended record unchanged, as the events say', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1, max: 3 }), scripts, (seed, brokers, steps) => {
        const auditor = new LogAuditor();
        const trace = runScript(steps, {
          seed,
          brokers: Array.from({ length: brokers }, (_, i) => i + 1),
          afterStep: (sim, _step, _index, stepEvents) => {
            auditor.onEvents(stepEvents);
            auditor.onSnapshot(sim);
          },
        });
        // Let linger.ms, the network and retries (up to delivery.timeout.ms) settle every record.
        const before = trace.events.length;
        settle(trace, 125_000, 1000);
        auditor.onEvents(trace.events.slice(before));
        auditor.onSnapshot(trace.sim);
        auditor.checkAllAccounted();
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
