import { describe, expect, it } from 'vitest';
import { recordJourney, type RecordRef } from '../../src/app/inspect/recordJourney';
import { story } from '../support/story';

/** Three brokers, orders with RF 3, an acks=all producer and one consumer in group billing. */
function oneRecordTravels() {
  const s = story()
    .do({ type: 'createTopic', topic: 'orders', partitions: 3, replicationFactor: 3 })
    .do({ type: 'createProducer', producer: 'p-all', config: { acks: 'all' } })
    .consumer('c1', {
      group: 'billing',
      topics: ['orders'],
      config: { 'auto.offset.reset': 'earliest' },
    });
  s.until('group.stable', (e) => e.group === 'billing');
  const result = s.sim.execute({
    type: 'produce',
    topic: 'orders',
    key: 'truck_1',
    value: 'lat=51.5',
    producer: 'p-all',
  });
  if (!result.ok) throw new Error(result.error.message);
  // Past auto.commit.interval.ms (5 s) after the group is stable, so the group has committed.
  s.advance(6_000);
  const ref: RecordRef = {
    topic: 'orders',
    partition: result.value.partition,
    offset: 0,
    recordId: result.value.recordId,
  };
  return { s, ref };
}

describe('recordJourney', () => {
  it('tells a record’s journey in time order: sent, appended, copied by both followers, under the high watermark, acknowledged, fetched, committed past', () => {
    const { s, ref } = oneRecordTravels();
    const journey = recordJourney(s.events, ref);
    const leader = s.snapshot().topics[0]!.partitions[ref.partition]!.leader!;
    const followers = s
      .snapshot()
      .topics[0]!.partitions[ref.partition]!.replicas.filter((b) => b !== leader);
    expect(followers).toHaveLength(2);

    const texts = journey.map((j) => j.text);
    expect(texts).toEqual([
      'Sent by p-all (key partitioning)',
      `Appended by the leader, broker ${leader}, at offset 0`,
      expect.stringMatching(/^Copied by follower broker \d+$/),
      expect.stringMatching(/^Copied by follower broker \d+$/),
      'Under the high watermark (1): consumers may read it',
      'Acknowledged to p-all',
      'Fetched by c1 (group billing)',
      'Committed past it by group billing (offset 1)',
    ]);
    // Each follower's copy, once each.
    expect(
      texts
        .filter((t) => t.startsWith('Copied'))
        .map((t) => Number(t.split(' ').at(-1)))
        .sort(),
    ).toEqual([...followers].sort());
    // Virtual times never go backwards.
    const times = journey.map((j) => j.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('acknowledges an acks=all record only after both followers have copied it (and it is under the high watermark)', () => {
    const { s, ref } = oneRecordTravels();
    const journey = recordJourney(s.events, ref);
    const at = (prefix: string) =>
      journey.filter((j) => j.text.startsWith(prefix)).map((j) => j.at);
    const acked = at('Acknowledged')[0]!;
    expect(at('Copied')).toHaveLength(2);
    for (const copied of at('Copied')) expect(copied).toBeLessThan(acked);
    expect(at('Under the high watermark')[0]).toBeLessThanOrEqual(acked);
    expect(at('Appended')[0]).toBeLessThan(Math.min(...at('Copied')));
  });

  it('counts the group as past the record only once its committed offset is beyond it (auto-commit)', () => {
    const { s, ref } = oneRecordTravels();
    const journey = recordJourney(s.events, ref);
    const fetched = journey.find((j) => j.text.startsWith('Fetched'))!;
    const committed = journey.find((j) => j.text.startsWith('Committed'))!;
    expect(committed.at).toBeGreaterThan(fetched.at);
    // Commits of offset 0 (nothing read yet) on the same partition do not count as past it.
    const commits = s.eventsOf('offsets.committed');
    const firstPast = commits.find((c) =>
      c.offsets.some((o) => o.partition === ref.partition && o.offset > ref.offset),
    )!;
    expect(committed.at).toBe(firstPast.at);
  });

  it('has none of these steps for a record of another partition', () => {
    const { s, ref } = oneRecordTravels();
    const other = (ref.partition + 1) % 3;
    expect(recordJourney(s.events, { ...ref, partition: other, recordId: 9_999 })).toEqual([]);
  });
});
