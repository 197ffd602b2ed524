// Replication, failures and acks, as Kafka 3.9 behaves with its defaults: followers fetch from
// the leader, the high watermark is the lowest log end in the ISR, a crashed broker is fenced
// after broker.session.timeout.ms (9 s) and its partitions get new leaders from the ISR.
import { describe, expect, it } from 'vitest';
import type { ProducerSettings } from '../../src/engine';
import { story } from '../support/story';

const rf = (
  s: ReturnType<typeof story>,
  topic: string,
  partitions: number,
  replicationFactor: number,
  config?: Record<string, string>,
) =>
  s.do({
    type: 'createTopic',
    topic,
    partitions,
    replicationFactor,
    ...(config ? { config } : {}),
  });
const producer = (s: ReturnType<typeof story>, id: string, config: ProducerSettings) =>
  s.do({ type: 'createProducer', producer: id, config });
const partition = (s: ReturnType<typeof story>, topic: string, p = 0) =>
  s.snapshot().topics.find((t) => t.name === topic)!.partitions[p]!;
const fault = (
  s: ReturnType<typeof story>,
  broker: number,
  f: 'stop' | 'kill' | 'start' | 'isolate' | 'reconnect' | 'slow',
  fetchDelayMs?: number,
) =>
  s.do({
    type: 'brokerFault',
    broker,
    fault: f,
    ...(fetchDelayMs === undefined ? {} : { fetchDelayMs }),
  });

describe('replication', () => {
  it('copies records to every follower and moves the high watermark when the ISR has them', () => {
    const s = story();
    rf(s, 't', 1, 3);
    s.produce('t', 'k', 'v').advance(50);
    const p = partition(s, 't');
    expect(p.replicaLogs.map((r) => [r.broker, r.logEndOffset])).toEqual(
      p.replicas.map((b) => [b, 1]),
    );
    expect(p.highWatermark).toBe(1);
    expect(s.eventsOf('records.replicated')).toHaveLength(2);
    const appended = s.eventsOf('records.appended')[0]!.at;
    expect(s.eventsOf('highWatermark.advanced').at(-1)!.at).toBeGreaterThan(appended);
  });

  it('lets consumers read only below the high watermark', () => {
    const s = story();
    rf(s, 't', 1, 3);
    const followers = partition(s, 't').replicas.slice(1);
    for (const b of followers) fault(s, b, 'slow', 60_000);
    s.do({
      type: 'startConsumer',
      consumer: 'r',
      assign: [{ topic: 't', partition: 0 }],
      config: { 'auto.offset.reset': 'earliest' },
    });
    producer(s, 'p', { acks: '1' });
    s.produce('t', null, 'not yet committed', 'p').advance(5_000);
    expect(partition(s, 't').logEndOffset).toBe(1);
    expect(partition(s, 't').highWatermark).toBe(0);
    expect(s.eventsOf('records.fetched')).toHaveLength(0);
  });

  it('shrinks the ISR when a follower falls behind for replica.lag.time.max.ms, and grows it back', () => {
    const s = story();
    rf(s, 't', 1, 3);
    const slow = partition(s, 't').replicas[2]!;
    fault(s, slow, 'slow', 60_000);
    producer(s, 'p', { acks: '1' });
    for (let i = 0; i < 50; i++) s.produce('t', null, `v${i}`, 'p').advance(1_000);
    const shrunk = s.eventsOf('isr.shrunk');
    expect(shrunk.map((e) => [e.broker, e.reason])).toEqual([[slow, 'replica.lag.time.max.ms']]);
    expect(shrunk[0]!.at).toBeGreaterThanOrEqual(30_000);
    fault(s, slow, 'slow', 0).advance(70_000);
    expect(s.eventsOf('isr.expanded').map((e) => e.broker)).toEqual([slow]);
    expect(partition(s, 't').isr).toContain(slow);
  });
});

