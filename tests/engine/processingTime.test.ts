// A consumer that gets slow while it runs (setProcessingTime, `sim consumer slow`): Kafka's
// max.poll.interval.ms throws it out of its group, and KafkaConsumer rejoins at its next poll().
import { describe, expect, it } from 'vitest';
import { story } from '../support/story';

/** One consumer of t (1 partition) in group g, committing after each batch, caught up. */
function caughtUp() {
  const s = story().topic('t', 1);
  s.consumer('c1', {
    group: 'g',
    topics: ['t'],
    commit: 'after-processing',
    config: {
      'max.poll.interval.ms': 10_000,
      'max.poll.records': 5,
      'auto.offset.reset': 'earliest',
    },
  }).until('group.stable');
  s.produceMany('t', 5).advance(1_000);
  return s;
}

const slow = (ms: number) => ({
  type: 'setProcessingTime' as const,
  consumer: 'c1',
  processingMsPerRecord: ms,
});

describe('setProcessingTime: a consumer gets slow at run time', () => {
  it('shows the new pace in the snapshot and answers with it', () => {
    const s = caughtUp();
    expect(s.tryTo(slow(250))).toEqual({
      ok: true,
      value: { consumer: 'c1', processingMsPerRecord: 250 },
    });
    expect(s.snapshot().consumers[0]!.processingMsPerRecord).toBe(250);
  });

  it('a batch longer than max.poll.interval.ms: the member is expired, its commit fails (CommitFailedException) and its partitions are lost, not revoked', () => {
    const s = caughtUp();
    const memberBefore = s.snapshot().consumers[0]!.memberId;
    expect(s.committed('g', 't', 0)).toBe(5);
    // 5 records × 5 s = 25 s in one batch, against a 10 s max.poll.interval.ms.
    s.do(slow(5_000)).produceMany('t', 5);
    const pollAt = s.until('records.fetched').at;
    const expired = s.until('member.expired');
    expect(expired).toMatchObject({ reason: 'max.poll.interval.ms', memberId: memberBefore });
    expect(expired.at - pollAt).toBeGreaterThanOrEqual(10_000);
    expect(expired.at - pollAt).toBeLessThan(10_100);
    // The batch ends at 25 s; the commit after it is refused: the member is not in the group.
    const failed = s.until('commit.failed');
    expect(failed.error).toBe('CommitFailedException');
    expect(failed.at - pollAt).toBeGreaterThanOrEqual(25_000);
    expect(s.committed('g', 't', 0)).toBe(5);
    expect(s.eventsOf('partitions.revoked').filter((e) => e.consumer === 'c1')).toHaveLength(0);
  });

  it('rejoins at its next poll with a new member id, as KafkaConsumer does, and processes the batch again (duplicates)', () => {
    const s = caughtUp();
    const memberBefore = s.snapshot().consumers[0]!.memberId;
    s.do(slow(5_000)).produceMany('t', 5);
    s.until('member.expired');
    // The application recovers while the batch is still in hand: the rest of it goes fast.
    s.do(slow(0));
    const lost = s.until('partitions.lost');
    expect(lost).toMatchObject({ consumer: 'c1', partitions: [{ topic: 't', partition: 0 }] });
    s.until('group.stable');
    s.advance(1_000);
    const rejoined = s.eventsOf('member.joined').filter((e) => e.at >= lost.at);
    expect(rejoined.map((e) => e.consumer)).toEqual(['c1']);
    expect(rejoined[0]!.memberId).not.toBe(memberBefore);
    expect(s.assignmentOf('c1')).toEqual(['t-0']);
    expect(s.committed('g', 't', 0)).toBe(10);
    // Offsets 5…9 were processed, not committed, and processed again after the rejoin.
    expect(s.snapshot().groups[0]!.delivery).toMatchObject({ processed: 15, duplicates: 5 });
  });

  it('a consumer that stays slow is thrown out after every batch (the rebalance loop of a slow poll loop)', () => {
    const s = caughtUp();
    s.do(slow(5_000)).produceMany('t', 5);
    s.advance(120_000);
    expect(s.eventsOf('member.expired').length).toBeGreaterThanOrEqual(2);
    expect(s.committed('g', 't', 0)).toBe(5);
  });

  it('with two members: while the slow one is out its partitions go to the other, and it gets some back when it rejoins', () => {
    const s = story().topic('t', 2);
    const settings = {
      group: 'g',
      topics: ['t'],
      commit: 'after-processing' as const,
      config: { 'max.poll.interval.ms': 10_000, 'auto.offset.reset': 'earliest' as const },
    };
    s.consumer('c1', settings).consumer('c2', settings).until('group.stable');
    s.advance(100);
    expect(s.assignmentOf('c1')).toEqual(['t-0']);
    s.do(slow(20_000)).produce('t', null, 'heavy').produce('t', null, 'heavy');
    s.until('member.expired');
    s.until('group.stable', (e) => Object.keys(e.assignment).length === 1);
    s.advance(100);
    expect(s.assignmentOf('c2')).toEqual(['t-0', 't-1']);
    s.do(slow(0));
    s.until('group.stable', (e) => Object.keys(e.assignment).length === 2);
    s.advance(100);
    expect([s.assignmentOf('c1'), s.assignmentOf('c2')].map((a) => a.length)).toEqual([1, 1]);
  });

  it('the records left in the batch in hand go at the new pace (faster or slower)', () => {
    const s = caughtUp();
    s.do(slow(1_000)).produceMany('t', 5);
    const fetched = s.until('records.fetched');
    s.advance(2_000);
    // 2 of 5 records done at 1 s each; the 3 left take 100 ms each.
    s.do(slow(100));
    const done = s.until('records.processed', (e) => e.fromOffset === 5);
    expect(done.at - fetched.at).toBeGreaterThanOrEqual(2_300);
    expect(done.at - fetched.at).toBeLessThan(2_350);
    expect(s.eventsOf('records.processed').filter((e) => e.fromOffset === 5)).toHaveLength(1);
  });

  it('refuses an unknown or stopped consumer and a bad time, and changes nothing', () => {
    const s = caughtUp();
    const before = JSON.stringify(s.snapshot());
    expect(s.tryTo({ ...slow(5), consumer: 'nobody' })).toMatchObject({
      ok: false,
      error: { name: 'IllegalStateException', message: 'No running consumer nobody.' },
    });
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(s.tryTo(slow(bad))).toMatchObject({
        ok: false,
        error: { name: 'IllegalArgumentException' },
      });
    expect(JSON.stringify(s.snapshot())).toBe(before);
    s.crash('c1');
    expect(s.tryTo(slow(5)).ok).toBe(false);
  });

  it('startConsumer refuses a processing time that is not a whole number of ms ≥ 0, as setProcessingTime does', () => {
    const s = story().topic('t', 1);
    for (const bad of [-5, 0.5, Number.NaN])
      expect(
        s.tryTo({ type: 'startConsumer', group: 'g', topics: ['t'], processingMsPerRecord: bad }),
      ).toMatchObject({ ok: false, error: { name: 'IllegalArgumentException' } });
    expect(s.snapshot().consumers).toHaveLength(0);
  });
});
