import { describe, expect, it } from 'vitest';
import {
  AUTO_COLLAPSE,
  CELL,
  STAGE_WIDTH,
  findCell,
  findRow,
  layoutStage,
  type StageLayout,
} from '../../src/app/stage/layoutStage';
import { Simulation, type WorldSnapshot } from '../../src/engine';

function snapshotWith(records: number, partitions = 3): WorldSnapshot {
  const sim = new Simulation({ seed: 1, brokers: [101, 102, 103] });
  sim.execute({ type: 'createTopic', topic: 'orders', partitions });
  for (let i = 0; i < records; i++)
    sim.execute({ type: 'produce', topic: 'orders', key: null, value: `${i}`, partition: 0 });
  sim.advanceBy(10);
  return sim.snapshot({ recordsPerPartition: 1000 });
}

describe('layoutStage', () => {
  it('draws one row per partition, in order, below the brokers', () => {
    const layout = layoutStage(snapshotWith(0));
    const rows = layout.topics[0]!.partitions;
    expect(rows.map((r) => r.id)).toEqual([0, 1, 2]);
    const brokerBottom = Math.max(...layout.brokers.map((b) => b.y + b.height));
    expect(rows[0]!.y).toBeGreaterThan(brokerBottom);
    expect(rows[1]!.y).toBeGreaterThan(rows[0]!.y);
    expect(layout.height).toBeGreaterThan(rows[2]!.y);
  });

  it('places offsets left to right, with the next offset (the log end) after the last record', () => {
    const row = layoutStage(snapshotWith(3)).topics[0]!.partitions[0]!;
    expect(row.cells.map((c) => c.offset)).toEqual([0, 1, 2]);
    expect(row.cells[1]!.x).toBeGreaterThan(row.cells[0]!.x);
    expect(row.next.offset).toBe(3);
    expect(row.next.x).toBeGreaterThan(row.cells[2]!.x);
    expect(row.hidden).toBe(0);
  });

  it('keeps the newest records and the log end in view when the log outgrows the strip', () => {
    const layout = layoutStage(snapshotWith(200));
    const row = layout.topics[0]!.partitions[0]!;
    expect(row.cells.at(-1)!.offset).toBe(199);
    expect(row.next.x + row.next.width).toBeLessThanOrEqual(layout.width);
    expect(row.hidden).toBe(200 - row.cells.length);
    expect(findCell(layout, 'orders', 0, 0)).toBeUndefined();
    expect(findCell(layout, 'orders', 0, 199)).toBe(row.cells.at(-1));
  });

  it('lists for each broker the partitions it leads', () => {
    const layout = layoutStage(snapshotWith(0));
    const led = layout.brokers.flatMap((b) => b.leads).sort();
    expect(led).toEqual(['orders-0', 'orders-1', 'orders-2']);
    for (const b of layout.brokers) expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
  });

  it('shows each group reading a partition: its member, its committed offset marked on the strip, its lag', () => {
    const sim = new Simulation({ seed: 1, brokers: [101, 102, 103] });
    sim.execute({ type: 'createTopic', topic: 'orders', partitions: 1 });
    for (const v of ['a', 'b', 'c'])
      sim.execute({ type: 'produce', topic: 'orders', key: null, value: v });
    sim.execute({
      type: 'startConsumer',
      consumer: 'c1',
      group: 'billing',
      topics: ['orders'],
      config: { 'auto.offset.reset': 'earliest', 'max.poll.records': 2 },
      commit: 'after-processing',
    });
    sim.advanceBy(4_000);
    const row = layoutStage(sim.snapshot({ recordsPerPartition: 100 })).topics[0]!.partitions[0]!;
    expect(row.readers).toHaveLength(1);
    const reader = row.readers[0]!;
    expect(reader).toMatchObject({ group: 'billing', committed: 3, lag: 0 });
    expect(reader.member).toMatch(/^c1-[0-9a-f]{4}…$/);
    // The marker sits at the log end: the next record the group will read.
    expect(reader.marker!.x).toBeLessThan(row.next.x);
    expect(reader.marker!.x).toBeGreaterThan(row.cells[2]!.x);
    // The row grows a line for the group, and the next row starts below it.
    expect(reader.textY).toBeGreaterThan(row.strip.y + row.strip.height);
  });

  it('draws no group line for partitions nobody reads', () => {
    expect(
      layoutStage(snapshotWith(2)).topics[0]!.partitions.every((r) => r.readers.length === 0),
    ).toBe(true);
  });
});