describe('a broker failure', () => {
  it('is noticed after broker.session.timeout.ms; leadership moves to an ISR member and nothing acknowledged is lost', () => {
    const s = story();
    rf(s, 't', 1, 3);
    for (let i = 0; i < 5; i++) s.produce('t', `k${i}`, `v${i}`);
    s.advance(100);
    const leader = partition(s, 't').leader!;
    fault(s, leader, 'kill');
    const killedAt = s.now;
    const fenced = s.until('broker.fenced');
    expect(fenced.at - killedAt).toBeGreaterThan(7_000);
    expect(fenced.at - killedAt).toBeLessThanOrEqual(9_000 + 2_000);
    const elected = s.eventsOf('leader.elected').at(-1)!;
    expect(elected).toMatchObject({ previous: leader, unclean: false, lost: [] });
    expect(elected.leader).not.toBe(leader);
    expect(partition(s, 't').isr).not.toContain(leader);
    s.produce('t', 'after', 'failover').advance(100);
    expect(partition(s, 't').records.map((r) => r.value)).toEqual([
      'v0',
      'v1',
      'v2',
      'v3',
      'v4',
      'failover',
    ]);
  });

  it('leaves the partition with "Leader: none" when its last ISR member dies', () => {
    const s = story();
    rf(s, 't', 1, 1);
    const only = partition(s, 't').leader!;
    fault(s, only, 'kill').advance(12_000);
    expect(partition(s, 't').leader).toBeNull();
    expect(partition(s, 't').isr).toEqual([only]);
    fault(s, only, 'start').advance(5_000);
    expect(partition(s, 't').leader).toBe(only);
  });

  it('with acks=1 loses exactly the records the followers had not copied, and names them', () => {
    const s = story();
    rf(s, 't', 1, 3);
    producer(s, 'p', { acks: '1' });
    s.produce('t', 'safe', 'copied', 'p').advance(100);
    const [leader, ...followers] = partition(s, 't').replicas as unknown as [number, ...number[]];
    for (const b of followers) fault(s, b, 'slow', 20_000);
    // The fetches already waiting at the leader take one more record; the next ones are 20 s late.
    s.produce('t', 'flush', 'copied too', 'p').advance(100);
    s.produce('t', 'k1', 'lost-1', 'p').produce('t', 'k2', 'lost-2', 'p').advance(100);
    expect(s.eventsOf('records.acknowledged').flatMap((e) => e.recordIds)).toHaveLength(4);
    fault(s, leader, 'kill');
    const elected = s.until('leader.elected');
    expect(elected.lost.map((r) => [r.offset, r.key, r.committed])).toEqual([
      [2, 'k1', false],
      [3, 'k2', false],
    ]);
    for (const b of followers) fault(s, b, 'slow', 0);
    fault(s, leader, 'start');
    const truncated = s.until('records.truncated', (e) => e.broker === leader);
    expect(truncated.records.map((r) => r.key)).toEqual(['k1', 'k2']);
  });

  it('refuses acks=all writes when the ISR is smaller than min.insync.replicas (NotEnoughReplicas), until it recovers', () => {
    const s = story();
    rf(s, 't', 1, 3, { 'min.insync.replicas': '2' });
    const [, f1, f2] = partition(s, 't').replicas as unknown as [number, number, number];
    fault(s, f1, 'kill');
    fault(s, f2, 'kill').advance(15_000);
    expect(partition(s, 't').isr).toHaveLength(1);
    s.produce('t', 'k', 'v').advance(1_000);
    expect(s.eventsOf('produce.rejected').map((e) => e.error)).toContain(
      'NotEnoughReplicasException',
    );
    expect(s.eventsOf('produce.retrying').map((e) => e.error)).toContain('NOT_ENOUGH_REPLICAS');
    expect(s.eventsOf('records.acknowledged')).toHaveLength(0);
    fault(s, f1, 'start').advance(10_000);
    expect(s.eventsOf('records.acknowledged')).toHaveLength(1);
  });

  it('gives up after delivery.timeout.ms with Kafka’s TimeoutException', () => {
    const s = story();
    rf(s, 't', 1, 3, { 'min.insync.replicas': '3' });
    fault(s, partition(s, 't').replicas[1]!, 'kill').advance(15_000);
    producer(s, 'p', { 'delivery.timeout.ms': 5_000, 'request.timeout.ms': 2_000 });
    s.produce('t', 'k', 'v', 'p').advance(10_000);
    const failed = s.eventsOf('produce.failed');
    expect(failed.map((e) => e.error)).toEqual(['TimeoutException']);
    expect(failed[0]!.message).toBe(
      'Expiring 1 record(s) for t-0:5000 ms has passed since batch creation',
    );
  });

  it('refuses a delivery.timeout.ms shorter than linger.ms + request.timeout.ms (ConfigException)', () => {
    expect(
      story().tryTo({
        type: 'createProducer',
        producer: 'p',
        config: { 'delivery.timeout.ms': 5_000 },
      }),
    ).toEqual({
      ok: false,
      error: {
        name: 'ConfigException',
        message:
          'delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms',
      },
    });
  });
});

