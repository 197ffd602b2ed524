import { describe, expect, it } from 'vitest';
import { Simulation, partitionForKey, type SimEvent } from '../../src/engine';

const world = () => new Simulation({ seed: 7, brokers: [101, 102, 103] });

describe('a topic', () => {
  it('is created with its partitions, each led by its first (preferred) replica', () => {
    const sim = world();
    expect(sim.execute({ type: 'createTopic', topic: 'orders', partitions: 3 })).toEqual({
      ok: true,
      value: { topic: 'orders' },
    });
    const topic = sim.snapshot().topics.find((t) => t.name === 'orders');
    expect(topic?.partitions.map((p) => p.id)).toEqual([0, 1, 2]);
    for (const p of topic?.partitions ?? []) expect(p.leader).toBe(p.replicas[0]);
    // Leaders go round the brokers: three partitions on three brokers, one leader each.
    expect(new Set(topic?.partitions.map((p) => p.leader))).toEqual(new Set([101, 102, 103]));
  });

  it('cannot be created twice (TopicExistsException)', () => {
    const sim = world();
    sim.execute({ type: 'createTopic', topic: 'orders', partitions: 3 });
    expect(sim.execute({ type: 'createTopic', topic: 'orders' })).toEqual({
      ok: false,
      error: { name: 'TopicExistsException', message: "Topic 'orders' already exists." },
    });
  });

  it('refuses a replication factor larger than the brokers (InvalidReplicationFactorException)', () => {
    const sim = new Simulation({ seed: 1 });
    const result = sim.execute({
      type: 'createTopic',
      topic: 'a',
      partitions: 2,
      replicationFactor: 2,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        name: 'InvalidReplicationFactorException',
        message: 'Replication factor: 2 larger than available brokers: 1.',
      },
    });
    expect(sim.snapshot().topics).toEqual([]);
  });

  it.each([
    ['', "Topic name is illegal, it can't be empty"],
    ['..', 'Topic name cannot be "." or ".."'],
    [
      'a b',
      `Topic name "a b" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`,
    ],
    [
      'x'.repeat(250),
      `Topic name is illegal, it can't be longer than 249 characters, topic name: ${'x'.repeat(250)}`,
    ],
  ])('refuses the illegal name %j as Topic#validate does', (name, message) => {
    expect(new Simulation({ seed: 1 }).execute({ type: 'createTopic', topic: name })).toEqual({
      ok: false,
      error: { name: 'InvalidTopicException', message },
    });
  });

  it("refuses a name that collides with another once '.' and '_' are unified", () => {
    const sim = world();
    sim.execute({ type: 'createTopic', topic: 'trucks_gps' });
    const result = sim.execute({ type: 'createTopic', topic: 'trucks.gps' });
    expect(result.ok).toBe(false);
    expect(sim.snapshot().topics.map((t) => t.name)).toEqual(['trucks_gps']);
  });
});

