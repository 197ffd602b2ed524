import { describe, expect, it } from 'vitest';
import { partitionForKey } from '../../src/engine';
import { story } from '../support/story';

const partitionsOf = (s: ReturnType<typeof story>) =>
  s.eventsOf('record.sent').map((e) => e.partition);

describe('the producer', () => {
  it('appends keyed records at the next offsets of the partition the key hashes to', () => {
    const s = story()
      .topic('trucks_gps', 10)
      .produce('trucks_gps', 'truck_1', 'lat=1')
      .produce('trucks_gps', 'truck_1', 'lat=2')
      .advance(10);
    const partition = s.snapshot().topics[0]?.partitions[partitionForKey('truck_1', 10)];
    expect(partition?.records.map((r) => [r.offset, r.value])).toEqual([
      [0, 'lat=1'],
      [1, 'lat=2'],
    ]);
    expect(partition?.logEndOffset).toBe(2);
  });

  it('numbers each partition from offset 0 on its own: offset 0 of one is not offset 0 of another', () => {
    const s = story().topic('t', 3);
    for (let p = 0; p < 3; p++)
      s.do({ type: 'produce', topic: 't', key: null, value: `v${p}`, partition: p });
    s.advance(10);
    expect(
      s.snapshot().topics[0]?.partitions.map((p) => p.records.map((r) => [r.offset, r.value])),
    ).toEqual([[[0, 'v0']], [[0, 'v1']], [[0, 'v2']]]);
  });

  it('sends keyless records round-robin with the RoundRobinPartitioner, as the notes teach', () => {
    const s = story().topic('t', 3).producer('rr', 'round-robin');
    for (let i = 0; i < 6; i++) s.produce('t', null, 'x', 'rr');
    expect(partitionsOf(s)).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it("sticks keyless records to one partition until batch.size bytes went there (Kafka's default since 2.4)", () => {
    const s = story()
      .topic('t', 3)
      .do({ type: 'createProducer', producer: 'p', config: { 'batch.size': 1000 } });
    // Each record is 70 bytes of overhead plus its value: 10 records of 30 bytes fill 1000 bytes.
    for (let i = 0; i < 30; i++)
      s.do({ type: 'produce', topic: 't', key: null, value: 'x'.repeat(30), producer: 'p' });
    const runs = partitionsOf(s).reduce<number[][]>((acc, p) => {
      const last = acc[acc.length - 1];
      if (last && last[0] === p) last.push(p);
      else acc.push([p]);
      return acc;
    }, []);
    // A new partition is picked after the tenth record (10 × 100 bytes ≥ 1000); it may be the same one.
    expect(runs.flat()).toHaveLength(30);
    for (const run of runs) expect(run.length % 10).toBe(0);
  });

  it('lets an explicit partition win over the key, and refuses one out of range', () => {
    const s = story().topic('t', 3);
    expect(
      s.tryTo({ type: 'produce', topic: 't', key: 'k', value: 'v', partition: 2 }),
    ).toMatchObject({ ok: true, value: { partition: 2 } });
    expect(s.tryTo({ type: 'produce', topic: 't', key: 'k', value: 'v', partition: 3 })).toEqual({
      ok: false,
      error: {
        name: 'IllegalArgumentException',
        message: 'Invalid partition given with record: 3 is not in the range [0...3].',
      },
    });
  });

  it('takes network time: sent now, appended by the leader a latency later, acknowledged after another', () => {
    const s = story().topic('t', 1);
    s.events.length = 0;
    s.produce('t', 'k', 'v').advance(1);
    expect(s.events.map((e) => [e.type, e.at])).toEqual([
      ['record.sent', 0],
      ['batch.sent', 0],
    ]);
    expect(s.snapshot().topics[0]?.partitions[0]?.logEndOffset).toBe(0);
    s.advance(10);
    expect(s.events.slice(2).map((e) => [e.type, e.at])).toEqual([
      ['records.appended', 2],
      ['highWatermark.advanced', 2],
      ['records.acknowledged', 4],
    ]);
  });

  it('batches records produced together: one request per partition (the record accumulator)', () => {
    const s = story().topic('t', 2).producer('rr', 'round-robin');
    for (let i = 0; i < 6; i++) s.produce('t', null, 'x', 'rr');
    s.advance(10);
    expect(s.eventsOf('batch.sent').map((e) => [e.partition, e.recordIds.length])).toEqual([
      [0, 3],
      [1, 3],
    ]);
  });

  it('waits linger.ms before sending, gathering what comes meanwhile into the batch', () => {
    const s = story()
      .topic('t', 1)
      .do({ type: 'createProducer', producer: 'p', config: { 'linger.ms': 5 } });
    s.produce('t', null, 'a', 'p').advance(3).produce('t', null, 'b', 'p').advance(1);
    expect(s.eventsOf('batch.sent')).toHaveLength(0);
    s.advance(2);
    expect(s.eventsOf('batch.sent').map((e) => [e.at, e.recordIds.length])).toEqual([[5, 2]]);
  });

  it('flush() and close() send at once, not after linger.ms (Kafka: a closed or flushing accumulator has every batch ready)', () => {
    const s = story()
      .topic('t', 1)
      .do({ type: 'createProducer', producer: 'p', config: { 'linger.ms': 1000 } });
    s.produce('t', null, 'a', 'p').advance(3).do({ type: 'flushProducer', producer: 'p' });
    s.advance(1);
    expect(s.eventsOf('batch.sent').map((e) => [e.at, e.recordIds.length])).toEqual([[3, 1]]);
    // The drain that linger.ms had planned finds nothing left to send.
    s.advance(2_000);
    expect(s.eventsOf('batch.sent')).toHaveLength(1);
    expect(s.tryTo({ type: 'flushProducer', producer: 'nobody' }).ok).toBe(false);
  });

  it('gets no acknowledgement with acks=0', () => {
    const s = story()
      .topic('t', 1)
      .do({ type: 'createProducer', producer: 'p', config: { acks: '0' } });
    s.produce('t', null, 'a', 'p').advance(10);
    expect(s.eventsOf('records.appended')).toHaveLength(1);
    expect(s.eventsOf('records.acknowledged')).toHaveLength(0);
  });

  it('auto-creates an unknown topic with num.partitions=1 (auto.create.topics.enable)', () => {
    const s = story().produce('fresh', 'k', 'v').advance(10);
    const topic = s.snapshot().topics.find((t) => t.name === 'fresh');
    expect(topic?.partitions).toHaveLength(1);
    expect(topic?.partitions[0]?.logEndOffset).toBe(1);
  });

  it('refuses a record for an illegal topic name and changes nothing', () => {
    const s = story().topic('t', 1);
    const before = JSON.stringify(s.snapshot());
    expect(s.tryTo({ type: 'produce', topic: 'bad name', key: null, value: 'v' }).ok).toBe(false);
    expect(JSON.stringify(s.snapshot())).toBe(before);
  });
});