/** orders (3 partitions, RF 3; orders-1's replicas are [101, 102, 103], led by 101). */
function threeBrokers(mode: 'kraft' | 'zookeeper' = 'kraft') {
  const sim = new Simulation({ seed: 1, brokers: [101, 102, 103], mode });
  sim.execute({ type: 'createTopic', topic: 'orders', partitions: 3, replicationFactor: 3 });
  return sim;
}

const layoutOf = (sim: Simulation, options = {}) =>
  layoutStage(sim.snapshot({ recordsPerPartition: 100 }), STAGE_WIDTH, options);

function produceTo(sim: Simulation, partition: number, count: number) {
  for (let i = 0; i < count; i++)
    sim.execute({ type: 'produce', topic: 'orders', key: null, value: `v${i}`, partition });
}

describe('layoutStage: replicas', () => {
  it('puts the leader’s chip first, even when a failover made a later replica the leader', () => {
    const sim = threeBrokers();
    const before = findRow(layoutOf(sim), 'orders', 0)!;
    const preferred = before.replicaIds[0]!;
    expect(before.replicas.map((r) => r.broker)).toEqual(before.replicaIds);
    // Crash the preferred leader: after broker.session.timeout.ms the next in-sync replica leads.
    sim.execute({ type: 'brokerFault', broker: preferred, fault: 'kill' });
    sim.advanceBy(35_000);
    const row = findRow(layoutOf(sim), 'orders', 0)!;
    expect(row.leader).not.toBe(preferred);
    expect(row.replicas[0]).toMatchObject({ broker: row.leader, leader: true });
    expect(row.replicas.filter((r) => r.leader)).toHaveLength(1);
    // The followers keep their assignment order after the leader.
    expect(row.replicas.slice(1).map((r) => r.broker)).toEqual(
      row.replicaIds.filter((b) => b !== row.leader),
    );
    // Chips are laid out left to right in that order.
    expect(row.replicas[1]!.x).toBeGreaterThan(row.replicas[0]!.x);
  });

  it('marks a crashed follower offline and out of the ISR once replica.lag.time.max.ms (30 s) has passed; the others stay in sync', () => {
    const sim = threeBrokers();
    produceTo(sim, 1, 2);
    sim.advanceBy(100);
    expect(findRow(layoutOf(sim), 'orders', 1)!.replicas.every((r) => r.inSync)).toBe(true);
    sim.execute({ type: 'brokerFault', broker: 103, fault: 'kill' });
    sim.advanceBy(35_000);
    const row = findRow(layoutOf(sim), 'orders', 1)!;
    expect(row.isr).toEqual([101, 102]);
    expect(row.replicas.map((r) => [r.broker, r.leader, r.inSync, r.brokerUp])).toEqual([
      [101, true, true, true],
      [102, false, true, true],
      [103, false, false, false],
    ]);
  });

  it('marks a slow follower that stopped catching up out of the ISR but up, with how far behind it is', () => {
    const sim = threeBrokers();
    produceTo(sim, 1, 2);
    sim.advanceBy(100);
    sim.execute({ type: 'brokerFault', broker: 103, fault: 'slow', fetchDelayMs: 120_000 });
    sim.advanceBy(1_000);
    produceTo(sim, 1, 3);
    sim.advanceBy(50_000);
    const chip = findRow(layoutOf(sim), 'orders', 1)!.replicas.find((r) => r.broker === 103)!;
    expect(chip).toMatchObject({ inSync: false, brokerUp: true, logEndOffset: 2, behind: 3 });
  });
});

