// The simulator's load generator: a steady rate of records from one producer, keys in turn.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/engine';

describe('setLoad', () => {
  it('produces the asked rate with keys key-0… in turn, and stops at rate 0', () => {
    const sim = new Simulation({ seed: 1, brokers: [1, 2, 3] });
    sim.execute({ type: 'createTopic', topic: 'orders', partitions: 4, replicationFactor: 3 });
    expect(
      sim.execute({
        type: 'setLoad',
        producer: 'load',
        topic: 'orders',
        recordsPerSecond: 250,
        keys: 3,
      }),
    ).toEqual({ ok: true, value: { producer: 'load', recordsPerSecond: 250 } });
    sim.advanceBy(2_000);
    const sent = sim.drainEvents().filter((e) => e.type === 'record.sent');
    expect(sent).toHaveLength(500);
    expect(sent.slice(0, 4).map((e) => e.type === 'record.sent' && e.key)).toEqual([
      'key-0',
      'key-1',
      'key-2',
      'key-0',
    ]);
    expect(sim.snapshot().producers.find((p) => p.clientId === 'load')?.load).toEqual({
      topic: 'orders',
      recordsPerSecond: 250,
      keys: 3,
    });
    sim.execute({ type: 'setLoad', producer: 'load', topic: 'orders', recordsPerSecond: 0 });
    sim.advanceBy(1_000);
    expect(sim.drainEvents().filter((e) => e.type === 'record.sent')).toHaveLength(0);
  });

  it('refuses a bad rate or an unknown topic and changes nothing', () => {
    const sim = new Simulation({ seed: 1 });
    const before = JSON.stringify(sim.snapshot());
    expect(
      sim.execute({ type: 'setLoad', producer: 'p', topic: 'nope', recordsPerSecond: 5 }).ok,
    ).toBe(false);
    expect(
      sim.execute({ type: 'setLoad', producer: 'p', topic: 'nope', recordsPerSecond: -1 }),
    ).toMatchObject({ ok: false });
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });
});
