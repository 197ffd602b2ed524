// Engine throughput, headless: records produced and appended per second of wall time.
// A benchmark, not a test: it prints its figures, the last line a JSON object.
import { Simulation, type SimCommand } from '../src/engine';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const PARTITIONS = 12;
const BATCH = 1000; // records produced per millisecond of virtual time

function heapMiB(): number {
  globalThis.gc?.();
  return Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10;
}

function run(records: number): { seconds: number; appended: number } {
  const sim = new Simulation({ seed: 1, brokers: [1, 2, 3] });
  sim.execute({ type: 'createTopic', topic: 'bench', partitions: PARTITIONS });
  const keys = Array.from({ length: 1000 }, (_, i) => `key-${i}`);
  let appended = 0;
  const started = performance.now();
  for (let sent = 0; sent < records;) {
    for (let i = 0; i < BATCH && sent < records; i++, sent++) {
      const command: SimCommand = {
        type: 'produce',
        topic: 'bench',
        key: keys[sent % keys.length]!,
        value: 'v',
      };
      sim.execute(command);
    }
    sim.advanceBy(1);
    for (const event of sim.drainEvents())
      if (event.type === 'records.appended') appended += event.records.length;
  }
  sim.advanceBy(10);
  for (const event of sim.drainEvents())
    if (event.type === 'records.appended') appended += event.records.length;
  return { seconds: (performance.now() - started) / 1000, appended };
}

run(50_000); // warm up the JIT
const heapMiBBefore = heapMiB();
const { seconds, appended } = run(RECORDS);
const heapMiBAfter = heapMiB();
if (appended !== RECORDS) throw new Error(`appended ${appended} of ${RECORDS}`);
const recordsPerSec = Math.round(RECORDS / seconds);
console.log(
  `produce → append, ${PARTITIONS} partitions, ${RECORDS} records: ${seconds.toFixed(2)} s`,
);
console.log(
  JSON.stringify({
    case: 'produce-append',
    records: RECORDS,
    partitions: PARTITIONS,
    recordsPerSec,
    heapMiBBefore,
    heapMiBAfter,
    note: 'no replication and no consumers yet: those cases arrive with the engine issues',
  }),
);
