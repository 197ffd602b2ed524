// Session text is hostile: names, keys, values, configs and the title reach the script only as
// quoted words or cleaned comments, so nothing in them ever runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { sessionScript } from '../../src/scenario/real';
import { removeTempDirs, runWithStubs, tempDir } from '../fixtures/real/runWithStubs';
import { session } from '../fixtures/real/sessions';

const B = ['--bootstrap-server', 'localhost:9092'];

/** Strings that would run `touch MARK` if they were ever interpolated unquoted or eval'd. */
const attacks = (mark: string) => ({
  topic: `t$(touch ${mark})`,
  group: `g\`touch ${mark}\``,
  consumer: `c'$(touch ${mark})' "x"`,
  producer: `p;touch ${mark};`,
  key: `k'ey":$(touch ${mark})`,
  value: `line one\nline two $(touch ${mark}) \`touch ${mark}\` '\\''`,
  config: `1'; touch ${mark}; echo '`,
  prefix: `$(touch ${mark})-`,
  title: `Title\n touch ${mark}\r\u2028$(touch ${mark})`,
});

// Each test runs bash; a loaded machine makes that slow, never wrong.
vi.setConfig({ testTimeout: 60_000 });
afterAll(removeTempDirs);

describe('a hostile session', () => {
  it('runs without executing anything injected, and the tools get the exact strings', () => {
    const dir = tempDir();
    const mark = join(dir, 'pwned');
    const a = attacks(mark);
    const s = session(
      [
        [
          0,
          {
            type: 'createTopic',
            topic: a.topic,
            partitions: 1,
            config: { 'retention.ms': a.config },
          },
        ],
        [100, { type: 'startConsumer', consumer: a.consumer, group: a.group, topics: [a.topic] }],
        [
          200,
          { type: 'produce', topic: a.topic, key: a.key, value: a.value, producer: a.producer },
        ],
        [
          300,
          {
            type: 'setLoad',
            producer: a.producer,
            topic: a.topic,
            recordsPerSecond: 2,
            keys: 2,
            keyPrefix: a.prefix,
          },
        ],
        [1300, { type: 'setLoad', producer: a.producer, topic: a.topic, recordsPerSecond: 0 }],
        [1400, { type: 'stopConsumer', consumer: a.consumer, how: 'close' }],
        [1500, { type: 'deleteGroup', group: a.group }],
      ],
      { title: a.title },
    );
    const script = sessionScript(s);
    const run = runWithStubs(script, {}, dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(mark)).toBe(false);
    const tools = run.calls.map((c) => c.tool);
    expect(tools.filter((t) => t !== 'kafka-console-consumer')).toEqual([
      'kafka-topics',
      'kafka-console-producer',
      'kafka-console-producer',
      'kafka-consumer-groups',
      'kafka-consumer-groups',
      'kafka-topics',
    ]);
    const [create, produce, load, del] = run.calls.filter(
      (c) => c.tool !== 'kafka-console-consumer',
    );
    expect(create?.args).toEqual([
      ...B,
      '--create',
      '--topic',
      a.topic,
      '--partitions',
      '1',
      '--config',
      `retention.ms=${a.config}`,
    ]);
    // The key holds ':', so the key separator is the next candidate, '|'.
    expect(produce?.args).toEqual(
      [
        ...B,
        '--topic',
        a.topic,
        '--property',
        'parse.key=true',
        '--property',
        'key.separator=|',
      ].concat(['--producer-property', `client.id=${a.producer}`]),
    );
    expect(produce?.stdin).toBe(`${a.key}|${a.value}\n`);
    expect(
      load?.stdin
        ?.split('\n')
        .slice(0, 2)
        .map((l) => l.split('{')[0]),
    ).toEqual([`${a.prefix}0:`, `${a.prefix}1:`]);
    expect(del?.args).toEqual([...B, '--delete', '--group', a.group]);
    const consumer = run.calls.find((c) => c.tool === 'kafka-console-consumer');
    expect(consumer).toMatchObject({
      args: [
        ...B,
        '--topic',
        a.topic,
        '--group',
        a.group,
        '--consumer-property',
        `client.id=${a.consumer}`,
      ],
      closed: true,
    });
    // Comments stay comments: the title's line breaks are gone.
    expect(script.split('\n')[1]).toBe(`# Title  touch ${mark}  $(touch ${mark})`);
    expect(script).toMatch(/^start_bg CONSUMER_c___touch_/m);
  });

  it('any names and values: the script parses, nothing runs, the tools get them exactly', () => {
    const piece = fc.constantFrom(
      "'",
      '"',
      '$',
      '`',
      '\\',
      '\n',
      ' ',
      ';',
      '|',
      '&',
      '(',
      ')',
      '#',
      '~',
      '*',
      ':',
      '-',
      'a',
      'é',
    );
    const text = fc.string({ unit: piece, minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(text, text, text, text, (topic, group, key, value) => {
        const dir = tempDir();
        const mark = join(dir, 'pwned');
        const inject = (s: string) => `${s}$(touch ${mark})\`touch ${mark}\``;
        const s = session([
          [0, { type: 'createTopic', topic: inject(topic) }],
          [
            10,
            {
              type: 'startConsumer',
              consumer: inject(group),
              group: inject(group),
              topics: [inject(topic)],
            },
          ],
          [2000, { type: 'produce', topic: inject(topic), key: inject(key), value: inject(value) }],
          [3000, { type: 'stopConsumer', consumer: inject(group), how: 'crash' }],
        ]);
        const run = runWithStubs(sessionScript(s), {}, dir);
        expect(run.status).toBe(0);
        expect(existsSync(mark)).toBe(false);
        expect(run.calls.find((c) => c.tool === 'kafka-topics')?.args[4]).toBe(inject(topic));
        const consumer = run.calls.find((c) => c.tool === 'kafka-console-consumer');
        expect(consumer?.args.slice(4, 6)).toEqual(['--group', inject(group)]);
        const producer = run.calls.find((c) => c.tool === 'kafka-console-producer');
        expect(producer?.stdin?.endsWith(`${inject(value)}\n`)).toBe(true);
        expect(producer?.stdin?.startsWith(inject(key))).toBe(true);
      }),
      { numRuns: 12 },
    );
  });
});
