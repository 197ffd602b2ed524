// Rewind must be exact: a seek to any moment gives the state a straight run had at that moment,
// byte for byte, and playing on from there gives the same events — until someone acts, which
// starts a new future (a fork).
import { describe, expect, it } from 'vitest';
import { Timeline, simTime, type SimCommand, type SimEvent } from '../../src/engine';

/** A busy session: RF 3, two groups, a crash and a return, commands at many moments. */
const SCRIPT: readonly (readonly [number, SimCommand])[] = [
  [0, { type: 'createTopic', topic: 'orders', partitions: 6, replicationFactor: 3 }],
  [0, { type: 'createProducer', producer: 'p', config: { acks: 'all', 'linger.ms': 5 } }],
  [100, { type: 'startConsumer', consumer: 'a1', group: 'billing', topics: ['orders'] }],
  [150, { type: 'startConsumer', consumer: 'a2', group: 'billing', topics: ['orders'] }],
  [200, { type: 'startConsumer', consumer: 'b1', group: 'stock', topics: ['orders'] }],
  [9_000, { type: 'brokerFault', broker: 2, fault: 'kill' }],
  [14_000, { type: 'startConsumer', consumer: 'a3', group: 'billing', topics: ['orders'] }],
  [21_000, { type: 'stopConsumer', consumer: 'a1', how: 'crash' }],
  [26_000, { type: 'brokerFault', broker: 2, fault: 'start' }],
];
const END = 40_000;

function commandsAt(ms: number): SimCommand[] {
  const out: SimCommand[] = SCRIPT.filter(([at]) => at === ms).map(([, c]) => c);
  // A keyed record every 50 ms (1,000 over the session… and more).
  if (ms % 50 === 0 && ms > 300)
    out.push({
      type: 'produce',
      producer: 'p',
      topic: 'orders',
      key: `k${ms % 7}`,
      value: `v${ms}`,
    });
  return out;
}

/** Runs the session live, as the worker would: advance, then act, up to `end`. */
function runLive(end: number, timeline = new Timeline({ seed: 7, brokers: [1, 2, 3] })) {
  const events: SimEvent[] = [];
  for (let ms: number = timeline.now; ms <= end; ms += 50) {
    timeline.advanceTo(simTime(ms));
    for (const c of commandsAt(ms)) timeline.execute(c);
    events.push(...timeline.drainEvents());
  }
  return { timeline, events };
}

const state = (t: Timeline) =>
  JSON.stringify(t.snapshot({ recordsPerPartition: 100_000, internalRecords: true }));

