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
  describe('--replica-assignment (TopicCommand#parseReplicaAssignment, then the controller)', () => {
    const BS3 = '--bootstrap-server localhost:9094';
    const three = () => {
      const t = terminal();
      t.run('sim brokers 101 102 103');
      return t;
    };
    /** What the tool prints for an exception it catches: the message, then the logged class. */
    const error = (t: ReturnType<typeof terminal>, line: string) => {
      const r = t.run(line);
      return { exitCode: r.exitCode, stdout: r.stdout, logged: /ERROR (\S+):/.exec(r.stderr)?.[1] };
    };
    const createAssigned = (t: ReturnType<typeof terminal>, assignment: string) =>
      error(t, `kafka-topics.sh ${BS3} --create --topic U --replica-assignment ${assignment}`);

    it('creates the partitions as listed; --describe shows those replicas, the first one leading', () => {
      const t = three();
      expect(
        t.run(`kafka-topics.sh ${BS3} --create --topic T --replica-assignment 101:102,102:103`),
      ).toEqual({ stdout: 'Created topic T.\n', stderr: '', exitCode: 0 });
      const lines = t.run(`kafka-topics.sh ${BS3} --describe --topic T`).stdout.split('\n');
      expect(lines[0]).toMatch(/\tPartitionCount: 2\tReplicationFactor: 2\t/);
      expect(lines.slice(1, 3)).toEqual([
        '\tTopic: T\tPartition: 0\tLeader: 101\tReplicas: 101,102\tIsr: 101,102\tElr: \tLastKnownElr: ',
        '\tTopic: T\tPartition: 1\tLeader: 102\tReplicas: 102,103\tIsr: 102,103\tElr: \tLastKnownElr: ',
      ]);
    });

    it('leads with the first live replica and leaves stopped ones out of the ISR (KRaft)', () => {
      const t = three();
      t.run('sim broker stop 101');
      t.run('sleep 1');
      t.run(`kafka-topics.sh ${BS3} --create --topic T --replica-assignment " 101 : 103 : 102 "`);
      expect(t.run(`kafka-topics.sh ${BS3} --describe --topic T`).stdout).toContain(
        '\tPartition: 0\tLeader: 103\tReplicas: 101,103,102\tIsr: 103,102\t',
      );
      expect(
        error(t, `kafka-topics.sh ${BS3} --create --topic U --replica-assignment 102:103,101`),
      ).toMatchObject({ logged: 'org.apache.kafka.server.common.AdminOperationException' });
      expect(
        error(t, `kafka-topics.sh ${BS3} --create --topic U --replica-assignment 103,101`),
      ).toEqual({
        exitCode: 1,
        stdout:
          'Error while executing topic command : All brokers specified in the manual partition assignment for partition 1 are fenced or in controlled shutdown.\n',
        logged: 'org.apache.kafka.common.errors.InvalidReplicaAssignmentException',
      });
    });

    it("refuses what the tool itself refuses, with TopicCommand's messages", () => {
      const t = three();
      const create = (assignment: string) => createAssigned(t, assignment);
      expect(create('101:102:101')).toEqual({
        exitCode: 1,
        stdout:
          'Error while executing topic command : Partition replica lists may not contain duplicate entries: 101\n',
        logged: 'org.apache.kafka.server.common.AdminCommandFailedException',
      });
      // ToolsUtils#duplicates is a HashSet<Integer>: 17 and 1 share a bucket, so 17 (found first) leads.
      expect(create('17:1:17:1').stdout).toContain('duplicate entries: 17,1\n');
      expect(create('101:102,103')).toEqual({
        exitCode: 1,
        stdout:
          'Error while executing topic command : Partition 1 has different replication factor: [103]\n',
        logged: 'org.apache.kafka.server.common.AdminOperationException',
      });
      expect(create('101:x')).toEqual({
        exitCode: 1,
        stdout: 'Error while executing topic command : For input string: "x"\n',
        logged: 'java.lang.NumberFormatException',
      });
      expect(create('101::102').stdout).toContain('For input string: ""\n');
    });

    it("passes the controller's refusals on (ReplicationControlManager#validateManualPartitionAssignment)", () => {
      const t = three();
      const create = (assignment: string) => createAssigned(t, assignment);
      expect(create('101:104')).toEqual({
        exitCode: 1,
        stdout:
          'Error while executing topic command : The manual partition assignment includes broker 104, but no such broker is registered.\n',
        logged: 'org.apache.kafka.common.errors.InvalidReplicaAssignmentException',
      });
      // Java's split leaves ":" nothing, so the tool sends an empty replica list.
      expect(create(':').stdout).toBe(
        'Error while executing topic command : The manual partition assignment includes an empty replica list.\n',
      );
    });

    it('cannot be combined with --partitions or --replication-factor (checkInvalidArgs), nor used with --describe', () => {
      const t = three();
      for (const [extra, other] of [
        ['--partitions 2', 'partitions'],
        ['--replication-factor 2', 'replication-factor'],
      ])
        expect(
          t.run(`kafka-topics.sh ${BS3} --create --topic U --replica-assignment 101 ${extra}`),
        ).toEqual({
          stdout: '',
          stderr: `Option "[replica-assignment]" can't be used with option "[${other}]"\n(run kafka-topics.sh --help for the options)\n`,
          exitCode: 1,
        });
      expect(t.run(`kafka-topics.sh ${BS3} --describe --replica-assignment 101`).stderr).toMatch(
        /^Option "\[replica-assignment\]" can't be used with option "\[describe\]"\n/,
      );
    });

    it('in ZooKeeper mode takes unknown brokers (the 2.x --zookeeper form too) and leads with the first live one', () => {
      const t = terminal();
      t.run('sim mode zookeeper');
      t.run('sim brokers 1 2 3');
      t.run(
        'kafka-topics.sh --zookeeper localhost:2181 --create --topic L --replica-assignment 7:2,8:9',
      );
      expect(t.run('kafka-topics.sh --zookeeper localhost:2181 --describe --topic L').stdout).toBe(
        'Topic: L\tPartitionCount: 2\tReplicationFactor: 2\tConfigs: segment.bytes=1073741824\n' +
          '\tTopic: L\tPartition: 0\tLeader: 2\tReplicas: 7,2\tIsr: 2\n' +
          '\tTopic: L\tPartition: 1\tLeader: none\tReplicas: 8,9\tIsr: \n',
      );
      expect(
        error(
          t,
          'kafka-topics.sh --zookeeper localhost:2181 --create --topic M --replica-assignment 1:1',
        ),
      ).toMatchObject({ logged: 'kafka.common.AdminCommandFailedException' });
    });
  });
});