describe('layoutStage: the high watermark', () => {
  /** orders-1 with 2 records everyone has, then 3 a slow follower has not fetched yet (acks=1). */
  function stalledHighWatermark() {
    const sim = threeBrokers();
    produceTo(sim, 1, 2);
    sim.advanceBy(100);
    sim.execute({ type: 'brokerFault', broker: 103, fault: 'slow', fetchDelayMs: 120_000 });
    sim.advanceBy(1_000);
    produceTo(sim, 1, 3);
    sim.advanceBy(1_000);
    return findRow(layoutOf(sim), 'orders', 1)!;
  }

  it('draws records at or above the high watermark as uncommitted: written, not yet readable', () => {
    const row = stalledHighWatermark();
    expect(row.highWatermark).toBe(2);
    expect(row.next.offset).toBe(5);
    expect(row.cells.map((c) => [c.offset, c.uncommitted])).toEqual([
      [0, false],
      [1, false],
      [2, true],
      [3, true],
      [4, true],
    ]);
  });

  it('puts the high watermark line on the edge between the last readable cell and the first unreadable one', () => {
    const row = stalledHighWatermark();
    const [, lastReadable, firstUnreadable] = row.cells;
    expect(row.hwX).toBe(firstUnreadable!.x - CELL.gap / 2);
    expect(row.hwX!).toBeGreaterThan(lastReadable!.x + lastReadable!.width - 1e-9);
    expect(row.hwX!).toBeLessThan(firstUnreadable!.x);
  });

  it('marks nothing uncommitted once every in-sync replica has the records', () => {
    const sim = threeBrokers();
    produceTo(sim, 1, 3);
    sim.advanceBy(1_000);
    const row = findRow(layoutOf(sim), 'orders', 1)!;
    expect(row.highWatermark).toBe(3);
    expect(row.cells.some((c) => c.uncommitted)).toBe(false);
    // The line sits at the log end: everything written is readable.
    expect(row.hwX).toBe(row.next.x - CELL.gap / 2);
  });
});

describe('layoutStage: consumer groups', () => {
  it('links each member to exactly the partition rows it holds (range: 2 + 1 over 3 partitions)', () => {
    const sim = threeBrokers();
    for (const consumer of ['c1', 'c2'])
      sim.execute({ type: 'startConsumer', consumer, group: 'billing', topics: ['orders'] });
    sim.advanceBy(8_000);
    const snapshot = sim.snapshot({ recordsPerPartition: 100 });
    expect(snapshot.groups[0]!.state).toBe('Stable');
    const layout = layoutStage(snapshot);
    const [group] = layout.groups;
    expect(group!.members).toHaveLength(2);
    const linked = group!.members.map((m) => m.links.map((l) => l.key).sort());
    for (const m of group!.members) {
      const held = snapshot.consumers
        .find((c) => c.memberId === m.memberId)!
        .assignment.map((tp) => `${tp.topic}-${tp.partition}`)
        .sort();
      expect(m.links.map((l) => l.key).sort()).toEqual(held);
      expect(m.paused).toBe(false);
      // Each link starts at the right end of its row's strip, at the row's height.
      for (const link of m.links) {
        const row = findRow(layout, 'orders', Number(link.key.split('-')[1]))!;
        expect(link.from.x).toBe(row.strip.x + row.strip.width);
        expect(link.from.y).toBeGreaterThan(row.y);
        expect(link.from.y).toBeLessThan(row.y + row.height);
      }
    }
    expect(linked.map((l) => l.length).sort()).toEqual([1, 2]);
    expect(linked.flat().sort()).toEqual(['orders-0', 'orders-1', 'orders-2']);
  });

  it('draws no link to a partition whose topic is collapsed', () => {
    const sim = threeBrokers();
    sim.execute({ type: 'startConsumer', consumer: 'c1', group: 'billing', topics: ['orders'] });
    sim.advanceBy(8_000);
    const layout = layoutOf(sim, { collapsed: ['orders'] });
    expect(layout.groups[0]!.members[0]!.links).toEqual([]);
    expect(layout.groups[0]!.members[0]!.partitions).toBe('orders-0 orders-1 orders-2');
  });
});

