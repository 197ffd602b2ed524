// "Everything the builder does can also be typed in the terminal": each builder action's terminal
// line, run by the headless runner, leaves the world exactly as the action did.
import { describe, expect, it } from 'vitest';
import type { SimCommand } from '../../src/engine';
import { runScript } from '../../src/cli/runner';
import { createWorld } from '../../src/cli/world';
import { terminalLine } from '../../src/scenario/terminalLine';

const BUILDER_ACTIONS: readonly SimCommand[] = [
  {
    type: 'createTopic',
    topic: 'trucks_gps',
    partitions: 4,
    replicationFactor: 2,
    config: { 'retention.ms': '60000', 'min.insync.replicas': '2' },
  },
  { type: 'addPartitions', topic: 'trucks_gps', partitions: 6 },
  { type: 'createProducer', producer: 'fleet', config: { acks: '1', partitioner: 'round-robin' } },
  {
    type: 'setLoad',
    producer: 'fleet',
    topic: 'trucks_gps',
    recordsPerSecond: 20,
    keys: 6,
    keyPrefix: 'truck-',
    values: 'gps',
  },
  {
    type: 'setLoad',
    producer: 'clicks',
    topic: 'trucks_gps',
    recordsPerSecond: 5,
    keys: 3,
    keyPrefix: 'user-',
    values: 'click',
  },
  {
    type: 'startConsumer',
    group: 'dashboard',
    topics: ['trucks_gps'],
    commit: 'after-processing',
    processingMsPerRecord: 30,
    config: {
      'auto.offset.reset': 'earliest',
      'partition.assignment.strategy': ['cooperative-sticky'],
    },
  },
  {
    type: 'startConsumer',
    group: 'dashboard',
    topics: ['trucks_gps'],
    config: {
      'auto.offset.reset': 'earliest',
      'partition.assignment.strategy': ['cooperative-sticky'],
    },
  },
  { type: 'setProcessingTime', consumer: 'consumer-dashboard-1', processingMsPerRecord: 1000 },
  { type: 'stopConsumer', consumer: 'consumer-dashboard-2', how: 'crash' },
  { type: 'brokerFault', broker: 102, fault: 'slow', fetchDelayMs: 2000 },
  { type: 'brokerFault', broker: 103, fault: 'isolate' },
  { type: 'brokerFault', broker: 103, fault: 'reconnect' },
  { type: 'brokerFault', broker: 101, fault: 'kill' },
  { type: 'setLoad', producer: 'fleet', topic: 'trucks_gps', recordsPerSecond: 0 },
  { type: 'brokerFault', broker: 101, fault: 'start' },
];

describe('a builder action typed in the terminal', () => {
  it('leaves the same world, action after action', () => {
    const direct = createWorld(1, { brokers: [101, 102, 103], mode: 'kraft' });
    const lines = ['sim brokers 101 102 103'];
    for (const command of BUILDER_ACTIONS) {
      const result = direct.sim.execute(command);
      expect(result.ok ? 'ok' : result.error.message).toBe('ok');
      const line = terminalLine(command, 'localhost:9092');
      expect(line).not.toBeNull();
      lines.push(line!, 'sleep 2');
      direct.sim.advanceBy(2_000);
    }
    const typed = runScript(lines.join('\n'), 1);
    expect(typed.transcript).not.toMatch(/^sim: /m);
    expect(typed.world!.sim.now).toBe(direct.sim.now);
    expect(typed.world!.sim.snapshot()).toEqual(direct.sim.snapshot());
  });
});
