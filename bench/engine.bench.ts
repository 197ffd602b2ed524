// Engine throughput, headless. A benchmark, not a test: it prints its figures, the last line a
// JSON object. Cases:
//   produce-consume: 12 partitions, one group of 4 consumers committing, records produced and
//                    consumed (BENCH_RECORDS, default 1M);
//   retention:       the same with small segments and retention.bytes on, for BENCH_RETAINED
//                    records (default 10M): the heap must stay flat.
import { Simulation, type SimEvent } from '../src/engine';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const RETAINED = Number(process.env.BENCH_RETAINED ?? 10_000_000);
const PARTITIONS = 12;
/** Records produced per millisecond of virtual time: 1,000 per ms is a million a second. */
const PER_MS = 1000;

function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10;
}

interface Run {
  readonly seconds: number;
  readonly consumed: number;
  /** Heap after a full GC, every million records while the world is alive. */
  readonly heapSamples: number[];
}

function run(
  records: number,
  topicConfig: Record<string, string> = {},
  sampleHeap = false,
  mustConsumeAll = true,
  replicationFactor = 1,
): Run {
  // A million records take one virtual second here, so retention checks run every virtual
  // second instead of Kafka's five minutes (log.retention.check.interval.ms).
  const sim = new Simulation({
    seed: 1,
    brokers: [1, 2, 3],
    brokerConfig: { 'log.retention.check.interval.ms': 1000 },
  });
  sim.execute({
    type: 'createTopic',
    topic: 'bench',
    partitions: PARTITIONS,
    replicationFactor,
    config: topicConfig,
  });
  sim.execute({ type: 'createProducer', producer: 'producer-1', config: { acks: 'all' } });
  for (let i = 0; i < 4; i++)
    sim.execute({
      type: 'startConsumer',
      consumer: `c${i}`,
      group: 'bench-group',
      topics: ['bench'],
      config: { 'auto.offset.reset': 'earliest' },
    });
  sim.advanceBy(5000); // the group forms (the initial rebalance delay is 3 s)
  sim.drainEvents();
  const keys = Array.from({ length: 1000 }, (_, i) => `key-${i}`);
  let consumed = 0;
  const heapSamples: number[] = [];
  const count = (events: SimEvent[]) => {
    for (const e of events) if (e.type === 'records.processed') consumed += e.count;
  };
  const started = performance.now();
  for (let sent = 0; sent < records;) {
    for (let i = 0; i < PER_MS && sent < records; i++, sent++)
      sim.execute({ type: 'produce', topic: 'bench', key: keys[sent % keys.length]!, value: 'v' });
    sim.advanceBy(1);
    count(sim.drainEvents());
    if (sampleHeap && sent % 1_000_000 === 0) heapSamples.push(heapMiB());
  }
  for (let waited = 0; consumed < records && waited < 60_000; waited += 10) {
    sim.advanceBy(10);
    count(sim.drainEvents());
  }
  const seconds = (performance.now() - started) / 1000;
  if (mustConsumeAll && consumed < records) throw new Error(`consumed ${consumed} of ${records}`);
  // Sampled while the world is still in use (it is read just below), so its logs count.
  if (sampleHeap) heapSamples.push(heapMiB());
  if (sim.now < 0) throw new Error('unreachable');
  return { seconds, consumed, heapSamples };
}

run(50_000); // warm up the JIT
const main = run(RECORDS);
const recordsPerSec = Math.round(RECORDS / main.seconds);
console.log(
  `produce-consume: ${RECORDS} records, ${PARTITIONS} partitions, 4 consumers: ${main.seconds.toFixed(2)} s, ${recordsPerSec} records/s`,
);

// Replication factor 3 with acks=all: every record is copied by two followers before the high
// watermark (and so the consumers and the acknowledgement) can pass it.
const replicated = run(RECORDS, {}, false, true, 3);
const rf3RecordsPerSec = Math.round(RECORDS / replicated.seconds);
console.log(
  `rf3 acks=all: ${RECORDS} records, 3 brokers: ${replicated.seconds.toFixed(2)} s, ${rf3RecordsPerSec} records/s`,
);

// Retention may delete records a lagging consumer has not read yet (it then resets to the log
// start, as Kafka does): that run counts what it consumed instead of demanding everything.
const retained = run(
  RETAINED,
  { 'segment.bytes': '1048576', 'retention.bytes': '8388608' },
  true,
  false,
);
const heapMiBBefore = retained.heapSamples[0] ?? 0;
const heapMiBAfter = retained.heapSamples.at(-1) ?? 0;
const retentionRecordsPerSec = Math.round(RETAINED / retained.seconds);
console.log(
  `retention: ${RETAINED} records: ${retained.seconds.toFixed(2)} s, ${retentionRecordsPerSec} records/s`,
);
console.log(`heap (MiB after GC, each million records): ${retained.heapSamples.join(' ')}`);
console.log(
  JSON.stringify({
    records: RECORDS,
    partitions: PARTITIONS,
    consumers: 4,
    recordsPerSec,
    rf3RecordsPerSec,
    retentionRecords: RETAINED,
    retentionRecordsPerSec,
    retentionConsumed: retained.consumed,
    heapMiBBefore,
    heapMiBAfter,
    heapMiBMax: Math.max(...retained.heapSamples),
  }),
);
