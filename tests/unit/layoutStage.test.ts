import { describe, expect, it } from 'vitest';
import { findCell, layoutStage } from '../../src/app/stage/layoutStage';
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
