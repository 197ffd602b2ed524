// kafka-topics' output, as Kafka 3.9's TopicCommand prints it (stdout and stderr told apart).
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/cli/shell/parseScript';
import { ShellSession } from '../../src/cli/session';
import { createWorld } from '../../src/cli/world';

function terminal() {
  const world = createWorld(1);
  const lines: { text: string; stream: string }[] = [];
  const session = new ShellSession(world, (text, stream) => lines.push({ text, stream }));
  const run = (line: string) => {
    lines.length = 0;
    const parsed = parseScript(line);
    if (!parsed.ok) throw new Error(parsed.error);
    const job = session.run(parsed.commands[0]!);
    const stdout = lines
      .filter((l) => l.stream === 'stdout')
      .map((l) => l.text)
      .join('');
    const stderr = lines
      .filter((l) => l.stream === 'stderr')
      .map((l) => l.text)
      .join('');
    return { stdout, stderr, exitCode: job.exitCode };
  };
  return { run, world };
}

const BS = '--bootstrap-server localhost:9092';

describe('kafka-topics', () => {
  it('creates a topic: "Created topic X." (and the metric-name warning for . and _)', () => {
    const t = terminal();
    expect(t.run(`kafka-topics.sh ${BS} --create --topic orders --partitions 3`)).toEqual({
      stdout: 'Created topic orders.\n',
      stderr: '',
      exitCode: 0,
    });
    expect(t.run(`kafka-topics.sh ${BS} --create --topic first_topic`).stdout).toBe(
      "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.\nCreated topic first_topic.\n",
    );
  });

  it('prints errors on stdout and logs the exception on stderr, exit 1', () => {
    const t = terminal();
    t.run(`kafka-topics.sh ${BS} --create --topic orders`);
    const again = t.run(`kafka-topics.sh ${BS} --create --topic orders`);
    expect(again.exitCode).toBe(1);
    expect(again.stdout).toBe(
      "Error while executing topic command : Topic 'orders' already exists.\n",
    );
    expect(again.stderr).toMatch(
      /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\] ERROR org\.apache\.kafka\.common\.errors\.TopicExistsException: Topic 'orders' already exists\.\n \(org\.apache\.kafka\.tools\.TopicCommand\)\n$/,
    );
  });

  it('describes a topic with TopicId, configs, and ELR fields in KRaft', () => {
    const t = terminal();
    t.run(
      `kafka-topics.sh ${BS} --create --topic orders --partitions 2 --config retention.ms=60000`,
    );
    const topicId = t.world.sim.snapshot().topics[0]!.topicId;
    expect(t.run(`kafka-topics.sh ${BS} --describe --topic orders`).stdout).toBe(
      `Topic: orders\tTopicId: ${topicId}\tPartitionCount: 2\tReplicationFactor: 1\tConfigs: segment.bytes=1073741824,retention.ms=60000\n` +
        '\tTopic: orders\tPartition: 0\tLeader: 0\tReplicas: 0\tIsr: 0\tElr: \tLastKnownElr: \n' +
        '\tTopic: orders\tPartition: 1\tLeader: 0\tReplicas: 0\tIsr: 0\tElr: \tLastKnownElr: \n',
    );
  });

  it('reads a long option written with one dash, as joptsimple does (notes 003: -partitions 3)', () => {
    const t = terminal();
    expect(
      t.run(
        `kafka-topics.bat ${BS} --create --topic vmc-topic -partitions 3 --replication-factor 1`,
      ).stdout,
    ).toBe('Created topic vmc-topic.\n');
    expect(t.world.sim.snapshot().topics[0]!.partitions).toHaveLength(3);
    // A dash and a name no option has: joptsimple tries short options, and Kafka's tools have none.
    expect(t.run(`kafka-topics.sh ${BS} --list -q`).stderr).toMatch(
      /^q is not a recognized option\n/,
    );
  });

  it("refuses the replication factor the cluster cannot give, in KRaft's words", () => {
    expect(
      terminal().run(`kafka-topics.sh ${BS} --create --topic t --replication-factor 2`).stdout,
    ).toBe(
      'Error while executing topic command : Unable to replicate the partition 2 time(s): The target replication factor of 2 cannot be reached because only 1 broker(s) are registered.\n',
    );
  });

  it('answers the notes’ --zookeeper form as 3.9 does, with a hint; accepts it in ZooKeeper mode like 2.x', () => {
    const t = terminal();
    const kraft = t.run('kafka-topics.sh --zookeeper localhost:2181 --list');
    expect(kraft.exitCode).toBe(1);
    expect(kraft.stderr).toMatch(
      /^zookeeper is not a recognized option\njoptsimple\.UnrecognizedOptionException: zookeeper is not a recognized option\n/,
    );
    expect(kraft.stderr).toContain('--bootstrap-server localhost:9092');
    t.run('sim mode zookeeper');
    expect(
      t.run(
        'kafka-topics.sh --zookeeper localhost:2181 --create --topic t --partitions 1 --replication-factor 2',
      ).stdout,
    ).toBe(
      'Error while executing topic command : Replication factor: 2 larger than available brokers: 1.\n',
    );
    t.run('kafka-topics.sh --zookeeper localhost:2181 --create --topic t --partitions 1');
    expect(t.run('kafka-topics.sh --zookeeper localhost:2181 --describe --topic t').stdout).toBe(
      'Topic: t\tPartitionCount: 1\tReplicationFactor: 1\tConfigs: segment.bytes=1073741824\n\tTopic: t\tPartition: 0\tLeader: 0\tReplicas: 0\tIsr: 0\n',
    );
    expect(t.run('kafka-topics.sh --zookeeper localhost:2181 --delete --topic t').stdout).toBe(
      'Topic t is marked for deletion.\nNote: This will have no impact if delete.topic.enable is not set to true.\n',
    );
  });

  it('lists sorted names, internal topics included unless --exclude-internal', () => {
    const t = terminal();
    t.run(`kafka-topics.sh ${BS} --create --topic b`);
    t.run(`kafka-topics.sh ${BS} --create --topic a`);
    t.world.sim.execute({ type: 'startConsumer', consumer: 'c', group: 'g', topics: ['a'] });
    expect(t.run(`kafka-topics.sh ${BS} --list`).stdout).toBe('__consumer_offsets\na\nb\n');
    expect(t.run(`kafka-topics.sh ${BS} --list --exclude-internal`).stdout).toBe('a\nb\n');
  });

  it('describes a missing topic with 3.9’s Optional[...] message', () => {
    expect(terminal().run(`kafka-topics.sh ${BS} --describe --topic nope`).stdout).toBe(
      "Error while executing topic command : Topic 'Optional[nope]' does not exist as expected\n",
    );
  });

  it('times out when --bootstrap-server names no broker', () => {
    const r = terminal().run('kafka-topics.sh --bootstrap-server localhost:9999 --list');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe(
      'Error while executing topic command : Timed out waiting for a node assignment. Call: listTopics\n',
    );
  });

  it('refuses a command line without exactly one action', () => {
    const r = terminal().run(`kafka-topics.sh ${BS} --topic t`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'Command must include exactly one action: --list, --describe, --create, --alter or --delete',
    );
  });
});