describe('producing', () => {
  it('appends keyed records at the next offsets of the partition the key hashes to', () => {
    const sim = world();
    sim.execute({ type: 'createTopic', topic: 'trucks_gps', partitions: 10 });
    const expected = partitionForKey('truck_1', 10);
    sim.execute({ type: 'produce', topic: 'trucks_gps', key: 'truck_1', value: 'lat=1' });
    sim.execute({ type: 'produce', topic: 'trucks_gps', key: 'truck_1', value: 'lat=2' });
    sim.runUntilIdle();
    const partition = sim.snapshot().topics[0]?.partitions[expected];
    expect(partition?.records.map((r) => [r.offset, r.value])).toEqual([
      [0, 'lat=1'],
      [1, 'lat=2'],
    ]);
    expect(partition?.logEndOffset).toBe(2);
  });

  it('numbers each partition from offset 0 on its own: offset 0 of one is not offset 0 of another', () => {
    const sim = world();
    sim.execute({ type: 'createTopic', topic: 't', partitions: 3 });
    for (let p = 0; p < 3; p++)
      sim.execute({ type: 'produce', topic: 't', key: null, value: `v${p}`, partition: p });
    sim.runUntilIdle();
    const partitions = sim.snapshot().topics[0]?.partitions ?? [];
    expect(partitions.map((p) => p.records.map((r) => [r.offset, r.value]))).toEqual([
      [[0, 'v0']],
      [[0, 'v1']],
      [[0, 'v2']],
    ]);
  });

  it('sends keyless records round-robin, as the notes teach (RoundRobinPartitioner)', () => {
    const sim = world();
    sim.execute({ type: 'createTopic', topic: 't', partitions: 3 });
    const partitions = Array.from({ length: 6 }, () => {
      const r = sim.execute({ type: 'produce', topic: 't', key: null, value: 'x' });
      return r.ok ? r.value.partition : -1;
    });
    expect(partitions).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('lets an explicit partition win over the key, and refuses one out of range', () => {
    const sim = world();
    sim.execute({ type: 'createTopic', topic: 't', partitions: 3 });
    const chosen = sim.execute({ type: 'produce', topic: 't', key: 'k', value: 'v', partition: 2 });
    expect(chosen.ok && chosen.value.partition).toBe(2);
    expect(
      sim.execute({ type: 'produce', topic: 't', key: 'k', value: 'v', partition: 3 }),
    ).toEqual({
      ok: false,
      error: {
        name: 'IllegalArgumentException',
        message: 'Invalid partition given with record: 3 is not in the range [0...3].',
      },
    });
  });

  it('takes network time: sent now, appended by the leader one latency later', () => {
    const sim = new Simulation({ seed: 1, networkLatencyMs: 5 });
    sim.execute({ type: 'createTopic', topic: 't' });
    sim.drainEvents();
    sim.execute({ type: 'produce', topic: 't', key: 'k', value: 'v' });
    sim.advanceBy(4);
    expect(sim.drainEvents().map((e) => [e.type, e.at])).toEqual([['record.sent', 0]]);
    expect(sim.snapshot().inFlight).toBe(1);
    sim.advanceBy(1);
    expect(sim.drainEvents().map((e) => [e.type, e.at])).toEqual([['record.appended', 5]]);
  });

  it('refuses to produce to a topic that does not exist, and changes nothing', () => {
    const sim = world();
    const before = JSON.stringify(sim.snapshot());
    expect(sim.execute({ type: 'produce', topic: 'nope', key: null, value: 'v' }).ok).toBe(false);
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });
});

describe('determinism', () => {
  const script = (seed: number): SimEvent[] => {
    const sim = new Simulation({ seed, brokers: [101, 102, 103] });
    const log: SimEvent[] = [];
    sim.execute({ type: 'createTopic', topic: 'orders', partitions: 5 });
    for (let i = 0; i < 50; i++) {
      sim.execute({
        type: 'produce',
        topic: 'orders',
        key: i % 3 ? `k${i % 7}` : null,
        value: `order ${i}`,
      });
      sim.advanceBy(1 + (i % 4));
      log.push(...sim.drainEvents());
    }
    sim.runUntilIdle();
    log.push(...sim.drainEvents());
    return log;
  };

  it('gives an identical event log, byte for byte, for the same seed and commands', () => {
    expect(JSON.stringify(script(42))).toBe(JSON.stringify(script(42)));
  });

  it('depends on the seed (replica placement starts at a random broker)', () => {
    const leaders = (seed: number) => {
      const sim = new Simulation({ seed, brokers: [101, 102, 103] });
      sim.execute({ type: 'createTopic', topic: 't', partitions: 1 });
      return sim.snapshot().topics[0]?.partitions[0]?.leader;
    };
    const seen = new Set(Array.from({ length: 20 }, (_, seed) => leaders(seed)));
    expect(seen.size).toBeGreaterThan(1);
  });
});
