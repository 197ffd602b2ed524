// Segments and retention, as Kafka's log does them: segments roll on segment.bytes and
// segment.ms, retention deletes whole segments on the broker's retention check (every
// log.retention.check.interval.ms, 5 minutes), and the log start offset moves up.
import { describe, expect, it } from 'vitest';
import { story } from '../support/story';

// Each record is 70 bytes of overhead plus key and value: value 'x'.repeat(30) makes 100 bytes.
const VALUE = 'x'.repeat(30);
const fill = (s: ReturnType<typeof story>, topic: string, n: number) => {
  for (let i = 0; i < n; i++)
    s.do({ type: 'produce', topic, key: null, value: VALUE, partition: 0 });
  return s.advance(10);
};

describe('segments', () => {
  it('roll when the next record would pass segment.bytes', () => {
    const s = fill(story().topic('t', 1, { 'segment.bytes': '1000' }), 't', 25);
    const segments = s.snapshot().topics[0]!.partitions[0]!.segments;
    expect(segments.map((g) => [g.baseOffset, g.records])).toEqual([
      [0, 10],
      [10, 10],
      [20, 5],
    ]);
    expect(s.eventsOf('segment.rolled').map((e) => e.newBaseOffset)).toEqual([10, 20]);
  });

  it('roll when the active segment is older than segment.ms', () => {
    const s = fill(story().topic('t', 1, { 'segment.ms': '60000' }), 't', 2);
    s.advance(60_000);
    fill(s, 't', 1);
    expect(s.snapshot().topics[0]!.partitions[0]!.segments.map((g) => g.baseOffset)).toEqual([
      0, 2,
    ]);
  });
});

describe('retention', () => {
  it('deletes the oldest whole segments over retention.bytes at the retention check, never part of one', () => {
    const s = fill(
      story().topic('t', 1, { 'segment.bytes': '1000', 'retention.bytes': '1500' }),
      't',
      25,
    );
    expect(s.eventsOf('segment.deleted')).toHaveLength(0);
    s.advance(300_000); // log.retention.check.interval.ms
    // 2,500 bytes in segments of 1,000, 1,000 and 500: dropping the first leaves 1,500, which is
    // not over the limit, so the second stays.
    expect(
      s.eventsOf('segment.deleted').map((e) => [e.baseOffset, e.lastOffset, e.reason]),
    ).toEqual([[0, 9, 'retention.bytes']]);
    const p = s.snapshot().topics[0]!.partitions[0]!;
    expect([p.logStartOffset, p.logEndOffset]).toEqual([10, 25]);
    expect(p.records[0]?.offset).toBe(10);
  });

  it('deletes segments whose newest record is older than retention.ms, the active one too, keeping offsets', () => {
    const s = fill(story().topic('t', 1, { 'retention.ms': '60000' }), 't', 3);
    s.advance(300_000);
    const p = s.snapshot().topics[0]!.partitions[0]!;
    expect([p.logStartOffset, p.logEndOffset, p.records.length]).toEqual([3, 3, 0]);
    fill(s, 't', 1);
    // Offsets never restart: the next record is offset 3.
    expect(s.snapshot().topics[0]!.partitions[0]!.records.map((r) => r.offset)).toEqual([3]);
  });

  it('sends a consumer positioned before the log start to auto.offset.reset', () => {
    const s = fill(
      story().topic('t', 1, { 'segment.bytes': '1000', 'retention.bytes': '1000' }),
      't',
      25,
    );
    s.do({
      type: 'startConsumer',
      consumer: 'r',
      assign: [{ topic: 't', partition: 0 }],
      config: { 'auto.offset.reset': 'earliest' },
    });
    s.do({ type: 'seek', consumer: 'r', topic: 't', partition: 0, offset: 0 });
    s.advance(300_000);
    s.do({ type: 'seek', consumer: 'r', topic: 't', partition: 0, offset: 5 }).advance(1_000);
    const reset = s.eventsOf('offset.reset').at(-1)!;
    expect(reset).toMatchObject({ consumer: 'r', from: 5, policy: 'earliest' });
    expect(reset.to).toBe(s.snapshot().topics[0]!.partitions[0]!.logStartOffset);
  });

  it('leaves compacted topics (__consumer_offsets) to the cleaner, not to deletion', () => {
    const s = story().topic('c', 1, { 'cleanup.policy': 'compact', 'retention.ms': '1' });
    fill(s, 'c', 3).advance(300_000);
    expect(s.eventsOf('segment.deleted')).toHaveLength(0);
  });
});