describe('Timeline: rewind and replay', () => {
  const live = runLive(END);
  /** The state a straight run reaches at `at` (no seek involved). */
  const straight = (at: number) => {
    const { timeline } = runLive(Math.floor(at / 50) * 50);
    timeline.advanceTo(simTime(at));
    return timeline;
  };

  it('goes back to any moment exactly as it was (snapshot, next event seq, charts)', () => {
    for (const at of [0, 1, 4_999, 5_000, 9_000, 9_001, 17_333, 23_050, 39_999]) {
      const result = live.timeline.seekTo(at);
      const reference = straight(at);
      expect(result.now).toBe(at);
      expect(state(live.timeline)).toBe(state(reference));
      expect(live.timeline.nextEventSeq).toBe(reference.nextEventSeq);
      expect(live.timeline.metrics).toEqual(reference.metrics);
    }
  });

  it('plays on after a seek back with the same events as the first time (the journal replays)', () => {
    const { timeline, events } = runLive(END);
    timeline.seekTo(12_345);
    timeline.advanceTo(simTime(END));
    const again = timeline.drainEvents();
    expect(again.length).toBeGreaterThan(100);
    expect(JSON.stringify(again)).toBe(
      JSON.stringify(events.filter((e) => e.seq >= again[0]!.seq)),
    );
    expect(state(timeline)).toBe(state(live.timeline.seekTo(END) && live.timeline));
  });

  it('seeks forward through the known future, and never past the horizon', () => {
    const { timeline } = runLive(END);
    timeline.seekTo(3_000);
    expect(timeline.seekTo(30_000).now).toBe(30_000);
    expect(state(timeline)).toBe(state(straight(30_000)));
    expect(timeline.seekTo(999_999).now).toBe(END);
    expect(timeline.horizon).toBe(END);
  });

  it('marks crashes, elections, ISR changes and rebalances on the timeline, once each', () => {
    const { timeline } = runLive(END);
    const kinds = new Set(timeline.markers.map((m) => m.kind));
    expect([...kinds].sort()).toEqual([
      'broker',
      'election',
      'isr',
      'member',
      'rebalance',
      'topic',
    ]);
    const before = timeline.markers.length;
    timeline.seekTo(1_000);
    timeline.advanceTo(simTime(END));
    expect(timeline.markers.length).toBe(before);
    expect(timeline.markers.find((m) => m.kind === 'broker')?.label).toBe(
      'Broker 2 stopped (crash)',
    );
  });

  it('forks when someone acts in the past: the old future is dropped', () => {
    const { timeline } = runLive(END);
    timeline.seekTo(10_000);
    expect(timeline.hasFuture).toBe(true);
    timeline.execute({ type: 'brokerFault', broker: 3, fault: 'kill' });
    expect(timeline.hasFuture).toBe(false);
    expect(timeline.horizon).toBe(10_000);
    expect(timeline.markers.every((m) => m.at <= 10_000)).toBe(true);
    timeline.advanceTo(simTime(30_000));
    const snapshot = timeline.snapshot();
    // The old future restarted broker 2 at 26 s; this one never did, and broker 3 is down.
    expect(snapshot.brokers.map((b) => [b.id, b.up])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
    // And the new future is itself exact: back and forth gives the same state.
    const at30 = state(timeline);
    timeline.seekTo(12_000);
    timeline.seekTo(30_000);
    expect(state(timeline)).toBe(at30);
  });

  it('goes back to a bookmark: before the commands given at that same millisecond', () => {
    const timeline = new Timeline({ seed: 3, brokers: [1, 2] });
    timeline.execute({ type: 'createTopic', topic: 't', partitions: 2, replicationFactor: 2 });
    timeline.advanceTo(simTime(5_000));
    const before = state(timeline);
    const mark = timeline.bookmark();
    // A lesson step's action, at the very moment the step began.
    timeline.execute({ type: 'brokerFault', broker: 2, fault: 'kill' });
    timeline.advanceTo(simTime(20_000));
    timeline.seekToBookmark(mark);
    expect(timeline.now).toBe(5_000);
    expect(state(timeline)).toBe(before);
    // The kill is still the known future: play on and it happens again…
    expect(timeline.hasFuture).toBe(true);
    timeline.advanceTo(simTime(20_000));
    expect(timeline.snapshot().brokers.find((b) => b.id === 2)?.up).toBe(false);
    // …unless someone acts at the bookmark: then it is dropped.
    timeline.seekToBookmark(mark);
    timeline.execute({ type: 'brokerFault', broker: 1, fault: 'stop' });
    timeline.advanceTo(simTime(20_000));
    const brokers = timeline.snapshot().brokers.map((b) => [b.id, b.up]);
    expect(brokers).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('replays commands given back to back in one millisecond back to back', () => {
    const timeline = new Timeline({ seed: 4, brokers: [1, 2] });
    timeline.execute({ type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 2 });
    timeline.advanceTo(simTime(1_000));
    // A lesson's "Do it for me": six records at once, no time between them.
    for (let i = 0; i < 6; i++)
      timeline.execute({ type: 'produce', topic: 't', key: null, value: `v${i}` });
    // What was due at this moment runs after the six (the sender's batch), as it did live.
    timeline.advanceTo(simTime(1_000));
    const live = state(timeline);
    timeline.advanceTo(simTime(3_000));
    timeline.seekTo(1_000);
    expect(state(timeline)).toBe(live);
  });

  it('a bookmark taken right after a command returns to before what that command set due', () => {
    const timeline = new Timeline({ seed: 5, brokers: [1, 2] });
    timeline.execute({ type: 'createTopic', topic: 't', partitions: 2, replicationFactor: 2 });
    timeline.advanceTo(simTime(2_000));
    timeline.execute({ type: 'startConsumer', consumer: 'c', group: 'g', topics: ['t'] });
    // A lesson step met at once: its next step begins in this same millisecond.
    const mark = timeline.bookmark();
    const then = state(timeline);
    timeline.advanceTo(simTime(9_000));
    timeline.seekToBookmark(mark);
    expect(state(timeline)).toBe(then);
    // And from there the world runs as it did: the consumer's first poll is still due.
    timeline.advanceTo(simTime(9_000));
    expect(timeline.snapshot().groups.find((g) => g.groupId === 'g')?.state).toBe('Stable');
  });

  it('a bookmark right after a command is reached again after time ran on that same millisecond', () => {
    const timeline = new Timeline({ seed: 5, brokers: [1, 2] });
    timeline.execute({ type: 'createTopic', topic: 't', partitions: 2, replicationFactor: 2 });
    timeline.advanceTo(simTime(2_000));
    timeline.execute({ type: 'produce', topic: 't', key: 'k', value: 'v' });
    const mark = timeline.bookmark();
    const then = state(timeline);
    // Time runs at 2,000 only: the batch due now goes out…
    timeline.advanceTo(simTime(2_000));
    expect(state(timeline)).not.toBe(then);
    // …and the bookmark of the same moment brings back "not sent yet".
    timeline.seekToBookmark(mark);
    expect(state(timeline)).toBe(then);
  });

  it('steps to the next moment something happens', () => {
    const timeline = new Timeline({ seed: 1, brokers: [1] });
    timeline.drainEvents();
    timeline.execute({ type: 'createTopic', topic: 't', partitions: 1 });
    timeline.execute({ type: 'produce', topic: 't', key: null, value: 'x' });
    timeline.drainEvents();
    // Each step stops at the next moment with events: sent, then appended, then acknowledged.
    const steps: string[][] = [];
    let last = timeline.now;
    while (!steps.flat().includes('records.acknowledged')) {
      expect(timeline.stepToNextEvent()).toBe(true);
      expect(timeline.now).toBeGreaterThanOrEqual(last);
      last = timeline.now;
      steps.push(timeline.drainEvents().map((e) => e.type));
    }
    expect(steps.flat()).toEqual(
      expect.arrayContaining(['batch.sent', 'records.appended', 'records.acknowledged']),
    );
    expect(steps.length).toBeLessThan(10);
  });
});
