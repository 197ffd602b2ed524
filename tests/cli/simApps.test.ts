// `sim producer`, `sim load` and `sim consumer`: the applications around the cluster, typed in
// the terminal as the sandbox builder makes them. Refusals print `sim: …` on stderr, exit 1, and
// change nothing.
import { describe, expect, it } from 'vitest';
import { ShellSession } from '../../src/cli/session';
import { parseScript } from '../../src/cli/shell/parseScript';
import { createWorld } from '../../src/cli/world';
import type { SimEvent } from '../../src/engine';

const BS = '--bootstrap-server localhost:9092';

function terminal() {
  const world = createWorld(1);
  const lines: { text: string; stream: string }[] = [];
  const session = new ShellSession(world, (text, stream) => lines.push({ text, stream }));
  const events: SimEvent[] = [];
  const run = (line: string) => {
    lines.length = 0;
    const parsed = parseScript(line);
    if (!parsed.ok) throw new Error(parsed.error);
    const job = session.run(parsed.commands[0]!);
    events.push(...world.sim.drainEvents());
    const of = (stream: string) =>
      lines
        .filter((l) => l.stream === stream)
        .map((l) => l.text)
        .join('');
    return { stdout: of('stdout'), stderr: of('stderr'), exitCode: job.exitCode };
  };
  const advance = (ms: number) => {
    world.sim.advanceBy(ms);
    for (const e of world.sim.drainEvents()) events.push(e);
  };
  const snapshot = () => world.sim.snapshot({ recordsPerPartition: 0 });
  const group = (id: string) => snapshot().groups.find((g) => g.groupId === id);
  return { run, advance, world, events, snapshot, group };
}

/** A terminal with topic `orders` (3 partitions). */
function withOrders() {
  const t = terminal();
  t.run(`kafka-topics.sh ${BS} --create --topic orders --partitions 3`);
  return t;
}

/** Expects `line` to be refused with `sim: message` and to leave the world as it was. */
function refused(t: ReturnType<typeof terminal>, line: string, message: string | RegExp) {
  const before = JSON.stringify(t.snapshot());
  const result = t.run(line);
  expect(result.stdout).toBe('');
  expect(result.exitCode).toBe(1);
  if (typeof message === 'string') expect(result.stderr).toBe(`sim: ${message}\n`);
  else expect(result.stderr).toMatch(message);
  expect(JSON.stringify(t.snapshot())).toBe(before);
}