describe('unclean leader election', () => {
  function outOfSyncFollower(config: Record<string, string>) {
    const s = story();
    rf(s, 't', 1, 2, config);
    const [leader, follower] = partition(s, 't').replicas as unknown as [number, number];
    s.produce('t', 'early', 'both have it').advance(100);
    fault(s, follower, 'isolate').advance(40_000); // out of the ISR after replica.lag.time.max.ms
    s.produce('t', 'late', 'only the leader has it').advance(100);
    fault(s, follower, 'reconnect');
    fault(s, leader, 'kill').advance(15_000);
    return { s, leader, follower };
  }

  it('is refused by default: the partition has no leader', () => {
    const { s } = outOfSyncFollower({});
    expect(partition(s, 't').leader).toBeNull();
  });

  it('when enabled, elects the out-of-sync follower and loses the committed records it lacked', () => {
    const { s, follower } = outOfSyncFollower({ 'unclean.leader.election.enable': 'true' });
    const elected = s.eventsOf('leader.elected').at(-1)!;
    expect(elected).toMatchObject({ leader: follower, unclean: true });
    expect(elected.lost.map((r) => [r.key, r.committed])).toEqual([['late', true]]);
  });

  it('can be forced by an operator (kafka-leader-election --election-type unclean) on a topic that refuses it', () => {
    const { s, follower } = outOfSyncFollower({});
    expect(partition(s, 't').leader).toBeNull();
    s.do({ type: 'electLeaders', election: 'unclean', topic: 't' });
    expect(s.eventsOf('leader.elected').at(-1)).toMatchObject({ leader: follower, unclean: true });
    expect(partition(s, 't').leader).toBe(follower);
  });
});

describe('controlled shutdown and preferred leaders', () => {
  it('moves leadership away before stopping, losing nothing, and the preferred leader comes back', () => {
    const s = story();
    rf(s, 't', 3, 3);
    s.produceMany('t', 30, (i) => `k${i}`).advance(100);
    const before = s.snapshot().topics[0]!.partitions.map((p) => p.logEndOffset);
    const preferredOf0 = partition(s, 't', 0).replicas[0]!;
    fault(s, preferredOf0, 'stop');
    // At once: no session timeout to wait for.
    expect(partition(s, 't', 0).leader).not.toBe(preferredOf0);
    expect(
      s
        .eventsOf('leader.elected')
        .every((e) => e.reason === 'controlled shutdown' && e.lost.length === 0),
    ).toBe(true);
    fault(s, preferredOf0, 'start').advance(10_000);
    expect(partition(s, 't', 0).isr).toContain(preferredOf0);
    s.do({ type: 'electLeaders', election: 'preferred' });
    expect(partition(s, 't', 0).leader).toBe(preferredOf0);
    expect(s.snapshot().topics[0]!.partitions.map((p) => p.logEndOffset)).toEqual(before);
  });

  it('rebalances leaders back on its own (auto.leader.rebalance.enable, every 300 s)', () => {
    const s = story();
    rf(s, 't', 3, 3);
    const preferred = partition(s, 't', 1).replicas[0]!;
    fault(s, preferred, 'stop').advance(1_000);
    fault(s, preferred, 'start').advance(300_000);
    expect(partition(s, 't', 1).leader).toBe(preferred);
    expect(s.eventsOf('leader.elected').some((e) => e.reason === 'preferred replica')).toBe(true);
  });
});

