import { describe, expect, it } from 'vitest';
import { flightPath } from '../../src/app/stage/flightPath';
import { findCell, findRow, layoutStage, STAGE_WIDTH } from '../../src/app/stage/layoutStage';
import type { Flight } from '../../src/app/store/types';
import { Simulation } from '../../src/engine';

/**
 * Three brokers; orders (3 partitions, RF 3); two producers (the second, acks=all, is the one
 * that produced); one record at orders-1 offset 0; group billing with c1 reading every partition.
 */
function world() {
  const sim = new Simulation({ seed: 1, brokers: [101, 102, 103] });
  sim.execute({ type: 'createTopic', topic: 'orders', partitions: 3, replicationFactor: 3 });
  sim.execute({ type: 'createProducer', producer: 'p-first' });
  sim.execute({ type: 'createProducer', producer: 'p-all', config: { acks: 'all' } });
  sim.execute({ type: 'startConsumer', consumer: 'c1', group: 'billing', topics: ['orders'] });
  sim.execute({
    type: 'produce',
    topic: 'orders',
    key: 'k',
    value: 'v',
    partition: 1,
    producer: 'p-all',
  });
  sim.advanceBy(8_000);
  return sim.snapshot({ recordsPerPartition: 100 });
}

const flight = (f: Partial<Flight> & Pick<Flight, 'kind'>): Flight => ({
  recordId: -1,
  topic: 'orders',
  partition: 1,
  offset: 0,
  key: null,
  ...f,
});

describe('flightPath', () => {
  const snapshot = world();
  const layout = layoutStage(snapshot);
  const producerBox = (id: string) => layout.producers.find((p) => p.clientId === id)!;
  const row = findRow(layout, 'orders', 1)!;

  it('flies a produced record from its own producer’s box (by client id) to its cell', () => {
    const path = flightPath(layout, flight({ kind: 'produce', recordId: 1, producer: 'p-all' }));
    expect(layout.producers.map((p) => p.clientId)).toEqual(['p-first', 'p-all']);
    expect(path).toEqual({ from: producerBox('p-all'), to: findCell(layout, 'orders', 1, 0) });
    expect(path!.from).not.toEqual(producerBox('p-first'));
  });

  it('has no path for a produced record whose cell is not drawn (it lands at once)', () => {
    expect(flightPath(layout, flight({ kind: 'produce', offset: 7, producer: 'p-all' }))).toBe(
      undefined,
    );
  });

  it('flies an acknowledgement from the row’s leader chip back to the producer', () => {
    const path = flightPath(layout, flight({ kind: 'ack', producer: 'p-all' }));
    const leaderChip = row.replicas.find((r) => r.leader)!;
    expect(leaderChip.broker).toBe(row.leader);
    expect(path).toEqual({ from: leaderChip, to: producerBox('p-all') });
  });

  it('flies the acknowledgement from the new leader after a failover, not the preferred replica', () => {
    const sim = new Simulation({ seed: 1, brokers: [101, 102, 103] });
    sim.execute({ type: 'createTopic', topic: 'orders', partitions: 3, replicationFactor: 3 });
    sim.execute({ type: 'createProducer', producer: 'p-all', config: { acks: 'all' } });
    const preferred = sim.snapshot().topics[0]!.partitions[1]!.replicas[0]!;
    sim.execute({ type: 'brokerFault', broker: preferred, fault: 'kill' });
    sim.advanceBy(35_000);
    const after = layoutStage(sim.snapshot());
    const newLeader = findRow(after, 'orders', 1)!.leader!;
    expect(newLeader).not.toBe(preferred);
    const path = flightPath(after, flight({ kind: 'ack', producer: 'p-all' }))!;
    expect(path.from).toMatchObject({ broker: newLeader, leader: true });
    // The election itself flashes on the new leader's chip.
    const elect = flightPath(after, flight({ kind: 'elect', broker: newLeader }))!;
    expect(elect.to).toMatchObject({ broker: newLeader });
  });

  it.each(['replicate', 'elect', 'truncate'] as const)(
    'lands a %s on the named broker’s replica chip',
    (kind) => {
      const follower = row.replicas.find((r) => !r.leader)!;
      const path = flightPath(layout, flight({ kind, broker: follower.broker }));
      expect(path).toEqual({ from: follower, to: follower });
    },
  );

  it('has no path for a replica event on a broker that holds no replica of the partition', () => {
    expect(flightPath(layout, flight({ kind: 'replicate', broker: 999 }))).toBe(undefined);
  });

  it('ends a fetch at the group member of that consumer, starting from the row’s strip end', () => {
    const member = layout.groups[0]!.members.find((m) => m.consumer === 'c1')!;
    const path = flightPath(layout, flight({ kind: 'fetch', consumer: 'c1', count: 1 }))!;
    expect(path.to).toMatchObject({ x: member.x, y: member.y, height: member.height });
    expect(path.from.x).toBe(row.strip.x + row.strip.width);
    expect(path.from.y).toBeGreaterThanOrEqual(row.y);
    expect(path.from.y).toBeLessThanOrEqual(row.y + row.height);
  });

  it('glows on the member that processes, and sends its commit to the group’s coordinator broker', () => {
    const member = layout.groups[0]!.members.find((m) => m.consumer === 'c1')!;
    const processing = flightPath(layout, flight({ kind: 'process', consumer: 'c1', count: 1 }))!;
    expect(processing.from).toBe(member);
    expect(processing.to).toBe(member);
    // The coordinator is the leader of the group's __consumer_offsets partition (Kafka's rule).
    const coordinator = snapshot.groups[0]!.coordinator;
    const commit = flightPath(layout, flight({ kind: 'commit', consumer: 'c1' }))!;
    expect(commit.from).toBe(member);
    expect(commit.to).toBe(layout.brokers.find((b) => b.id === coordinator));
  });

  it('has no path for a fetch by a consumer that is no group’s member', () => {
    expect(flightPath(layout, flight({ kind: 'fetch', consumer: 'stranger', count: 1 }))).toBe(
      undefined,
    );
  });

  it('has no path for any flight whose row is collapsed: it lands at once', () => {
    const folded = layoutStage(snapshot, STAGE_WIDTH, { collapsed: ['orders'] });
    const follower = row.replicas.find((r) => !r.leader)!.broker;
    for (const f of [
      flight({ kind: 'produce', recordId: 1, producer: 'p-all' }),
      flight({ kind: 'ack', producer: 'p-all' }),
      flight({ kind: 'replicate', broker: follower }),
      flight({ kind: 'elect', broker: follower }),
      flight({ kind: 'truncate', broker: follower }),
      flight({ kind: 'fetch', consumer: 'c1', count: 1 }),
      flight({ kind: 'retention', count: 1 }),
    ])
      expect(flightPath(folded, f), f.kind).toBe(undefined);
  });
});
