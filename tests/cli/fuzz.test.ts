// Mangled command lines never throw, and a command the tool refuses leaves the world as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShellSession } from '../../src/cli/session';
import { parseScript } from '../../src/cli/shell/parseScript';
import { createWorld } from '../../src/cli/world';

const TOOLS = [
  'kafka-topics.sh',
  'kafka-consumer-groups.sh',
  'kafka-console-consumer.sh',
  'kafka-topics',
  'bin\\windows\\kafka-topics.bat',
  'sim',
  'sleep',
  'kill',
  'jobs',
  'nonsense',
];
const WORDS = [
  '--bootstrap-server',
  'localhost:9092',
  'localhost:1',
  '--zookeeper',
  'localhost:2181',
  '--create',
  '--list',
  '--describe',
  '--alter',
  '--delete',
  '--topic',
  't',
  'orders',
  '',
  'a.b',
  '--partitions',
  '3',
  '0',
  '-1',
  'x',
  '--replication-factor',
  '2',
  '--config',
  'retention.ms=1',
  'bad',
  '--group',
  'g',
  '--members',
  '--state',
  '--all-groups',
  '--from-beginning',
  '--max-messages',
  '--offset',
  'earliest',
  '--partition',
  'brokers',
  '101',
  'broker',
  'kill',
  'start',
  'stop',
  'mode',
  'zookeeper',
  'kraft',
  '%1',
  '-9',
  '--property',
  'print.key=true',
  '=',
  '--',
];

describe('any command line', () => {
  it('gets an answer, never an exception, and a refusal changes nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TOOLS),
        fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), {
          maxLength: 8,
        }),
        (tool, args) => {
          const world = createWorld(1);
          const session = new ShellSession(world, () => {});
          world.sim.execute({ type: 'createTopic', topic: 'orders', partitions: 2 });
          const before = JSON.stringify(world.sim.snapshot());
          const job = session.run({
            argv: [tool, ...args],
            stdin: null,
            background: false,
            source: [tool, ...args].join(' '),
            line: 1,
          });
          if (job.done && job.exitCode !== 0)
            expect(JSON.stringify(world.sim.snapshot())).toBe(before);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('parses any text as a script or says what is wrong', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = parseScript(text);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
    );
  });
});
