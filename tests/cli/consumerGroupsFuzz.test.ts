// Mangled kafka-consumer-groups command lines, run to the end in virtual time: they get an
// answer, never an exception, and one refused as a usage error (exit 1) changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/cli/runner';

const SETUP = [
  'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic orders --partitions 2',
  "printf 'a\\nb\\n' | kafka-console-producer.sh --bootstrap-server localhost:9092 --topic orders",
  'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic orders --group g --from-beginning --max-messages 2',
].join('\n');
const WORDS = [
  '--reset-offsets',
  '--delete',
  '--delete-offsets',
  '--describe',
  '--list',
  '--group',
  'g',
  'nope',
  '--all-groups',
  '--topic',
  'orders',
  'orders:0,1',
  'orders:x',
  'orders:',
  '--all-topics',
  '--to-earliest',
  '--to-latest',
  '--to-current',
  '--to-offset',
  '--shift-by',
  '-3',
  '99',
  '--to-datetime',
  '2024-01-01T00:00:00.000',
  '2024-13-01T00:00:00.000',
  '--by-duration',
  'PT1M',
  '--from-file',
  '/dev/stdin',
  '--export',
  '--dry-run',
  '--execute',
  '--members',
  '--verbose',
  '--state',
  '--type',
];
const DESCRIBE =
  'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --all-groups';

describe('any kafka-consumer-groups command line', () => {
  it('gets an answer, never an exception, and a usage error leaves the groups as they were', () => {
    const before = runScript(`${SETUP}\n${DESCRIBE}\n`).transcript;
    const describeBefore = before.slice(before.lastIndexOf(`$ ${DESCRIBE}\n`));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 7 }), (args) => {
        const line = `kafka-consumer-groups.sh --bootstrap-server localhost:9092 ${args.join(' ')}`;
        const run = runScript(`${SETUP}\n${line}\n`);
        expect(run.transcript.length).toBeGreaterThan(0);
        if (run.exitCode !== 1) return;
        const after = runScript(`${SETUP}\n${line}\n${DESCRIBE}\n`).transcript;
        expect(after.slice(after.lastIndexOf(`$ ${DESCRIBE}\n`))).toBe(describeBefore);
      }),
      { numRuns: 150 },
    );
  });
});
