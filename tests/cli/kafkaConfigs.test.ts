// kafka-configs for topics, as Kafka 3.9's ConfigCommand prints it (core/.../admin/ConfigCommand.scala),
// with the synonyms a 3.9 broker lists (ConfigHelper, ServerTopicConfigSynonyms).
import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/cli/runner';
import { ShellSession } from '../../src/cli/session';
import { parseScript } from '../../src/cli/shell/parseScript';
import { createWorld } from '../../src/cli/world';

const BS = '--bootstrap-server localhost:9092';
const CREATE = `kafka-topics.sh ${BS} --create --topic orders --partitions 2`;

/** What the last command printed (stdout and stderr as a terminal shows them) and its exit code. */
function run(setup: string, command: string) {
  const { transcript, exitCode } = runScript(`${setup}\n${command}`);
  const marker = `$ ${command}\n`;
  return { output: transcript.slice(transcript.lastIndexOf(marker) + marker.length), exitCode };
}

/** One command on a fresh world with the two streams apart. */
function streams(command: string) {
  const world = createWorld(1);
  world.sim.execute({ type: 'createTopic', topic: 'orders', partitions: 2 });
  const chunks: { text: string; stream: string }[] = [];
  const shell = new ShellSession(world, (text, stream) => chunks.push({ text, stream }));
  const parsed = parseScript(command);
  if (!parsed.ok) throw new Error(parsed.error);
  const job = shell.run(parsed.commands[0]!);
  const of = (s: string) =>
    chunks
      .filter((c) => c.stream === s)
      .map((c) => c.text)
      .join('');
  return { stdout: of('stdout'), stderr: of('stderr'), exitCode: job.exitCode, world };
}

describe('kafka-configs --alter and --describe (topics)', () => {
  it('adds configs ("Completed updating config for topic X.") and describes the dynamic ones sorted, with synonyms', () => {
    const setup = `${CREATE}\nkafka-configs.sh ${BS} --entity-type topics --entity-name orders --alter --add-config retention.ms=1000,cleanup.policy=compact,segment.bytes=2000000`;
    expect(run(CREATE, setup.split('\n')[1]!).output).toBe(
      'Completed updating config for topic orders.\n',
    );
    // retention.ms's broker synonyms (log.retention.hours) are dropped: none is named log.retention.ms.
    expect(run(setup, `kafka-configs.sh ${BS} --topic orders --describe`)).toEqual({
      output:
        'Dynamic configs for topic orders are:\n' +
        '  cleanup.policy=compact sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:cleanup.policy=compact, DEFAULT_CONFIG:log.cleanup.policy=delete}\n' +
        '  retention.ms=1000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:retention.ms=1000}\n' +
        '  segment.bytes=2000000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:segment.bytes=2000000, STATIC_BROKER_CONFIG:log.segment.bytes=1073741824, DEFAULT_CONFIG:log.segment.bytes=1073741824}\n',
      exitCode: 0,
    });
  });

  it('describes a topic without overrides as a header alone', () => {
    expect(
      run(CREATE, `kafka-configs.sh ${BS} --entity-type topics --entity-name orders --describe`),
    ).toEqual({ output: 'Dynamic configs for topic orders are:\n', exitCode: 0 });
  });

  it('--describe --all lists every 3.9 topic config, defaults included', () => {
    const { output } = run(CREATE, `kafka-configs.sh ${BS} --topic orders --describe --all`);
    const lines = output.split('\n');
    expect(lines[0]).toBe('All configs for topic orders are:');
    expect(lines).toHaveLength(38);
    expect(lines).toContain('  retention.ms=604800000 sensitive=false synonyms={}');
    expect(lines).toContain(
      '  segment.bytes=1073741824 sensitive=false synonyms={STATIC_BROKER_CONFIG:log.segment.bytes=1073741824, DEFAULT_CONFIG:log.segment.bytes=1073741824}',
    );
    expect(lines).toContain('  flush.ms=9223372036854775807 sensitive=false synonyms={}');
    expect(lines).toContain(
      '  min.insync.replicas=1 sensitive=false synonyms={DEFAULT_CONFIG:min.insync.replicas=1}',
    );
    expect(lines).toContain(
      '  message.format.version=3.0-IV1 sensitive=false synonyms={DEFAULT_CONFIG:log.message.format.version=3.0-IV1}',
    );
  });

  it('describes every topic, in ListTopicsResult’s HashMap order, when no entity name is given', () => {
    const setup = `${CREATE}\nkafka-topics.sh ${BS} --create --topic events`;
    expect(run(setup, `kafka-configs.sh ${BS} --entity-type topics --describe`).output).toBe(
      'Dynamic configs for topic orders are:\nDynamic configs for topic events are:\n',
    );
  });

  it('deletes a dynamic config, and refuses to delete one that is not set ("Invalid config(s): …")', () => {
    const setup = `${CREATE}\nkafka-configs.sh ${BS} --topic orders --alter --add-config retention.ms=1000`;
    expect(
      run(setup, `kafka-configs.sh ${BS} --topic orders --alter --delete-config retention.ms`),
    ).toEqual({ output: 'Completed updating config for topic orders.\n', exitCode: 0 });
    expect(
      run(
        setup,
        `kafka-configs.sh ${BS} --topic orders --alter --delete-config retention.ms,segment.ms`,
      ),
    ).toEqual({ output: 'Invalid config(s): segment.ms\n', exitCode: 1 });
  });

  it('prints the broker’s InvalidConfigurationException after the command line, and changes nothing', () => {
    const r = streams(`kafka-configs.sh ${BS} --topic orders --alter --add-config foo=1`);
    expect(r).toMatchObject({ stdout: '', exitCode: 1 });
    expect(r.stderr).toBe(
      `Error while executing config command with args '${BS} --topic orders --alter --add-config foo=1'\n` +
        'java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.InvalidConfigurationException: Unknown topic config name: foo\n' +
        'Caused by: org.apache.kafka.common.errors.InvalidConfigurationException: Unknown topic config name: foo\n',
    );
    expect(r.world.sim.snapshot().topics[0]!.overrides).toEqual({});
    expect(
      run(CREATE, `kafka-configs.sh ${BS} --topic orders --alter --add-config retention.ms=soon`)
        .output,
    ).toContain(
      'InvalidConfigurationException: Invalid value soon for configuration retention.ms: Not a number of type LONG\n',
    );
  });

  it('describes an unknown topic as the header, then UnknownTopicOrPartitionException', () => {
    expect(run(CREATE, `kafka-configs.sh ${BS} --topic nope --describe`)).toEqual({
      output:
        'Dynamic configs for topic nope are:\n' +
        `Error while executing config command with args '${BS} --topic nope --describe'\n` +
        'java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.\n' +
        'Caused by: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.\n',
      exitCode: 1,
    });
  });

  it('refuses add-configs not in key=val form with Scala’s require message', () => {
    expect(
      run(CREATE, `kafka-configs.sh ${BS} --topic orders --alter --add-config retention.ms`),
    ).toEqual({
      output:
        'requirement failed: Invalid entity config: all configs to be added must be in the format "key=val".\n',
      exitCode: 1,
    });
  });
});