describe('layoutStage: folding topics', () => {
  it(`starts a topic of more than ${AUTO_COLLAPSE} partitions collapsed, and the collapsed option unfolds it`, () => {
    const sim = threeBrokers();
    sim.execute({ type: 'createTopic', topic: 'big', partitions: AUTO_COLLAPSE + 1 });
    sim.execute({ type: 'createTopic', topic: 'edge', partitions: AUTO_COLLAPSE });
    const topic = (layout: StageLayout, name: string) =>
      layout.topics.find((t) => t.name === name)!;

    const folded = layoutOf(sim);
    expect(topic(folded, 'big')).toMatchObject({ collapsed: true, partitionCount: 61 });
    expect(topic(folded, 'big').partitions).toEqual([]);
    expect(topic(folded, 'edge').collapsed).toBe(false);
    expect(topic(folded, 'edge').partitions).toHaveLength(AUTO_COLLAPSE);
    expect(findRow(folded, 'big', 0)).toBeUndefined();

    const unfolded = layoutOf(sim, { collapsed: ['big'] });
    expect(topic(unfolded, 'big').collapsed).toBe(false);
    expect(topic(unfolded, 'big').partitions).toHaveLength(AUTO_COLLAPSE + 1);
    expect(unfolded.height).toBeGreaterThan(folded.height);
  });

  it('folds a small topic named in the collapsed option, keeping its summary', () => {
    const sim = threeBrokers();
    produceTo(sim, 0, 2);
    sim.advanceBy(100);
    const orders = layoutOf(sim, { collapsed: ['orders'] }).topics[0]!;
    expect(orders).toMatchObject({ collapsed: true, partitionCount: 3, records: 2 });
    expect(orders.partitions).toEqual([]);
  });
});

describe('layoutStage: brokers and the controller', () => {
  const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('draws up to 10 brokers as boxes in one row', () => {
    const ids = Array.from({ length: 10 }, (_, i) => i + 1);
    const layout = layoutStage(new Simulation({ seed: 1, brokers: ids }).snapshot());
    expect(layout.brokers.every((b) => !b.compact)).toBe(true);
    expect(new Set(layout.brokers.map((b) => b.y)).size).toBe(1);
  });

  it('lays out more than 10 brokers (here 100) as compact chips in a grid within the stage width, none overlapping', () => {
    const ids = Array.from({ length: 100 }, (_, i) => i + 1);
    const sim = new Simulation({ seed: 1, brokers: ids });
    sim.execute({ type: 'createTopic', topic: 'orders', partitions: 3 });
    const layout = layoutStage(sim.snapshot());
    expect(layout.brokers).toHaveLength(100);
    expect(layout.brokers.every((b) => b.compact)).toBe(true);
    for (const b of layout.brokers) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
    }
    for (let i = 0; i < layout.brokers.length; i++)
      for (let j = i + 1; j < layout.brokers.length; j++)
        expect(overlaps(layout.brokers[i]!, layout.brokers[j]!)).toBe(false);
    // More than one row of chips, and the topics start below the grid.
    expect(new Set(layout.brokers.map((b) => b.y)).size).toBeGreaterThan(1);
    const gridBottom = Math.max(...layout.brokers.map((b) => b.y + b.height));
    expect(layout.topics[0]!.partitions[0]!.y).toBeGreaterThan(gridBottom);
  });

  it('marks the active controller broker in ZooKeeper mode, and names it in the controller box', () => {
    const sim = threeBrokers('zookeeper');
    sim.advanceBy(1_000);
    const snapshot = sim.snapshot();
    const active = snapshot.controller.activeController;
    expect(active).not.toBeNull();
    const layout = layoutStage(snapshot);
    expect(layout.brokers.filter((b) => b.controller).map((b) => b.id)).toEqual([active]);
    expect(layout.controller).toMatchObject({ mode: 'zookeeper', active });
    expect(layout.controller!.text).toMatch(/^ZooKeeper /);
  });

  it('names the KRaft quorum leader in the controller box, and the new one after the leader stops; no broker is marked', () => {
    const sim = threeBrokers();
    sim.advanceBy(1_000);
    const first = layoutStage(sim.snapshot());
    const leader = sim.snapshot().controller.quorumLeader!;
    expect(first.controller).toMatchObject({ mode: 'kraft', active: leader });
    expect(first.controller!.text).toBe('KRaft quorum 3000, 3001, 3002');
    expect(first.brokers.some((b) => b.controller)).toBe(false);

    sim.execute({ type: 'quorumFault', node: leader, fault: 'stop' });
    sim.advanceBy(10_000);
    const after = sim.snapshot();
    const next = after.controller.quorumLeader;
    expect(next).not.toBeNull();
    expect(next).not.toBe(leader);
    const layout = layoutStage(after);
    expect(layout.controller!.active).toBe(next);
    expect(layout.controller!.text).toContain(`${leader} (down)`);
  });
});