describe('sim producer', () => {
  it('creates a producer with the settings given and prints them (Kafka’s defaults otherwise)', () => {
    const t = terminal();
    expect(
      t.run(
        'sim producer audit --acks 1 --partitioner round-robin --linger-ms 5 --idempotence false',
      ),
    ).toEqual({
      stdout:
        'Created producer audit: acks=1, enable.idempotence=false, partitioner=round-robin, linger.ms=5.\n',
      stderr: '',
      exitCode: 0,
    });
    expect(t.run('sim producer plain').stdout).toBe(
      'Created producer plain: acks=all, enable.idempotence=true, partitioner=sticky, linger.ms=0.\n',
    );
    expect(t.run('sim producer eq --acks=0').stdout).toMatch(/^Created producer eq: acks=0,/);
    expect(t.snapshot().producers.map((p) => p.clientId)).toEqual(['audit', 'plain', 'eq']);
  });

  it('passes on the engine’s refusals: a name in use, idempotence without acks=all (KafkaProducer’s ConfigException)', () => {
    const t = terminal();
    t.run('sim producer p');
    refused(t, 'sim producer p', 'A producer with client id p already exists.');
    refused(
      t,
      'sim producer q --acks 1 --idempotence true',
      'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.',
    );
  });

  it('refuses bad input with a usage line', () => {
    const t = terminal();
    refused(t, 'sim producer', /^sim: usage: sim producer NAME \[--acks 0\|1\|all\]/);
    refused(t, 'sim producer a b', /^sim: usage: sim producer NAME/);
    refused(t, 'sim producer p --acks 2', '--acks is 0, 1 or all');
    refused(t, 'sim producer p --partitioner random', '--partitioner is sticky or round-robin');
    refused(t, 'sim producer p --idempotence yes', '--idempotence is true or false');
    refused(
      t,
      'sim producer p --linger-ms -5',
      '--linger-ms is a whole number of ms, e.g. --linger-ms 5',
    );
    refused(t, 'sim producer p --linger-ms', /^sim: --linger-ms needs a value\n/);
    refused(t, 'sim producer p --batch 5', /^sim: unknown option --batch \(options: --acks,/);
  });
});

describe('sim load', () => {
  it('sends RATE records/s with keys P0… in turn and the values asked for, until `sim load P stop`', () => {
    const t = withOrders();
    expect(t.run('sim load web orders 100 --keys 4 --key-prefix user- --values click')).toEqual({
      stdout: 'Producer web sends 100 records/s to orders: keys user-0 … user-3, click values.\n',
      stderr: '',
      exitCode: 0,
    });
    t.advance(1_000);
    const sent = t.events.filter((e) => e.type === 'record.sent');
    expect(sent).toHaveLength(100);
    expect(sent.slice(0, 5).map((e) => e.type === 'record.sent' && e.key)).toEqual([
      'user-0',
      'user-1',
      'user-2',
      'user-3',
      'user-0',
    ]);
    const first = sent[0]!.type === 'record.sent' ? sent[0]!.value : null;
    expect(first).toBe(
      '{"user_id":0,"event":"click","page":"home","timestamp":"2024-01-01T00:00:00.010Z"}',
    );
    expect(t.run('sim status').stdout).toContain('Load: web → orders at 100/s\n');
    expect(t.run('sim load web stop')).toEqual({
      stdout: 'Producer web stopped its load.\n',
      stderr: '',
      exitCode: 0,
    });
    t.events.length = 0;
    t.advance(1_000);
    expect(t.events.filter((e) => e.type === 'record.sent')).toHaveLength(0);
    refused(t, 'sim load web stop', 'producer web sends no load');
  });

  it('sends the notes’ order events by default, without keys; RATE 0 stops too', () => {
    const t = withOrders();
    expect(t.run('sim load app orders 2.5').stdout).toBe(
      'Producer app sends 2.5 records/s to orders: no keys, order values.\n',
    );
    t.run('sim load logs orders 10 --values log --keys 1');
    t.advance(1_000);
    expect(t.snapshot().producers.find((p) => p.clientId === 'app')!.load).toEqual({
      topic: 'orders',
      recordsPerSecond: 2.5,
      keys: 0,
      keyPrefix: 'key-',
      values: 'order',
    });
    const values = t.events.flatMap((e) => (e.type === 'record.sent' ? [e] : []));
    expect(values.find((e) => e.producer === 'app')?.value).toBe(
      '{"order_id":1000,"user_id":0,"status":"placed"}',
    );
    const log = values.find((e) => e.producer === 'logs')!;
    expect(log.key).toBe('key-0');
    expect(log.value).toBe(
      `{"level":"INFO","message":"User 0 logged in","timestamp":"${new Date(Date.UTC(2024, 0, 1) + log.at).toISOString()}"}`,
    );
    expect(t.run('sim load app orders 0').stdout).toBe('Producer app stopped its load.\n');
    expect(t.snapshot().producers.find((p) => p.clientId === 'app')?.load).toBeNull();
  });

  it('refuses an unknown kind of values, a bad rate or key count, and passes on the engine’s refusals', () => {
    const t = withOrders();
    refused(t, 'sim load p orders 10 --values tweets', '--values is order, gps, log or click');
    for (const rate of ['abc', '-5', '1e3', '0x10', ''])
      refused(t, `sim load p orders '${rate}'`, /^sim: RATE is records per second/);
    refused(t, 'sim load p orders 10 --keys 1.5', '--keys is a whole number (0: no keys)');
    refused(t, 'sim load p orders 200000', 'recordsPerSecond must be 0…100000: 200000');
    refused(t, 'sim load p nope 10', 'Topic nope not present in metadata.');
    refused(t, 'sim load p', /^sim: usage: sim load PRODUCER TOPIC RATE/);
    refused(t, 'sim load p orders 10 extra', /^sim: usage: sim load PRODUCER TOPIC RATE/);
  });
});

describe('sim consumer', () => {
  it('add: a consumer joins the group subscribed to the topic, and its name is printed', () => {
    const t = withOrders();
    expect(t.run('sim consumer add billing orders')).toEqual({
      stdout: 'consumer-billing-1\n',
      stderr: '',
      exitCode: 0,
    });
    // Its assignors must share one with the first member's default [range, cooperative-sticky].
    expect(
      t.run('sim consumer add billing orders --name b2 --assignor cooperative-sticky').stdout,
    ).toBe('b2\n');
    t.advance(15_000);
    expect(t.group('billing')).toMatchObject({ state: 'Stable', protocol: 'cooperative-sticky' });
    expect(
      t
        .group('billing')!
        .members.map((m) => m.clientId)
        .sort(),
    ).toEqual(['b2', 'consumer-billing-1']);
  });

  it('add: --offset-reset, --commit and --processing-ms reach the consumer', () => {
    const t = withOrders();
    t.run('sim load p orders 100');
    t.advance(1_000);
    t.run('sim load p stop');
    t.run(
      'sim consumer add audit orders --name a --offset-reset earliest --commit none --processing-ms 7',
    );
    t.advance(10_000);
    expect(t.snapshot().consumers[0]!.processingMsPerRecord).toBe(7);
    expect(t.group('audit')!.delivery.processed).toBe(100);
    // --commit none: nothing committed.
    expect(t.group('audit')!.offsets.every((o) => o.offset === null)).toBe(true);
  });

  it('close leaves the group at once; kill is noticed only after session.timeout.ms (45 s)', () => {
    const t = withOrders();
    t.run('sim consumer add g orders --name c1');
    t.run('sim consumer add g orders --name c2');
    t.run('sim consumer add g orders --name c3');
    t.advance(5_000);
    expect(t.group('g')!.members).toHaveLength(3);
    expect(t.run('sim consumer close c1')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    t.advance(100);
    expect(
      t
        .group('g')!
        .members.map((m) => m.clientId)
        .sort(),
    ).toEqual(['c2', 'c3']);
    expect(t.run('sim consumer kill c2')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    t.advance(30_000);
    expect(t.group('g')!.members).toHaveLength(2);
    t.advance(20_000);
    expect(t.group('g')!.members.map((m) => m.clientId)).toEqual(['c3']);
    refused(t, 'sim consumer kill c2', 'No running consumer c2.');
  });

  it('slow: a batch longer than max.poll.interval.ms (300 s) gets it thrown out; back to normal, it rejoins at its next poll', () => {
    const t = withOrders();
    t.run('sim consumer add g orders --name c1');
    t.advance(5_000);
    expect(t.run('sim consumer slow c1 1000')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(t.snapshot().consumers[0]!.processingMsPerRecord).toBe(1000);
    // A burst of 600 records: a first small batch, then one of max.poll.records (500) = 500 s.
    t.run('sim load p orders 1000');
    t.advance(600);
    t.run('sim load p stop');
    t.advance(320_000);
    const expired = t.events.filter((e) => e.type === 'member.expired');
    expect(expired.map((e) => e.type === 'member.expired' && e.reason)).toContain(
      'max.poll.interval.ms',
    );
    // Thrown out, it still holds its partitions until its batch ends and it polls again.
    expect(t.run('sim status').stdout).toContain(
      'Consumer c1 (group g, out of the group until its next poll): orders-0, orders-1, orders-2; 1000 ms per record\n',
    );
    expect(t.run('sim consumer slow c1 0').exitCode).toBe(0);
    t.advance(30_000);
    expect(t.group('g')).toMatchObject({ state: 'Stable' });
    expect(t.group('g')!.members.map((m) => m.clientId)).toEqual(['c1']);
    expect(t.run('sim status').stdout).toMatch(
      /Consumer c1 \(group g\): orders-0, orders-1, orders-2\n/,
    );
  });

  it('refuses an unknown consumer, a bad time, a bad option and an unknown topic', () => {
    const t = withOrders();
    t.run('sim consumer add g orders --name c1');
    refused(t, 'sim consumer slow nobody 5', 'No running consumer nobody.');
    refused(t, 'sim consumer close nobody', 'No running consumer nobody.');
    for (const ms of ['-1', '1.5', 'fast', '1e3'])
      refused(t, `sim consumer slow c1 ${ms}`, /^sim: usage: sim consumer slow NAME MS/);
    refused(t, 'sim consumer slow c1', /^sim: usage: sim consumer slow NAME MS/);
    refused(t, 'sim consumer kill', 'usage: sim consumer kill NAME');
    refused(
      t,
      'sim consumer add g nope',
      "no topic 'nope': create it first (kafka-topics.sh --create --topic nope)",
    );
    refused(
      t,
      'sim consumer add g orders --assignor fastest',
      '--assignor is range, roundrobin, sticky, cooperative-sticky',
    );
    refused(
      t,
      'sim consumer add g orders --commit sometimes',
      '--commit is auto, after-processing, before-processing, none',
    );
    refused(
      t,
      'sim consumer add g orders --offset-reset none',
      '--offset-reset is earliest or latest',
    );
    refused(
      t,
      'sim consumer add g orders --processing-ms -3',
      '--processing-ms is a whole number of ms per record',
    );
    refused(
      t,
      "sim consumer add '' orders",
      'GROUP must not be empty (an empty group.id is invalid)',
    );
    refused(t, 'sim consumer add g orders --name c1', 'Consumer c1 is already running.');
    refused(t, 'sim consumer add g', /^sim: usage: sim consumer add GROUP TOPIC/);
    refused(t, 'sim consumer', /^sim: usage: sim consumer add GROUP TOPIC/);
    refused(t, 'sim consumer pause c1', /^sim: usage: sim consumer add GROUP TOPIC/);
  });
});

describe('sim help', () => {
  it('lists the new subcommands with their options', () => {
    const help = terminal().run('sim help').stdout;
    for (const line of [
      '  sim producer NAME [--acks 0|1|all] [--partitioner sticky|round-robin]\n',
      '  sim load PRODUCER TOPIC RATE [--keys N] [--key-prefix P] [--values order|gps|log|click]\n',
      '  sim load PRODUCER stop ',
      '  sim consumer add GROUP TOPIC [--name N] [--assignor range|roundrobin|sticky|cooperative-sticky]\n',
      '  sim consumer close NAME ',
      '  sim consumer kill NAME ',
      '  sim consumer slow NAME MS ',
    ])
      expect(help).toContain(line);
  });
});
