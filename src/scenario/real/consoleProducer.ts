// Simulator records as lines for kafka-console-producer (LineMessageReader's format), and a
// producer's settings as the properties a real client sets.
import type { Produce, ProducerSettings } from '../../engine';
import { BOOTSTRAP, type Arg, type ToolCall } from './toolCall';

type Header = NonNullable<Produce['headers']>[number];

/** What decides the reader's properties: records of one shape share a console producer. */
export interface RecordShape {
  readonly keyed: boolean;
  readonly headers: boolean;
  readonly nulls: boolean;
}

export interface LineRecord {
  readonly key: string | null;
  readonly value: string | null;
  readonly headers?: readonly Header[];
  readonly partition?: number;
}

export function shapeOf(r: LineRecord): RecordShape {
  const headers = r.headers ?? [];
  return {
    keyed: r.key !== null,
    headers: headers.length > 0,
    nulls: r.value === null || headers.some((h) => h.value === null),
  };
}

export const sameShape = (a: RecordShape, b: RecordShape) =>
  a.keyed === b.keyed && a.headers === b.headers && a.nulls === b.nulls;

/** A producer's settings by Kafka name. Sticky keyless partitioning is Kafka's default (2.4+). */
export function producerProperties(
  name: string | undefined,
  s: ProducerSettings = {},
): [string, string][] {
  const out: [string, string][] = [];
  if (name !== undefined) out.push(['client.id', name]);
  const keys = [
    'acks',
    'linger.ms',
    'batch.size',
    'enable.idempotence',
    'retries',
    'delivery.timeout.ms',
    'request.timeout.ms',
  ] as const;
  for (const k of keys) if (s[k] !== undefined) out.push([k, String(s[k])]);
  if (s.partitioner === 'round-robin')
    out.push(['partitioner.class', 'org.apache.kafka.clients.producer.RoundRobinPartitioner']);
  return out;
}

const KEY_SEPARATORS = [':', '|', ';', '#', '~', '^', '=', '\t'];
const NULL_MARKERS = ['NULL', '<null>', '__null__', '\u2205'];

export interface ConsoleProduce {
  readonly call: ToolCall;
  /** One line per record, without its newline. */
  readonly lines: readonly string[];
  /** Where the console producer would not send what the simulator sent. */
  readonly notes: readonly string[];
}

/** The key separator for these keys: the first candidate none of them contains. */
export function keySeparator(keys: readonly string[], avoidTab = false): string | undefined {
  return KEY_SEPARATORS.find((s) => !(avoidTab && s === '\t') && keys.every((k) => !k.includes(s)));
}

/** Records of one shape, to one topic, as one kafka-console-producer run. */
export function consoleProduce(
  topic: string,
  records: readonly LineRecord[],
  producer: string | undefined,
  settings: ProducerSettings | undefined,
): ConsoleProduce {
  const shape = shapeOf(records[0] ?? { key: null, value: null });
  const notes: string[] = [];
  const props: string[] = [];
  const keys = records.flatMap((r) => (r.key === null ? [] : [r.key]));
  const sep = keySeparator(keys, shape.headers) ?? ':';
  if (shape.keyed) {
    if (keySeparator(keys, shape.headers) === undefined)
      notes.push(
        'Every key separator is used in a key: the console producer splits some keys wrongly.',
      );
    props.push('parse.key=true', `key.separator=${sep}`);
  }
  const texts = records.flatMap((r) => [
    ...(r.key === null ? [] : [r.key]),
    ...(r.value === null ? [] : [r.value]),
    ...(r.headers ?? []).flatMap((h) => (h.value === null ? [] : [h.value])),
  ]);
  const marker = NULL_MARKERS.find((m) => !texts.includes(m)) ?? 'NULL';
  if (shape.headers) props.push('parse.headers=true');
  if (shape.nulls) props.push(`null.marker=${marker}`);
  const headerText = (hs: readonly Header[]) =>
    hs.map((h) => (h.value === null ? `${h.key}:${marker}` : `${h.key}:${h.value}`)).join(',');
  const lines = records.map(
    (r) =>
      (shape.headers ? `${headerText(r.headers ?? [])}\t` : '') +
      (r.key === null ? '' : `${r.key}${sep}`) +
      (r.value ?? marker),
  );
  if (
    records.some((r) =>
      /[\r\n]/.test(`${r.key ?? ''}${r.value ?? ''}${headerText(r.headers ?? [])}`),
    )
  )
    notes.push(
      'kafka-console-producer sends one record per line: a line break splits a record in two.',
    );
  if (records.some((r) => (r.headers ?? []).some((h) => /[,:\t]/.test(h.key + (h.value ?? '')))))
    notes.push('A header holds , : or a tab, which the console producer reads as separators.');
  const partitions = [
    ...new Set(records.flatMap((r) => (r.partition === undefined ? [] : [r.partition]))),
  ];
  if (partitions.length > 0)
    notes.push(
      `kafka-console-producer cannot choose a partition (the simulator sent to ${partitions.join(', ')}): the Java client's new ProducerRecord<>(topic, partition, key, value) does.`,
    );
  const args: Arg[] = ['--bootstrap-server', BOOTSTRAP, '--topic', topic];
  for (const p of props) args.push('--property', p);
  for (const [k, v] of producerProperties(producer, settings))
    args.push('--producer-property', `${k}=${v}`);
  return { call: { tool: 'kafka-console-producer', args }, lines, notes };
}

/** Produce commands as line records. */
export const lineRecord = (p: Produce): LineRecord => ({
  key: p.key,
  value: p.value,
  ...(p.headers === undefined ? {} : { headers: p.headers }),
  ...(p.partition === undefined ? {} : { partition: p.partition }),
});