describe('retries and idempotence', () => {
  function lostAcknowledgement(idempotent: boolean) {
    const s = story();
    rf(s, 't', 1, 3);
    producer(s, 'p', { acks: 'all', 'enable.idempotence': idempotent });
    const leader = partition(s, 't').leader!;
    s.produce('t', 'k', 'once', 'p');
    // The followers copy it, but the leader dies before it hears so: no acknowledgement leaves.
    while (s.eventsOf('records.replicated').length < 2) s.advance(1);
    fault(s, leader, 'kill').advance(60_000);
    return s;
  }

  it('without idempotence, the retry after a lost acknowledgement writes a duplicate you can see', () => {
    const s = lostAcknowledgement(false);
    // The dead broker's connection closes: the producer learns at once and retries on the new leader.
    expect(s.eventsOf('produce.retrying').map((e) => e.error)).toContain('NETWORK_EXCEPTION');
    expect(partition(s, 't').records.map((r) => r.value)).toEqual(['once', 'once']);
    expect(s.eventsOf('records.appended').at(-1)!.duplicates).toBe(1);
  });

  it('with idempotence (the default), the retry is recognised and written once', () => {
    const s = lostAcknowledgement(true);
    expect(partition(s, 't').records.map((r) => r.value)).toEqual(['once']);
    expect(s.eventsOf('produce.deduplicated')).toHaveLength(1);
    expect(s.eventsOf('records.acknowledged')).toHaveLength(1);
  });
});

describe('the controller', () => {
  const quorumFault = (s: ReturnType<typeof story>, node: number, f: 'stop' | 'start') =>
    s.do({ type: 'quorumFault', node, fault: f });

  it('runs as a quorum of three dedicated KRaft controllers, one of them active', () => {
    const c = story().snapshot().controller;
    expect(c.quorum.map((v) => v.id)).toEqual([3000, 3001, 3002]);
    expect(c.quorum.map((v) => v.id)).toContain(c.activeController);
  });

  it('fails over when the active controller dies, and keeps electing leaders', () => {
    const s = story();
    rf(s, 't', 3, 3);
    const active = s.snapshot().controller.activeController!;
    quorumFault(s, active, 'stop').advance(2_000);
    const next = s.snapshot().controller.activeController;
    expect(next).not.toBeNull();
    expect(next).not.toBe(active);
    fault(s, 102, 'kill').advance(15_000);
    expect(s.snapshot().topics[0]!.partitions.every((p) => p.leader !== 102)).toBe(true);
  });

  it('freezes when the quorum is lost: a dead broker is neither fenced nor replaced as leader', () => {
    const s = story();
    rf(s, 't', 3, 3);
    const [a, b] = s.snapshot().controller.quorum.map((v) => v.id) as unknown as [number, number];
    quorumFault(s, a, 'stop');
    quorumFault(s, b, 'stop');
    expect(s.snapshot().controller.activeController).toBeNull();
    const leaders = s.snapshot().topics[0]!.partitions.map((p) => p.leader);
    fault(s, 101, 'kill').advance(30_000);
    expect(s.eventsOf('broker.fenced')).toHaveLength(0);
    expect(s.snapshot().topics[0]!.partitions.map((p) => p.leader)).toEqual(leaders);
  });

  it('in ZooKeeper mode has an ensemble and a controller broker', () => {
    const c = story(1, [101, 102, 103], 'zookeeper').snapshot().controller;
    expect(c.mode).toBe('zookeeper');
    expect(c.quorum.map((v) => v.id)).toEqual([1, 2, 3]);
    expect([101, 102, 103]).toContain(c.activeController);
  });
});

