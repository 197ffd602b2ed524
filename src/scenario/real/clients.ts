// What only a client application does: its settings and the calls its code makes.
import type { CreateProducer, Seek, SetProcessingTime, StartConsumer } from '../../engine';
import { consumerClientId, consumerProperties } from './consoleConsumer';
import { producerProperties } from './consoleProducer';
import { commentText, javaString, propertyLine } from './quote';
import type { RealEquivalent } from './types';

const tp = (topic: string, partition: number) =>
  `new TopicPartition(${javaString(topic)}, ${partition})`;

/** A Java consumer: its properties and the poll loop that commits as the simulator's did. */
export function javaConsumer(c: StartConsumer, bootstrap: string): string {
  const props: [string, string][] = [['bootstrap.servers', bootstrap]];
  if (c.group !== undefined) props.push(['group.id', c.group]);
  const clientId = consumerClientId(c);
  if (clientId !== undefined) props.push(['client.id', clientId]);
  props.push(...consumerProperties(c));
  const topics = (c.topics ?? []).map(javaString).join(', ');
  const subscribe =
    c.assign === undefined
      ? `consumer.subscribe(List.of(${topics}));`
      : `consumer.assign(List.of(${c.assign.map((a) => tp(a.topic, a.partition)).join(', ')}));`;
  const ms = c.processingMsPerRecord ?? 0;
  return [
    '# consumer properties',
    ...props.map(([k, v]) => propertyLine(k, v)),
    '// the poll loop',
    subscribe,
    'while (running) {',
    '    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));',
    ...(c.commit === 'before-processing'
      ? ['    consumer.commitSync(); // before processing: at-most-once']
      : []),
    `    for (ConsumerRecord<String, String> record : records) process(record);${ms > 0 ? ` // ~${ms} ms each` : ''}`,
    ...(c.commit === 'after-processing'
      ? ['    consumer.commitSync(); // after processing: at-least-once']
      : []),
    '}',
  ].join('\n');
}

export function producerSettings(c: CreateProducer): RealEquivalent {
  const lines = producerProperties(c.producer, c.config).map(([k, v]) => propertyLine(k, v));
  const partitioner = c.config?.partitioner;
  if (partitioner === 'sticky' || partitioner === undefined)
    lines.push('# keyless records: sticky partitioning is the default since Kafka 2.4');
  const text = lines.join('\n');
  return partitioner === 'round-robin'
    ? {
        kind: 'client',
        text,
        note: 'RoundRobinPartitioner spreads keyed records too; the simulator round-robins only keyless ones.',
      }
    : { kind: 'client', text };
}

export function seekCall(c: Seek): RealEquivalent {
  const where = tp(c.topic, c.partition);
  const text =
    c.offset === 'beginning'
      ? `consumer.seekToBeginning(List.of(${where}));`
      : c.offset === 'end'
        ? `consumer.seekToEnd(List.of(${where}));`
        : `consumer.seek(${where}, ${c.offset}L);`;
  return {
    kind: 'client',
    text,
    note: 'A running consumer seeks in its own code; for a stopped group, kafka-consumer-groups --reset-offsets does it.',
  };
}

export const commitCall = (): RealEquivalent => ({
  kind: 'client',
  text: 'consumer.commitSync();',
});

export const flushCall = (): RealEquivalent => ({ kind: 'client', text: 'producer.flush();' });

export function processingTime(c: SetProcessingTime): RealEquivalent {
  const ms = c.processingMsPerRecord;
  return {
    kind: 'client',
    text: [
      `// ${commentText(c.consumer)}: the time its poll loop spends on each record`,
      `for (ConsumerRecord<String, String> record : records) process(record); // ~${ms} ms each`,
    ].join('\n'),
    note: 'If max.poll.records × that time exceeds max.poll.interval.ms, the consumer leaves its group, as in the simulator.',
  };
}
