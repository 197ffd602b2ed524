// The simulator's load generator: a steady rate of records from one producer, keys in turn.
import { describe, expect, it } from 'vitest';
import { Simulation, type LoadValues, type SimEvent } from '../../src/engine';
import { isoAt, VIRTUAL_EPOCH_MS } from '../../src/engine/virtualEpoch';

/** The values a load of `values` sends in its first `ms` of virtual time. */
function valuesSent(values: LoadValues, ms: number, keys = 0, keyPrefix?: string) {
  const sim = new Simulation({ seed: 1 });
  sim.execute({ type: 'createTopic', topic: 't', partitions: 1 });
  const started = sim.execute({
    type: 'setLoad',
    producer: 'p',
    topic: 't',
    recordsPerSecond: 100,
    values,
    keys,
    ...(keyPrefix === undefined ? {} : { keyPrefix }),
  });
  expect(started.ok).toBe(true);
  sim.advanceBy(ms);
  return sim
    .drainEvents()
    .filter((e): e is Extract<SimEvent, { type: 'record.sent' }> => e.type === 'record.sent')
    .map((e) => ({ key: e.key, value: e.value, at: e.at }));
}

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
      keyPrefix: 'key-',
      values: 'order',
    });
    sim.execute({ type: 'setLoad', producer: 'load', topic: 'orders', recordsPerSecond: 0 });
    sim.advanceBy(1_000);
    expect(sim.drainEvents().filter((e) => e.type === 'record.sent')).toHaveLength(0);
  });

  it('makes its producer at once (as an application does before its loop), so a slow load shows before its first record', () => {
    const sim = new Simulation({ seed: 1 });
    sim.execute({ type: 'createTopic', topic: 'orders', partitions: 1 });
    sim.execute({ type: 'setLoad', producer: 'slow', topic: 'orders', recordsPerSecond: 0.1 });
    expect(sim.snapshot().producers.find((p) => p.clientId === 'slow')).toMatchObject({
      acks: 'all',
      load: { topic: 'orders', recordsPerSecond: 0.1 },
    });
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

describe('the load generator’s values (the notes’ examples)', () => {
  it('sends the notes’ order events by default: {"order_id":…,"user_id":…,"status":"placed"}', () => {
    expect(valuesSent('order', 30).map((r) => r.value)).toEqual([
      '{"order_id":1000,"user_id":0,"status":"placed"}',
      '{"order_id":1001,"user_id":7,"status":"placed"}',
      '{"order_id":1002,"user_id":14,"status":"placed"}',
    ]);
  });

  it('sends log lines as notes 001 shows them ({"level","message","timestamp"}), stamped with virtual time from 2024-01-01', () => {
    const sent = valuesSent('log', 200);
    expect(sent[0]!.value).toBe(
      '{"level":"INFO","message":"User 0 logged in","timestamp":"2024-01-01T00:00:00.010Z"}',
    );
    const parsed = sent.map((r) => JSON.parse(r.value!) as Record<string, string>);
    expect(new Set(parsed.map((p) => p.level))).toEqual(new Set(['INFO', 'WARN', 'ERROR']));
    // Each line's timestamp is the moment it was produced.
    sent.forEach((r, i) =>
      expect(parsed[i]!.timestamp).toBe(new Date(VIRTUAL_EPOCH_MS + r.at).toISOString()),
    );
  });

  it('sends click events as notes 001 shows them ({"user_id","event","page","timestamp"}); a keyed load clicks as the key’s user', () => {
    const keyless = valuesSent('click', 10);
    expect(keyless).toEqual([
      {
        key: null,
        value: '{"user_id":0,"event":"click","page":"home","timestamp":"2024-01-01T00:00:00.010Z"}',
        at: 10,
      },
    ]);
    const keyed = valuesSent('click', 1_000, 4, 'user-');
    for (const r of keyed) {
      const click = JSON.parse(r.value!) as { user_id: number; event: string; page: string };
      expect(r.key).toBe(`user-${click.user_id}`);
      expect(['click', 'page_view']).toContain(click.event);
    }
    expect(new Set(keyed.map((r) => (JSON.parse(r.value!) as { event: string }).event))).toEqual(
      new Set(['click', 'page_view']),
    );
    // Every user gets around, whatever the number of keys.
    for (let user = 0; user < 4; user++) {
      const pages = keyed
        .filter((r) => r.key === `user-${user}`)
        .map((r) => (JSON.parse(r.value!) as { page: string }).page);
      expect(new Set(pages).size).toBeGreaterThan(2);
    }
  });

  it('sends GPS reports with the key’s truck id, keyless loads a new truck each time', () => {
    const truck = (value: string | null) => JSON.parse(value!) as { truck_id: number };
    expect(valuesSent('gps', 20, 2, 'truck-').map((r) => [r.key, truck(r.value)])).toEqual([
      ['truck-0', { truck_id: 0, lat: 18.52, lon: 73.95 }],
      ['truck-1', { truck_id: 1, lat: 18.56624, lon: 73.78426 }],
    ]);
    expect(valuesSent('gps', 20).map((r) => truck(r.value).truck_id)).toEqual([0, 1]);
  });

  it('sends the same bytes on a replay (no randomness, no wall clock)', () => {
    for (const kind of ['order', 'gps', 'log', 'click'] as const)
      expect(valuesSent(kind, 500, 3)).toEqual(valuesSent(kind, 500, 3));
  });

  it('refuses an unknown kind of values and changes nothing', () => {
    const sim = new Simulation({ seed: 1 });
    sim.execute({ type: 'createTopic', topic: 't', partitions: 1 });
    const before = JSON.stringify(sim.snapshot());
    expect(
      sim.execute({
        type: 'setLoad',
        producer: 'p',
        topic: 't',
        recordsPerSecond: 5,
        values: 'tweets' as LoadValues,
      }),
    ).toMatchObject({ ok: false, error: { name: 'IllegalArgumentException' } });
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });
});

describe('virtual time as a date', () => {
  it('prints what Date#toISOString prints, from 2024-01-01T00:00:00.000Z, across months and years', () => {
    expect(VIRTUAL_EPOCH_MS).toBe(Date.UTC(2024, 0, 1));
    for (const ms of [0, 5_120, 86_399_999, 59 * 86_400_000 + 1, 366 * 86_400_000, 1e11 + 7])
      expect(isoAt(ms)).toBe(new Date(VIRTUAL_EPOCH_MS + ms).toISOString());
  });
});
