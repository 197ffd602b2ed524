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
      'Cluster of 3 brokers (101, 102, 103); Controller: 3000. topic orders: partition 0 has 1 record (leader 103); partition 1 has 0 records (leader 101). Consumer group billing: 1 member, nothing committed yet.',
    );
  });

  it('tells leaders and in-sync replicas when replicated, and sums up a big topic', () => {
    const sim = new Simulation({ seed: 1, brokers: [1, 2, 3] });
    sim.execute({ type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 3 });
    sim.execute({ type: 'createTopic', topic: 'clicks', partitions: 40, replicationFactor: 2 });
    sim.execute({ type: 'brokerFault', broker: 2, fault: 'kill' });
    // KRaft fences the crashed broker after broker.session.timeout.ms (9 s) and shrinks the ISRs.
    sim.advanceBy(12_000);
    const text = describeStage(sim.snapshot());
    expect(text).toContain('Cluster of 3 brokers (1, 2 (down), 3)');
    expect(text).toMatch(
      /topic orders: partition 0 has 0 records \(leader [13], in-sync replicas [13] [13]\)/,
    );
    expect(text).toMatch(/topic clicks: 40 partitions, 0 records, \d+ under-replicated, 0 offline/);
    expect(text).not.toContain('partition 39');
  });
});
