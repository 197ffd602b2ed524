// Consumer groups as Kafka's classic group protocol runs them, with Kafka 3.9's defaults:
// the range assignor first in partition.assignment.strategy, eager rebalancing,
// session.timeout.ms 45 s, heartbeat.interval.ms 3 s, group.initial.rebalance.delay.ms 3 s.
import { describe, expect, it } from 'vitest';
import { story } from '../support/story';

const GROUP = 'my-first-application';
const join = (s: ReturnType<typeof story>, id: string) =>
  s.consumer(id, { group: GROUP, topics: ['first_topic'] });

function walkthrough() {
  const s = story().topic('first_topic', 3);
  join(s, 'c1').until('group.stable');
  return s;
}

describe('the my-first-application walk-through (range assignor, eager)', () => {
  it('gives the first consumer every partition, after the initial rebalance delay of 3 s', () => {
    const s = walkthrough();
    const stable = s.eventsOf('group.stable')[0]!;
    expect(stable.at).toBeGreaterThanOrEqual(3000);
    expect(stable.at).toBeLessThan(3100);
    expect(stable.protocol).toBe('range');
    s.advance(10);
    expect(s.assignmentOf('c1')).toEqual(['first_topic-0', 'first_topic-1', 'first_topic-2']);
  });

  it('splits the partitions as members join: 3+0 → 2+1 → 1+1+1, and a fourth member sits idle', () => {
    const s = walkthrough();
    join(s, 'c2').until('group.stable', (e) => e.generation === 2);
    s.advance(10);
    expect([s.assignmentOf('c1'), s.assignmentOf('c2')]).toEqual([
      ['first_topic-0', 'first_topic-1'],
      ['first_topic-2'],
    ]);
    join(s, 'c3').until('group.stable', (e) => e.generation === 3);
    s.advance(10);
    expect(['c1', 'c2', 'c3'].map((c) => s.assignmentOf(c))).toEqual([
      ['first_topic-0'],
      ['first_topic-1'],
      ['first_topic-2'],
    ]);
    join(s, 'c4').until('group.stable', (e) => e.generation === 4);
    s.advance(10);
    expect(s.assignmentOf('c4')).toEqual([]);
  });

  it('notices a crashed member only when its session times out (45 s), then moves its partitions', () => {
    const s = walkthrough();
    join(s, 'c2').until('group.stable', (e) => e.generation === 2);
    s.advance(10).crash('c2');
    const crashAt = s.now;
    const expired = s.until('member.expired');
    expect(expired.reason).toBe('session.timeout.ms');
    expect(expired.at - crashAt).toBeGreaterThan(40_000);
    expect(expired.at - crashAt).toBeLessThanOrEqual(45_000);
    s.until('group.stable', (e) => e.generation === 3);
    s.advance(10);
    expect(s.assignmentOf('c1')).toEqual(['first_topic-0', 'first_topic-1', 'first_topic-2']);
  });

  it('rebalances at once when a member closes and leaves the group', () => {
    const s = walkthrough();
    join(s, 'c2').until('group.stable', (e) => e.generation === 2);
    s.advance(10).close('c2');
    const closedAt = s.now;
    const left = s.until('member.left');
    expect(left.at - closedAt).toBeLessThan(10);
    const stable = s.until('group.stable', (e) => e.generation === 3);
    // The remaining member hears of it with its next heartbeat: within heartbeat.interval.ms.
    expect(stable.at - closedAt).toBeLessThan(3_100);
  });

  it('makes every member give up all its partitions in an eager rebalance', () => {
    const s = walkthrough();
    join(s, 'c2').until('group.stable', (e) => e.generation === 2);
    const revoked = s.eventsOf('partitions.revoked');
    expect(revoked.map((e) => [e.consumer, e.partitions.length])).toEqual([['c1', 3]]);
  });

  it('forms member ids as Kafka does: the client id, a dash, a UUID', () => {
    const s = walkthrough();
    const members = s.snapshot().groups.find((g) => g.groupId === GROUP)?.members ?? [];
    expect(members.map((m) => m.memberId)).toEqual([
      expect.stringMatching(
        /^c1-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
    ]);
  });

  it('names default client ids consumer-<group>-<n>', () => {
    const s = story()
      .topic('t', 1)
      .do({ type: 'startConsumer', group: 'g', topics: ['t'] });
    expect(s.snapshot().consumers.map((c) => c.clientId)).toEqual(['consumer-g-1']);
  });
});

describe('cooperative rebalancing (cooperative-sticky)', () => {
  const coop = { 'partition.assignment.strategy': ['cooperative-sticky'] as const };

  it('only pauses the partitions that move, over two rebalances', () => {
    const s = story().topic('t', 4);
    s.consumer('a', {
      group: 'g',
      topics: ['t'],
      config: { 'partition.assignment.strategy': ['cooperative-sticky'] },
    }).until('group.stable');
    s.advance(10);
    s.consumer('b', {
      group: 'g',
      topics: ['t'],
      config: { 'partition.assignment.strategy': [...coop['partition.assignment.strategy']] },
    });
    s.until('group.stable', (e) => e.generation === 3);
    s.advance(10);
    // a gave up exactly the two partitions b now owns; it never revoked the ones it kept.
    const revokedByA = s
      .eventsOf('partitions.revoked')
      .filter((e) => e.consumer === 'a')
      .flatMap((e) => e.partitions.map((p) => `t-${p.partition}`));
    expect(revokedByA.sort()).toEqual(s.assignmentOf('b'));
    expect(s.assignmentOf('a')).toHaveLength(2);
    expect(s.eventsOf('group.stable').map((e) => e.generation)).toEqual([1, 2, 3]);
  });
});

describe('static membership (group.instance.id)', () => {
  it('lets a member restart within the session timeout without any rebalance, keeping its partitions', () => {
    const s = story().topic('t', 2);
    const cfg = (id: string) => ({
      group: 'g',
      topics: ['t'],
      config: { 'group.instance.id': id },
    });
    s.consumer('a', cfg('a-instance')).consumer('b', cfg('b-instance')).until('group.stable');
    s.advance(5000);
    const before = s.assignmentOf('b');
    const stables = s.eventsOf('group.stable').length;
    s.close('b').advance(10_000).consumer('b', cfg('b-instance')).advance(10_000);
    expect(s.eventsOf('group.stable')).toHaveLength(stables);
    expect(s.eventsOf('member.left')).toHaveLength(0);
    expect(s.assignmentOf('b')).toEqual(before);
  });
});

describe('offsets', () => {
  it('stores a commit in the group’s __consumer_offsets partition, abs(hashCode) % 50, on its leader', () => {
    const s = walkthrough();
    s.produce('first_topic', 'k', 'v').advance(6_000);
    const commit = s.eventsOf('offsets.committed').at(-1)!;
    const group = s.snapshot().groups.find((g) => g.groupId === GROUP)!;
    expect(commit.offsetsPartition).toBe(group.offsetsPartition);
    const offsets = s.snapshot().topics.find((t) => t.name === '__consumer_offsets')!;
    expect(offsets.partitions).toHaveLength(50);
    expect(group.coordinator).toBe(offsets.partitions[group.offsetsPartition]!.leader);
    expect(offsets.partitions[group.offsetsPartition]!.logEndOffset).toBeGreaterThan(0);
  });

  it('resumes a restarted consumer after its committed offset, not from the start', () => {
    const s = story().topic('t', 1);
    s.consumer('a', { group: 'g', topics: ['t'] }).until('group.stable');
    s.produceMany('t', 4).advance(6_000);
    expect(s.committed('g', 't', 0)).toBe(4);
    s.close('a').advance(100).produce('t', null, 'after').advance(10);
    s.consumer('a2', { group: 'g', topics: ['t'] }).until('records.fetched');
    expect(s.eventsOf('records.fetched').at(-1)).toMatchObject({
      consumer: 'a2',
      fromOffset: 4,
      count: 1,
    });
  });

  it('starts a group with no commits at the log end (auto.offset.reset=latest) or the start (earliest)', () => {
    const s = story().topic('t', 1).produceMany('t', 3).advance(10);
    s.consumer('late', { group: 'g1', topics: ['t'] }).consumer('early', {
      group: 'g2',
      topics: ['t'],
      config: { 'auto.offset.reset': 'earliest' },
    });
    s.advance(5_000);
    expect(s.eventsOf('offset.reset').map((e) => [e.consumer, e.to])).toEqual([
      ['late', 3],
      ['early', 0],
    ]);
    expect(s.eventsOf('records.fetched').map((e) => [e.consumer, e.count])).toEqual([['early', 3]]);
  });

  it('shows lag as the log end minus the committed offset', () => {
    const s = story().topic('t', 1);
    s.consumer('a', {
      group: 'g',
      topics: ['t'],
      processingMsPerRecord: 1000,
      config: { 'max.poll.records': 1, 'auto.offset.reset': 'earliest' },
    }).until('group.stable');
    s.produceMany('t', 10).advance(6_000);
    const offsets = s.snapshot().groups[0]!.offsets[0]!;
    expect(offsets.logEndOffset).toBe(10);
    expect(offsets.lag).toBe(10 - offsets.offset);
    expect(offsets.lag).toBeGreaterThan(0);
  });

  it('fails a commit after the member was thrown out for a slow poll loop (max.poll.interval.ms)', () => {
    const s = story().topic('t', 1);
    s.consumer('slow', {
      group: 'g',
      topics: ['t'],
      commit: 'after-processing',
      processingMsPerRecord: 20_000,
      config: { 'max.poll.interval.ms': 10_000, 'auto.offset.reset': 'earliest' },
    }).until('group.stable');
    s.produce('t', null, 'heavy').advance(40_000);
    expect(s.eventsOf('member.expired').map((e) => e.reason)).toContain('max.poll.interval.ms');
    expect(s.eventsOf('commit.failed').map((e) => e.error)).toContain('CommitFailedException');
  });
});

describe('assign() without a group', () => {
  it('reads the partitions it was given, needs no group and commits nothing', () => {
    const s = story().topic('t', 2).produce('t', 'a', '1').advance(10);
    s.do({
      type: 'startConsumer',
      consumer: 'solo',
      assign: [
        { topic: 't', partition: 0 },
        { topic: 't', partition: 1 },
      ],
      config: { 'auto.offset.reset': 'earliest' },
    });
    s.advance(100);
    expect(s.eventsOf('records.fetched').map((e) => e.consumer)).toEqual(['solo']);
    expect(s.eventsOf('offsets.committed')).toHaveLength(0);
    expect(s.snapshot().groups).toHaveLength(0);
  });

  it('refuses subscribe() without a group.id (InvalidGroupIdException)', () => {
    expect(
      story()
        .topic('t', 1)
        .tryTo({ type: 'startConsumer', topics: ['t'] }),
    ).toMatchObject({ ok: false, error: { name: 'InvalidGroupIdException' } });
  });

  it('seeks back and reads again', () => {
    const s = story().topic('t', 1).produceMany('t', 3).advance(10);
    s.do({
      type: 'startConsumer',
      consumer: 'r',
      assign: [{ topic: 't', partition: 0 }],
      config: { 'auto.offset.reset': 'earliest' },
    }).advance(100);
    s.do({ type: 'seek', consumer: 'r', topic: 't', partition: 0, offset: 1 })
      .produce('t', null, 'x')
      .advance(100);
    expect(s.eventsOf('records.fetched').map((e) => [e.fromOffset, e.count])).toEqual([
      [0, 3],
      [1, 3],
    ]);
  });
});

describe('fidelity fixes from review', () => {
  const coop = { 'partition.assignment.strategy': ['cooperative-sticky' as const] };

  it('hands over partitions a follower gives up in a cooperative rebalance (the follow-up round)', () => {
    const s = story().topic('t', 4);
    s.consumer('a', { group: 'g', topics: ['t'], config: coop }).until('group.stable');
    s.consumer('b', { group: 'g', topics: ['t'], config: coop }).until(
      'group.stable',
      (e) => e.generation === 3,
    );
    s.advance(3_000);
    // c joins: the leader a and the follower b each give one up; both must end up with c.
    s.consumer('c', { group: 'g', topics: ['t'], config: coop });
    s.advance(20_000);
    const owners = ['a', 'b', 'c'].flatMap((c) => s.assignmentOf(c));
    expect(owners.sort()).toEqual(['t-0', 't-1', 't-2', 't-3']);
    expect(s.assignmentOf('c').length).toBeGreaterThan(0);
  });

  it('extends the initial rebalance delay in 3 s windows while new members keep arriving', () => {
    const s = story().topic('t', 2);
    s.consumer('a', { group: 'g', topics: ['t'] })
      .advance(1_000)
      .consumer('b', { group: 'g', topics: ['t'] });
    const stable = s.until('group.stable');
    // a joins at ~6 ms: window one ends at ~3 s; b arrived during it, so one more window: ~6 s.
    expect(stable.at).toBeGreaterThan(6_000);
    expect(stable.at).toBeLessThan(6_100);
  });

  it('fences a second consumer that claims the same group.instance.id (FencedInstanceIdException)', () => {
    const s = story().topic('t', 2);
    const cfg = { group: 'g', topics: ['t'], config: { 'group.instance.id': 'same' } };
    s.consumer('first', cfg).until('group.stable');
    s.consumer('second', cfg).advance(20_000);
    const failed = s.eventsOf('consumer.failed');
    expect(failed.map((e) => [e.consumer, e.error])).toEqual([
      ['first', 'FencedInstanceIdException'],
    ]);
    expect(s.snapshot().consumers.find((c) => c.clientId === 'first')?.status).toBe('closed');
  });

  it('refuses a member whose assignors share none with the group (InconsistentGroupProtocolException)', () => {
    const s = story().topic('t', 2);
    s.consumer('a', {
      group: 'g',
      topics: ['t'],
      config: { 'partition.assignment.strategy': ['range'] },
    }).until('group.stable');
    s.consumer('b', {
      group: 'g',
      topics: ['t'],
      config: { 'partition.assignment.strategy': ['roundrobin'] },
    }).advance(5_000);
    expect(s.eventsOf('consumer.failed').map((e) => [e.consumer, e.error])).toEqual([
      ['b', 'InconsistentGroupProtocolException'],
    ]);
    expect(s.assignmentOf('a')).toEqual(['t-0', 't-1']);
  });

  it('picks up added partitions when the leader next refreshes its metadata (metadata.max.age.ms)', () => {
    const s = story().topic('t', 2);
    s.consumer('a', { group: 'g', topics: ['t'] })
      .consumer('b', { group: 'g', topics: ['t'] })
      .until('group.stable');
    s.do({ type: 'addPartitions', topic: 't', partitions: 4 });
    s.advance(60_000);
    expect([...s.assignmentOf('a'), ...s.assignmentOf('b')]).toHaveLength(2);
    s.advance(300_000);
    expect([...s.assignmentOf('a'), ...s.assignmentOf('b')].sort()).toEqual([
      't-0',
      't-1',
      't-2',
      't-3',
    ]);
  });

  it('loses (does not revoke) partitions after being thrown out, and commits nothing for them', () => {
    const s = story().topic('t', 1);
    s.consumer('slow', {
      group: 'g',
      topics: ['t'],
      commit: 'after-processing',
      processingMsPerRecord: 20_000,
      config: { 'max.poll.interval.ms': 10_000, 'auto.offset.reset': 'earliest' },
    }).until('group.stable');
    s.produce('t', null, 'heavy').advance(25_000);
    expect(s.eventsOf('partitions.lost').map((e) => e.consumer)).toEqual(['slow']);
  });

  it('names a static member’s client consumer-<group>-<group.instance.id>', () => {
    const s = story()
      .topic('t', 1)
      .do({
        type: 'startConsumer',
        group: 'g',
        topics: ['t'],
        config: { 'group.instance.id': 'web-1' },
      });
    expect(s.snapshot().consumers.map((c) => c.clientId)).toEqual(['consumer-g-web-1']);
  });
});
