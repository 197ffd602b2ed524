// The stage's text alternative says what the picture shows, groups included.
import { describe, expect, it } from 'vitest';
import { describeStage } from '../../src/app/stage/describeStage';
import { Simulation } from '../../src/engine';

describe('describeStage', () => {
  it('names the brokers, each partition’s record count and each group’s members and lag', () => {
    const sim = new Simulation({ seed: 1, brokers: [101, 102, 103] });
    sim.execute({ type: 'createTopic', topic: 'orders', partitions: 2 });
    sim.execute({ type: 'produce', topic: 'orders', key: null, value: 'a', partition: 0 });
    sim.execute({ type: 'startConsumer', group: 'billing', topics: ['orders'], commit: 'none' });
    sim.advanceBy(4_000);
    expect(describeStage(sim.snapshot())).toBe(
      'Cluster of 3 brokers (101, 102, 103); topic orders: partition 0 has 1 record; partition 1 has 0 records. Consumer group billing: 1 member, nothing committed yet.',
    );
  });
});