describe('the group coordinator', () => {
  it('moves with the leadership of the group’s __consumer_offsets partition, and the group carries on', () => {
    const s = story();
    rf(s, 't', 2, 3);
    s.consumer('c', { group: 'g', topics: ['t'] }).until('group.stable');
    const coordinator = s.snapshot().groups[0]!.coordinator!;
    fault(s, coordinator, 'kill').advance(20_000);
    const moved = s.eventsOf('coordinator.moved');
    expect(moved.at(-1)).toMatchObject({ group: 'g', from: coordinator });
    expect(s.snapshot().groups[0]!.coordinator).not.toBe(coordinator);
    s.produce('t', 'k', 'v').advance(10_000);
    expect(s.eventsOf('records.fetched').length).toBeGreaterThan(0);
  });
});

describe('determinism with failures', () => {
  it('replays crashes, elections and retries byte for byte', () => {
    const run = () => {
      const s = story(5);
      rf(s, 't', 3, 3);
      s.consumer('c', { group: 'g', topics: ['t'] });
      for (let i = 0; i < 20; i++) s.produce('t', `k${i % 4}`, `v${i}`).advance(500);
      fault(s, 102, 'kill').advance(12_000);
      for (let i = 0; i < 10; i++) s.produce('t', null, `w${i}`).advance(300);
      fault(s, 102, 'start').advance(20_000);
      return JSON.stringify(s.events) + JSON.stringify(s.snapshot());
    };
    expect(run()).toBe(run());
  });
});

describe('fidelity fixes from review', () => {
  it('keeps healthy followers in the ISR under steady load (Kafka counts the previous fetch as caught up)', () => {
    const s = story();
    rf(s, 't', 1, 3);
    producer(s, 'p', { acks: '1' });
    for (let i = 0; i < 600; i++) s.produce('t', null, `v${i}`, 'p').advance(100);
    expect(s.eventsOf('isr.shrunk')).toHaveLength(0);
    expect(partition(s, 't').isr).toHaveLength(3);
  });

  it('holds the high watermark while the ISR is below min.insync.replicas: acks=1 data stays unreadable', () => {
    const s = story();
    rf(s, 't', 1, 3, { 'min.insync.replicas': '2' });
    const [, f1, f2] = partition(s, 't').replicas as unknown as [number, number, number];
    fault(s, f1, 'kill');
    fault(s, f2, 'kill').advance(15_000);
    producer(s, 'p', { acks: '1' });
    s.produce('t', 'k', 'v', 'p').advance(1_000);
    expect(partition(s, 't').logEndOffset).toBe(1);
    expect(partition(s, 't').highWatermark).toBe(0);
    fault(s, f1, 'start').advance(15_000);
    expect(partition(s, 't').highWatermark).toBe(1);
  });

  it('caps min.insync.replicas at the replication factor', () => {
    const s = story();
    rf(s, 't', 1, 1, { 'min.insync.replicas': '2' });
    s.produce('t', 'k', 'v').advance(100);
    expect(s.eventsOf('records.acknowledged')).toHaveLength(1);
  });

  it('writes an idempotent retry on the new leader when only the dead leader had the batch', () => {
    const s = story();
    rf(s, 't', 1, 3);
    const [leader, ...followers] = partition(s, 't').replicas as unknown as [number, ...number[]];
    for (const b of followers) fault(s, b, 'slow', 30_000);
    s.produce('t', 'warm', 'up').advance(100); // uses up the fetches already waiting at the leader
    s.produce('t', 'k', 'only on the leader').advance(10);
    fault(s, leader, 'kill');
    for (const b of followers) fault(s, b, 'slow', 0);
    s.advance(60_000);
    expect(s.eventsOf('produce.deduplicated')).toHaveLength(0);
    expect(partition(s, 't').records.map((r) => r.value)).toContain('only on the leader');
    expect(s.eventsOf('records.acknowledged').flatMap((e) => e.recordIds)).toHaveLength(2);
  });

  it('backs off exponentially between retries, up to retry.backoff.max.ms', () => {
    const s = story();
    rf(s, 't', 1, 3, { 'min.insync.replicas': '3' });
    fault(s, partition(s, 't').replicas[2]!, 'kill').advance(15_000);
    s.produce('t', 'k', 'v').advance(10_000);
    const times = s.eventsOf('batch.sent').map((e) => e.at);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps[0]).toBeLessThan(200);
    expect(Math.max(...gaps)).toBeGreaterThan(700);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1_210);
  });
});
