// realEquivalent: what only a client's settings and code, or an operator, do on a real cluster.
import type { SimCommand } from '../../src/engine';
import { realEquivalent } from '../../src/scenario/real';
import { EXAMPLES } from '../fixtures/real/commands';

const text = (c: SimCommand) => realEquivalent(c).text;

describe('realEquivalent: clients and operations', () => {
  it('producer settings: acks, linger.ms, batch.size, idempotence; RoundRobinPartitioner by class name', () => {
    const rr = realEquivalent({
      type: 'createProducer',
      producer: 'p',
      config: {
        acks: '1',
        'batch.size': 32768,
        'enable.idempotence': false,
        partitioner: 'round-robin',
      },
    });
    expect(rr).toMatchObject({ kind: 'client' });
    expect(rr.text).toBe(
      'client.id=p\nacks=1\nbatch.size=32768\nenable.idempotence=false\npartitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner',
    );
    expect(rr.note).toMatch(/keyed records too/);
    // Sticky is Kafka's default for keyless records since 2.4: nothing to set.
    expect(
      text({ type: 'createProducer', producer: 'p', config: { partitioner: 'sticky' } }),
    ).toMatch(/default since Kafka 2\.4/);
    expect(text(EXAMPLES.flushProducer)).toBe('producer.flush();');
  });

  it('commit modes: enable.auto.commit=false and commitSync() after (at-least-once) or before (at-most-once) processing', () => {
    const after = realEquivalent({
      ...EXAMPLES.startConsumer,
      commit: 'after-processing',
      processingMsPerRecord: 200,
    });
    expect(after.kind).toBe('client');
    expect(after.text).toMatch(/^enable\.auto\.commit=false$/m);
    expect(after.text).toMatch(
      /process\(record\); \/\/ ~200 ms each\n {4}consumer\.commitSync\(\); \/\/ after processing/,
    );
    const before = text({ ...EXAMPLES.startConsumer, commit: 'before-processing' });
    expect(before).toMatch(
      /poll\(Duration\.ofMillis\(100\)\);\n {4}consumer\.commitSync\(\); \/\/ before processing/,
    );
    // No commits at all fits the console consumer: auto-commit off.
    expect(text({ ...EXAMPLES.startConsumer, commit: 'none' })).toMatch(
      /--consumer-property enable\.auto\.commit=false$/,
    );
    expect(text(EXAMPLES.commit)).toBe('consumer.commitSync();');
    expect(realEquivalent(EXAMPLES.setProcessingTime).text).toMatch(/~100 ms each/);
  });

  it('stopping a consumer: SIGTERM closes (LeaveGroup), kill -9 is a crash', () => {
    const close = realEquivalent(EXAMPLES.stopConsumer);
    expect(close.kind).toBe('operation');
    expect(close.text).toMatch(/^kill -TERM/);
    expect(text({ ...EXAMPLES.stopConsumer, how: 'crash' })).toMatch(/^kill -9/);
  });

  it('seek: seek / seekToBeginning / seekToEnd in the consumer', () => {
    expect(text(EXAMPLES.seek)).toBe(
      'consumer.seekToBeginning(List.of(new TopicPartition("orders", 0)));',
    );
    expect(text({ ...EXAMPLES.seek, offset: 42 })).toBe(
      'consumer.seek(new TopicPartition("orders", 0), 42L);',
    );
  });

  it('a load: kafka-producer-perf-test at the same --throughput', () => {
    expect(realEquivalent(EXAMPLES.setLoad, { bootstrap: 'k1:9092' })).toMatchObject({
      kind: 'command',
      text: 'kafka-producer-perf-test.sh --topic orders --throughput 10 --num-records 36000 --record-size 48 --producer-props bootstrap.servers=k1:9092 client.id=p',
    });
    expect(realEquivalent({ ...EXAMPLES.setLoad, recordsPerSecond: 0 }).kind).toBe('operation');
  });

  it('faults: docker stop (controlled shutdown), docker kill (crash), a network partition, netem delay', () => {
    expect(text({ type: 'brokerFault', broker: 102, fault: 'stop' })).toMatch(
      /^docker stop kafka-102\n.*kafka-server-stop\.sh/,
    );
    expect(text(EXAMPLES.brokerFault)).toMatch(/^docker kill kafka-102\n.*kill -9/);
    expect(text({ type: 'brokerFault', broker: 102, fault: 'isolate' })).toBe(
      'docker network disconnect <network> kafka-102',
    );
    expect(text({ type: 'brokerFault', broker: 102, fault: 'slow', fetchDelayMs: 300 })).toBe(
      'docker exec kafka-102 tc qdisc add dev eth0 root netem delay 300ms',
    );
    expect(text(EXAMPLES.quorumFault)).toMatch(/^docker stop controller-3000/);
    expect(
      realEquivalent({ type: 'quorumFault', node: 1, fault: 'start' }, { mode: 'zookeeper' }).text,
    ).toMatch(/zookeeper-server-start\.sh/);
  });
});
