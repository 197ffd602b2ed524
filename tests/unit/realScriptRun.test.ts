// sessionScript, run with stub kafka-*.sh tools: the calls in order, the producers' lines, the
// consumers' signals (SIGTERM closes, kill -9 crashes).
import { loadValue } from '../../src/engine/producer/loadValues';
import { sessionScript } from '../../src/scenario/real';
import { removeTempDirs, runWithStubs, type StubCall } from '../fixtures/real/runWithStubs';
import { session, STORY } from '../fixtures/real/sessions';

const B = ['--bootstrap-server', 'localhost:9092'];
const consumer = (calls: readonly StubCall[], clientId: string) =>
  calls.find(
    (c) => c.tool === 'kafka-console-consumer' && c.args.includes(`client.id=${clientId}`),
  );

// Each test runs bash; a loaded machine makes that slow, never wrong.
vi.setConfig({ testTimeout: 60_000 });
afterAll(removeTempDirs);

describe('sessionScript, run with stub tools', () => {
  it('runs the tools in order, feeds the producers their lines, and signals the consumers as the session did', () => {
    const run = runWithStubs(sessionScript(STORY));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const foreground = run.calls.filter((c) => c.tool !== 'kafka-console-consumer');
    expect(foreground.map((c) => [c.tool, c.args])).toEqual([
      // RF 3 and min.insync.replicas=2 are clamped to MAX_RF=1: the compose cluster has one broker.
      [
        'kafka-topics',
        [...B, '--create', '--topic', 'orders', '--partitions', '3', '--replication-factor', '1'],
      ],
      [
        'kafka-configs',
        [
          ...B,
          '--alter',
          '--entity-type',
          'topics',
          '--entity-name',
          'orders',
          '--add-config',
          'min.insync.replicas=1',
        ],
      ],
      // Consecutive records of one producer to one topic share one console producer.
      [
        'kafka-console-producer',
        [
          ...B,
          '--topic',
          'orders',
          '--property',
          'parse.key=true',
          '--property',
          'key.separator=:',
        ].concat([
          '--producer-property',
          'client.id=shop',
          '--producer-property',
          'acks=all',
          '--producer-property',
          'linger.ms=5',
        ]),
      ],
      ['kafka-console-producer', [...B, '--topic', 'orders']],
      [
        'kafka-console-producer',
        [
          ...B,
          '--topic',
          'orders',
          '--property',
          'parse.key=true',
          '--property',
          'key.separator=:',
          '--producer-property',
          'client.id=fleet',
        ],
      ],
      // The broker crash is a comment: the compose cluster has no broker 102.
      [
        'kafka-leader-election',
        [...B, '--election-type', 'PREFERRED', '--topic', 'orders', '--partition', '0'],
      ],
      ['kafka-consumer-groups', [...B, '--describe', '--all-groups']],
      ['kafka-topics', [...B, '--describe']],
    ]);
    expect(foreground.map((c) => c.stdin).slice(2, 5)).toEqual([
      'apple:hello apple\nkiwi:hello kiwi\n',
      'no key\n',
      // 5 a second for 2 s, keys truck-0…truck-2, the simulator's order values.
      Array.from(
        { length: 10 },
        (_, n) => `truck-${n % 3}:${loadValue('order', n, n % 3, 0)}\n`,
      ).join(''),
    ]);
    expect(consumer(run.calls, 'billing-1')).toMatchObject({
      args: [
        ...B,
        '--topic',
        'orders',
        '--group',
        'billing',
        '--consumer-property',
        'client.id=billing-1',
      ],
      closed: true,
    });
    const crashed = consumer(run.calls, 'billing-2');
    expect(crashed?.args).toContain(
      'partition.assignment.strategy=org.apache.kafka.clients.consumer.CooperativeStickyAssignor',
    );
    expect(crashed?.closed).toBe(false); // kill -9: no close
    expect(consumer(run.calls, 'audit')?.closed).toBe(true); // still running at the end: SIGTERM
  });

  it('clamps replication factors to MAX_RF, which a bigger cluster raises', () => {
    const s = session([
      [0, { type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 3 }],
    ]);
    const run = runWithStubs(sessionScript(s), { MAX_RF: '2' });
    expect(run.calls[0]?.args).toEqual([
      ...B,
      '--create',
      '--topic',
      't',
      '--partitions',
      '1',
      '--replication-factor',
      '2',
    ]);
  });
});
