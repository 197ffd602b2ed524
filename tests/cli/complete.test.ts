// Tab completion: what Tab offers at each point of a Kafka command line.
import { describe, expect, it } from 'vitest';
import { complete } from '../../src/cli/complete';
import { toolOptions } from '../../src/cli/tools/toolOptions';
import { createWorld } from '../../src/cli/world';
import { Simulation } from '../../src/engine';

const empty = createWorld(1).sim.snapshot();
const candidates = (text: string, snapshot = empty) =>
  complete(text, snapshot, toolOptions).candidates;

describe('tab completion', () => {
  it('completes a tool in the form being typed: bare .sh, bin/….sh or bin\\windows\\….bat', () => {
    expect(candidates('kafka-to')).toEqual(['kafka-topics.sh']);
    expect(candidates('bin/kafka-console-p')).toEqual(['bin/kafka-console-producer.sh']);
    expect(candidates('bin\\windows\\kafka-consumer-g')).toEqual([
      'bin\\windows\\kafka-consumer-groups.bat',
    ]);
  });

  it('starts a new command after a pipe, spaces or not', () => {
    expect(candidates('echo a|kafka-console-pro')).toEqual(['kafka-console-producer.sh']);
    expect(candidates('echo a | kafka-console-pro')).toEqual(['kafka-console-producer.sh']);
  });

  it('completes a path one directory at a time, as a shell does', () => {
    expect(candidates('bi')).toEqual(['bin/', 'bin\\']);
    expect(candidates('bin\\w')).toEqual(['bin\\windows\\']);
  });

  it("offers the tool's own options, and only those", () => {
    expect(candidates('kafka-topics.sh --bootstrap-server localhost:9092 --cr')).toEqual([
      '--create',
    ]);
    expect(candidates('kafka-console-consumer.sh --from')).toEqual(['--from-beginning']);
    expect(candidates('kafka-console-producer.sh --from')).toEqual([]);
  });

  it("offers the world's topics after --topic, and internal ones only when asked", () => {
    const sim = new Simulation({ seed: 1, brokers: [0] });
    sim.execute({ type: 'createTopic', topic: 'orders', partitions: 1 });
    sim.execute({ type: 'createTopic', topic: 'order-events', partitions: 1 });
    // A group's first commit makes the brokers create __consumer_offsets.
    sim.execute({ type: 'startConsumer', group: 'billing', topics: ['orders'] });
    sim.advanceBy(10_000);
    const snapshot = sim.snapshot();
    expect(candidates('kafka-topics.sh --describe --topic ord', snapshot)).toEqual([
      'order-events',
      'orders',
    ]);
    expect(candidates('kafka-topics.sh --describe --topic ', snapshot)).not.toContain(
      '__consumer_offsets',
    );
    expect(candidates('kafka-topics.sh --describe --topic __', snapshot)).toEqual([
      '__consumer_offsets',
    ]);
  });

  it('offers broker addresses after --bootstrap-server and group ids after --group', () => {
    const sim = new Simulation({ seed: 1, brokers: [1, 2, 3] });
    expect(candidates('kafka-topics.sh --bootstrap-server ', sim.snapshot())).toEqual([
      'localhost:9092',
      'localhost:9093',
      'localhost:9094',
    ]);
    sim.execute({ type: 'createTopic', topic: 't', partitions: 1 });
    sim.execute({ type: 'startConsumer', group: 'billing', topics: ['t'] });
    sim.advanceBy(5_000);
    expect(candidates('kafka-consumer-groups.sh --describe --group b', sim.snapshot())).toEqual([
      'billing',
    ]);
  });

  it("offers each console tool's --property names", () => {
    expect(candidates('kafka-console-producer.sh --property pa')).toEqual(['parse.key=true']);
    expect(candidates('kafka-console-consumer.sh --property print.p')).toEqual([
      'print.partition=true',
    ]);
  });

  it('offers nothing after an option whose value the world cannot suggest', () => {
    expect(candidates('kafka-topics.sh --create --partitions ')).toEqual([]);
  });

  it('completes the sim commands and broker ids', () => {
    expect(candidates('sim br')).toEqual(['broker', 'brokers']);
    expect(candidates('sim broker k')).toEqual(['kill']);
    const sim = new Simulation({ seed: 1, brokers: [101, 102] });
    expect(candidates('sim broker stop 10', sim.snapshot())).toEqual(['101', '102']);
  });

  it('completes sim producer, load and consumer: subcommands, the world’s names, options and their values', () => {
    expect(candidates('sim ')).toEqual([
      'broker',
      'brokers',
      'consumer',
      'controller',
      'help',
      'load',
      'mode',
      'producer',
      'speed',
      'status',
      'zookeeper',
    ]);
    expect(candidates('sim consumer ')).toEqual(['add', 'close', 'kill', 'slow']);
    const sim = new Simulation({ seed: 1, brokers: [0] });
    sim.execute({ type: 'createTopic', topic: 'orders', partitions: 1 });
    sim.execute({ type: 'createProducer', producer: 'web' });
    sim.execute({ type: 'startConsumer', consumer: 'c1', group: 'billing', topics: ['orders'] });
    sim.execute({ type: 'startConsumer', consumer: 'c2', group: 'billing', topics: ['orders'] });
    sim.execute({ type: 'stopConsumer', consumer: 'c2', how: 'crash' });
    const s = sim.snapshot();
    expect(candidates('sim consumer slow ', s)).toEqual(['c1']);
    expect(candidates('sim consumer kill c', s)).toEqual(['c1']);
    expect(candidates('sim consumer add ', s)).toEqual(['billing']);
    expect(candidates('sim consumer add billing ', s)).toEqual(['orders']);
    expect(candidates('sim consumer add billing orders --a', s)).toEqual(['--assignor']);
    expect(candidates('sim consumer add billing orders --assignor c', s)).toEqual([
      'cooperative-sticky',
    ]);
    expect(candidates('sim consumer add billing orders --commit a', s)).toEqual([
      'after-processing',
      'auto',
    ]);
    expect(candidates('sim load ', s)).toEqual(['web']);
    expect(candidates('sim load web ', s)).toEqual(['orders', 'stop']);
    expect(candidates('sim load web orders ', s)).toEqual([]);
    expect(candidates('sim load web orders 100 --v', s)).toEqual(['--values']);
    expect(candidates('sim load web orders 100 --values ', s)).toEqual([
      'click',
      'gps',
      'log',
      'order',
    ]);
    expect(candidates('sim load web orders 100 --keys ', s)).toEqual([]);
    expect(candidates('sim producer p --')).toEqual([
      '--acks',
      '--idempotence',
      '--linger-ms',
      '--partitioner',
    ]);
    expect(candidates('sim producer p --acks ')).toEqual(['0', '1', 'all']);
    expect(candidates('sim producer ')).toEqual([]);
  });

  it('says where the completed word starts, so the terminal replaces just that word', () => {
    const text = 'kafka-topics.sh --bootstrap-server localhost:9092 --cr';
    expect(complete(text, empty, toolOptions).start).toBe(text.length - 4);
  });
});
