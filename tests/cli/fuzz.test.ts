// Mangled command lines never throw, and a command the tool refuses leaves the world as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InteractiveShell } from '../../src/cli/interactive';
import { ShellSession } from '../../src/cli/session';
import { parseScript } from '../../src/cli/shell/parseScript';
import { createWorld } from '../../src/cli/world';

const TOOLS = [
  'kafka-topics.sh',
  'kafka-consumer-groups.sh',
  'kafka-console-consumer.sh',
  'kafka-topics',
  'bin\\windows\\kafka-topics.bat',
  'kafka-configs.sh',
  'kafka-get-offsets.sh',
  'kafka-leader-election.sh',
  'kafka-storage.sh',
  'kafka-console-producer.sh',
  'sim',
  'history',
  'help',
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
  '--reset-offsets',
  '--to-earliest',
  '--to-offset',
  '--shift-by',
  '--to-datetime',
  '2024-01-01T00:00:00.000',
  '--by-duration',
  'PT1M',
  '--execute',
  '--dry-run',
  '--all-topics',
  '--entity-type',
  'topics',
  '--entity-name',
  '--add-config',
  '--delete-config',
  '--time',
  '-2',
  '--election-type',
  'PREFERRED',
  'unclean',
  '--all-topic-partitions',
  'format',
  'random-uuid',
  '-t',
  '-c',
  'speed',
  'producer',
  'load',
  'consumer',
  'add',
  'close',
  'slow',
  '--acks',
  'all',
  '--idempotence',
  'true',
  '--values',
  'click',
  '--keys',
  '--name',
  '--assignor',
  'sticky',
  '--processing-ms',
  '--commit',
  'none',
  '--offset-reset',
  'consumer-g-1',
  '1000',
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

  it('sim producer, load and consumer with mangled arguments: an answer, and a refusal changes nothing', () => {
    const SIM_WORDS = ['p', 'q', 'c1', 'g', 'orders', 'nope', 'stop', '0', '5', '1.5', '-1', 'x'];
    const OPTIONS = ['--acks', '--partitioner', '--idempotence', '--linger-ms', '--keys'];
    const MORE = ['--key-prefix', '--values', '--name', '--assignor', '--processing-ms'];
    const VALUES = ['--commit', '--offset-reset', '--acks=all', 'all', 'round-robin', 'log'];
    const LAST = ['gps', 'tweets', 'range', 'after-processing', 'earliest', 'true', ''];
    const head = fc.constantFrom(
      ['producer'],
      ['load'],
      ['consumer', 'add'],
      ['consumer', 'close'],
      ['consumer', 'kill'],
      ['consumer', 'slow'],
      ['consumer'],
    );
    const word = fc.oneof(
      fc.constantFrom(...SIM_WORDS, ...OPTIONS, ...MORE, ...VALUES, ...LAST),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(head, fc.array(word, { maxLength: 7 }), (start, args) => {
        const world = createWorld(1);
        const session = new ShellSession(world, () => {});
        world.sim.execute({ type: 'createTopic', topic: 'orders', partitions: 2 });
        world.sim.execute({ type: 'setLoad', producer: 'p', topic: 'orders', recordsPerSecond: 5 });
        world.sim.execute({
          type: 'startConsumer',
          consumer: 'c1',
          group: 'g',
          topics: ['orders'],
        });
        world.sim.advanceBy(1_000);
        const before = JSON.stringify(world.sim.snapshot());
        const argv = ['sim', ...start, ...args];
        const job = session.run({
          argv,
          stdin: null,
          background: false,
          source: argv.join(' '),
          line: 1,
        });
        expect(job.done).toBe(true);
        if (job.exitCode !== 0) expect(JSON.stringify(world.sim.snapshot())).toBe(before);
      }),
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

  it('in the terminal, any typed lines, Ctrl+C and Ctrl+D leave a shell that still answers', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .array(fc.constantFrom(...TOOLS, ...WORDS, '&', '|', '<<EOF', 'EOF', "'", '"', '\\'), {
          maxLength: 8,
        })
        .map((words) => words.join(' ')),
    );
    const action = fc.oneof(
      line.map((text) => ({ kind: 'line' as const, text })),
      fc.constant({ kind: 'interrupt' as const }),
      fc.constant({ kind: 'eof' as const }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        const world = createWorld(1);
        let printed = '';
        const shell: InteractiveShell = new InteractiveShell(
          world,
          (text) => (printed += text),
          1,
          {},
          () => shell.onEvents(world.sim.drainEvents()),
          () => {},
        );
        for (const a of actions) {
          if (a.kind === 'line') shell.submit(a.text);
          else if (a.kind === 'interrupt') shell.interrupt();
          else shell.endOfInput();
          world.sim.advanceBy(50);
          shell.onEvents(world.sim.drainEvents());
        }
        // Whatever happened, Ctrl+C brings the prompt back and a command still runs.
        shell.interrupt();
        expect(shell.current).toBe('prompt');
        printed = '';
        shell.submit('echo alive');
        // (bash first reports background jobs that ended meanwhile.)
        expect(printed).toMatch(/(^|\n)alive\n$/);
      }),
      { numRuns: 200 },
    );
  });
});