describe('kafka-configs argument checks (ConfigCommandOptions#checkArgs)', () => {
  it('needs an entity type', () => {
    expect(streams(`kafka-configs.sh ${BS} --entity-name orders --describe`)).toMatchObject({
      stdout: '',
      stderr: 'At least one entity type must be specified\n',
      exitCode: 1,
    });
  });

  it('names the valid entity types for the connection given', () => {
    expect(streams(`kafka-configs.sh ${BS} --entity-type topic --describe`).stderr).toBe(
      'Invalid entity type topic, the entity type must be one of topics, clients, users, brokers, ips, broker-loggers, client-metrics with a --bootstrap-server or --bootstrap-controller argument\n',
    );
  });

  it('needs exactly one action, and no --add-config with --describe (usage errors)', () => {
    expect(streams(`kafka-configs.sh ${BS} --topic orders`).stderr).toContain(
      'Command must include exactly one action: --describe, --alter\n',
    );
    expect(
      streams(`kafka-configs.sh ${BS} --topic orders --describe --add-config a=b`).stderr,
    ).toContain('Option "[describe]" can\'t be used with option "[add-config]"\n');
  });

  it('needs an entity name and something to change for --alter', () => {
    expect(
      streams(`kafka-configs.sh ${BS} --entity-type topics --alter --add-config a=b`).stderr,
    ).toBe('an entity name must be specified with --alter of topics\n');
    expect(streams(`kafka-configs.sh ${BS} --topic orders --alter`).stderr).toBe(
      'At least one of --add-config, --add-config-file, or --delete-config must be specified with --alter\n',
    );
  });

  it('prints joptsimple’s message for an unknown option', () => {
    expect(streams(`kafka-configs.sh ${BS} --topic orders --describe --frob`)).toMatchObject({
      stderr: 'frob is not a recognized option\n',
      exitCode: 1,
    });
  });
});

describe('kafka-configs beyond topic configs', () => {
  it('describes brokers: no dynamic configs, then the cluster defaults header', () => {
    expect(run('', `kafka-configs.sh ${BS} --entity-type brokers --describe`)).toEqual({
      output:
        'Dynamic configs for broker 0 are:\nDefault configs for brokers in the cluster are:\n',
      exitCode: 0,
    });
  });

  it('says the simulator does not model users, clients or broker config changes', () => {
    const r = streams(`kafka-configs.sh ${BS} --entity-type users --describe`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^\(kafkasim: .*users configs\)\n$/);
  });

  it('names a real topic config the simulator does not model, and changes nothing', () => {
    const r = streams(
      `kafka-configs.sh ${BS} --topic orders --alter --add-config compression.type=gzip`,
    );
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'compression.type is a Kafka topic config the simulator does not model',
    );
    expect(r.world.sim.snapshot().topics[0]!.overrides).toEqual({});
  });

  it('plays Kafka 2.x’s --zookeeper form in ZooKeeper mode', () => {
    const setup = [
      'sim mode zookeeper',
      'kafka-topics.sh --zookeeper localhost:2181 --create --topic orders --partitions 1',
      'kafka-configs.sh --zookeeper localhost:2181 --entity-type topics --entity-name orders --alter --add-config retention.ms=1000',
    ].join('\n');
    expect(run(setup.split('\n').slice(0, 2).join('\n'), setup.split('\n')[2]!).output).toBe(
      "Completed updating config for entity: topic 'orders'.\n",
    );
    expect(
      run(
        setup,
        'kafka-configs.sh --zookeeper localhost:2181 --entity-type topics --entity-name orders --describe',
      ).output,
    ).toBe("Configs for topic 'orders' are retention.ms=1000\n");
  });

  it('refuses --zookeeper for topics in KRaft mode as 3.9 does, with a hint', () => {
    const r = streams(
      'kafka-configs.sh --zookeeper localhost:2181 --entity-type topics --entity-name orders --describe',
    );
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^Invalid entity type topics, the entity type must be one of users, brokers with a --zookeeper argument\n\(kafkasim: /,
    );
  });
});
