// kafka-topics: create, list, describe, alter --partitions, delete — printing what Kafka 3.9's
// TopicCommand prints. The notes' `--zookeeper` form works in ZooKeeper mode as Kafka 2.x did; in
// KRaft mode it is refused as 3.9 refuses it, with a hint of today's form.
import type { TopicView } from '../../engine';
import { finished, type Job, type Output } from '../job';
import { logDate, logLine } from '../format';
import { parseOptions, type OptionSpec, type ParsedOptions } from '../options';
import type { CommandContext } from '../session';
import { exceptionClass, reachesCluster } from './adminConnection';
import { describe } from './describeTopics';
import { parseReplicaAssignment } from './replicaAssignment';
import { usageError } from './usage';

const TOOL = 'kafka-topics';
const LOGGER_3X = 'org.apache.kafka.tools.TopicCommand';
const LOGGER_2X = 'kafka.admin.TopicCommand$';
const COLLISION_WARNING =
  "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.\n";

export const KAFKA_TOPICS_OPTIONS: OptionSpec[] = [
  ...[
    'bootstrap-server',
    'zookeeper',
    'topic',
    'partitions',
    'replication-factor',
    'command-config',
    'replica-assignment',
    'topic-id',
  ].map((name) => ({ name, kind: 'value' as const })),
  { name: 'config', kind: 'values' },
  ...[
    'create',
    'list',
    'describe',
    'alter',
    'delete',
    'if-exists',
    'if-not-exists',
    'exclude-internal',
    'under-replicated-partitions',
    'under-min-isr-partitions',
    'at-min-isr-partitions',
    'unavailable-partitions',
    'topics-with-overrides',
    'help',
    'version',
  ].map((name) => ({ name, kind: 'flag' as const })),
];

const UNRECOGNIZED_FRAMES = [
  'joptsimple.OptionException.unrecognizedOption(OptionException.java:108)',
  'joptsimple.OptionParser.handleLongOptionToken(OptionParser.java:510)',
  'joptsimple.OptionParserState$2.handleArgument(OptionParserState.java:56)',
  'joptsimple.OptionParser.parse(OptionParser.java:396)',
  'org.apache.kafka.tools.TopicCommand$TopicCommandOptions.<init>(TopicCommand.java:830)',
  'org.apache.kafka.tools.TopicCommand.execute(TopicCommand.java:100)',
  'org.apache.kafka.tools.TopicCommand.mainNoExit(TopicCommand.java:90)',
  'org.apache.kafka.tools.TopicCommand.main(TopicCommand.java:85)',
];

export function kafkaTopics(args: readonly string[], ctx: CommandContext): Job {
  const { out, world } = ctx;
  const parsed = parseOptions(args, KAFKA_TOPICS_OPTIONS);
  if (!parsed.ok) {
    if (parsed.kind === 'unrecognized') return unrecognized(out, parsed.option);
    return usageError(out, TOOL, `Option ${parsed.option} requires an argument`);
  }
  const o = parsed.options;
  // Kafka 3.9's parser no longer knows --zookeeper; only a ZooKeeper-mode world plays Kafka 2.x.
  if (o.has('zookeeper') && world.sim.snapshot({ recordsPerPartition: 0 }).mode === 'kraft')
    return unrecognized(out, 'zookeeper');
  const actions = ['create', 'list', 'describe', 'alter', 'delete'].filter((a) => o.has(a));
  if (o.has('help') || actions.length !== 1)
    return usageError(
      out,
      TOOL,
      o.has('help')
        ? 'This tool helps to create, delete, describe, or change a topic.'
        : 'Command must include exactly one action: --list, --describe, --create, --alter or --delete',
    );
  const legacy = o.has('zookeeper');
  const snapshot = world.sim.snapshot({ recordsPerPartition: 0 });
  if (!legacy && !o.has('bootstrap-server')) {
    out(
      '--bootstrap-server must be specified\njava.lang.IllegalArgumentException: --bootstrap-server must be specified\n\tat org.apache.kafka.tools.TopicCommand$TopicCommandOptions.checkRequiredArgs(TopicCommand.java:975)\n\n',
      'stderr',
    );
    return finished(TOOL, 1);
  }
  const action = actions[0]!;
  const topicName = o.value('topic');
  if ((action === 'create' || action === 'alter' || action === 'delete') && topicName === undefined)
    return usageError(out, TOOL, 'Missing required argument "[topic]"');
  const conflict = invalidArgs(o, action);
  if (conflict) return usageError(out, TOOL, conflict);
  if (!legacy && !reachesCluster(o.value('bootstrap-server')!, snapshot)) {
    out(
      logLine(
        world.sim.now,
        'WARN',
        `[AdminClient clientId=adminclient-1] Connection to node -1 (${o.value('bootstrap-server')}) could not be established. Node may not be available.`,
        'org.apache.kafka.clients.NetworkClient',
      ),
      'stderr',
    );
    return fail(
      ctx,
      legacy,
      'TimeoutException',
      `Timed out waiting for a node assignment. Call: ${actions[0] === 'list' ? 'listTopics' : `${actions[0]}Topics`}`,
    );
  }
  switch (action) {
    case 'list': {
      const names = snapshot.topics
        .filter((t) => !(o.has('exclude-internal') && t.internal))
        .map((t) => t.name)
        .sort();
      out(names.join('\n') + '\n', 'stdout');
      return finished(TOOL, 0);
    }
    case 'create':
      return create(ctx, topicName!, o, legacy);
    case 'describe': {
      const topics = selectTopics(snapshot.topics, topicName, o.has('exclude-internal'));
      if (topics.length === 0 && topicName !== undefined)
        return o.has('if-exists') ? finished(TOOL, 0) : missingTopic(ctx, topicName, legacy);
      const filters = {
        underReplicated: o.has('under-replicated-partitions'),
        underMinIsr: o.has('under-min-isr-partitions'),
        atMinIsr: o.has('at-min-isr-partitions'),
        unavailable: o.has('unavailable-partitions'),
      };
      if (!legacy && snapshot.mode === 'zookeeper')
        out(
          logLine(
            world.sim.now,
            'WARN',
            '[AdminClient clientId=adminclient-1] The DescribeTopicPartitions API is not supported, using Metadata API to describe topics.',
            'org.apache.kafka.clients.admin.KafkaAdminClient',
          ),
          'stderr',
        );
      out(describe(snapshot, topics, filters, legacy), 'stdout');
      return finished(TOOL, 0);
    }
    case 'alter': {
      if (!o.has('partitions'))
        return usageError(out, TOOL, 'Missing required argument "[partitions]"');
      if (!snapshot.topics.some((t) => t.name === topicName))
        return o.has('if-exists') ? finished(TOOL, 0) : missingTopic(ctx, topicName!, legacy);
      const partitions = parseInt32(out, o.value('partitions')!, 'partitions');
      if (partitions === null) return finished(TOOL, 1);
      const result = world.sim.execute({ type: 'addPartitions', topic: topicName!, partitions });
      if (!result.ok) return fail(ctx, legacy, result.error.name, result.error.message);
      if (legacy)
        out(
          'WARNING: If partitions are increased for a topic that has a key, the partition logic or ordering of the messages will be affected\nAdding partitions succeeded!\n',
          'stdout',
        );
      return finished(TOOL, 0);
    }
    case 'delete': {
      if (!snapshot.topics.some((t) => t.name === topicName))
        return o.has('if-exists') ? finished(TOOL, 0) : missingTopic(ctx, topicName!, legacy);
      const result = world.sim.execute({ type: 'deleteTopic', topic: topicName! });
      if (!result.ok) return fail(ctx, legacy, result.error.name, result.error.message);
      if (legacy)
        out(
          `Topic ${topicName!} is marked for deletion.\nNote: This will have no impact if delete.topic.enable is not set to true.\n`,
          'stdout',
        );
      return finished(TOOL, 0);
    }
  }
  return finished(TOOL, 1);
}

function create(ctx: CommandContext, topic: string, o: ParsedOptions, legacy: boolean): Job {
  const { out, world } = ctx;
  // An empty --replica-assignment counts as none; so does one Java's split leaves nothing of (",").
  const parsedAssignment = parseReplicaAssignment(o.value('replica-assignment') ?? '');
  if (!parsedAssignment.ok)
    return fail(ctx, legacy, parsedAssignment.name, parsedAssignment.message);
  const assignment = parsedAssignment.assignment;
  const config: Record<string, string> = {};
  for (const entry of o.values('config')) {
    const eq = entry.indexOf('=');
    if (eq <= 0)
      return fail(
        ctx,
        legacy,
        'IllegalArgumentException',
        'requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".',
      );
    config[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  const partitions = o.has('partitions')
    ? parseInt32(out, o.value('partitions')!, 'partitions')
    : undefined;
  const rf = o.has('replication-factor')
    ? parseInt32(out, o.value('replication-factor')!, 'replication-factor')
    : undefined;
  if (partitions === null || rf === null) return finished(TOOL, 1);
  if (partitions !== undefined && partitions < 1)
    return fail(ctx, legacy, 'IllegalArgumentException', 'The partitions must be greater than 0');
  if (rf !== undefined && (rf < 1 || rf > 32767))
    return fail(
      ctx,
      legacy,
      'IllegalArgumentException',
      'The replication factor must be between 1 and 32767 inclusive',
    );
  if (/[._]/.test(topic)) out(COLLISION_WARNING, 'stdout');
  const result = world.sim.execute({
    type: 'createTopic',
    topic,
    ...(partitions === undefined ? {} : { partitions }),
    ...(rf === undefined ? {} : { replicationFactor: rf }),
    ...(assignment.length > 0 ? { assignment } : {}),
    config,
  });
  if (!result.ok) {
    if (result.error.name === 'TopicExistsException' && o.has('if-not-exists'))
      return finished(TOOL, 0);
    return fail(ctx, legacy, result.error.name, result.error.message);
  }
  out(`Created topic ${topic}.\n`, 'stdout');
  return finished(TOOL, 0);
}

function unrecognized(out: Output, option: string): Job {
  const frames = UNRECOGNIZED_FRAMES.map((f) => `\tat ${f}\n`).join('');
  out(
    `${option} is not a recognized option\njoptsimple.UnrecognizedOptionException: ${option} is not a recognized option\n${frames}\n`,
    'stderr',
  );
  if (option === 'zookeeper')
    out(
      '(simulator) Since Kafka 3.0 kafka-topics talks to the brokers: use --bootstrap-server localhost:9092 instead of --zookeeper localhost:2181. The ZooKeeper form works after `sim mode zookeeper`.\n',
      'stderr',
    );
  return finished(TOOL, 1);
}

function parseInt32(out: Output, raw: string, option: string): number | null {
  if (!/^-?\d+$/.test(raw.trim()) || Math.abs(Number(raw)) > 2147483647) {
    out(`Cannot parse argument '${raw}' of option ${option}\n`, 'stderr');
    return null;
  }
  return Number(raw);
}

function selectTopics(
  topics: readonly TopicView[],
  name: string | undefined,
  excludeInternal: boolean,
): TopicView[] {
  return topics
    .filter((t) => (name === undefined ? !(excludeInternal && t.internal) : t.name === name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** "Error while executing topic command : …" on stdout, the exception logged on stderr. */
function fail(ctx: CommandContext, legacy: boolean, name: string, message: string): Job {
  ctx.out(`Error while executing topic command : ${message}\n`, 'stdout');
  ctx.out(
    `[${logDate(ctx.world.sim.now)}] ERROR ${toolExceptionClass(name, legacy)}: ${message}\n (${legacy ? LOGGER_2X : LOGGER_3X})\n`,
    'stderr',
  );
  return finished(TOOL, 1);
}

/** The tool's own exceptions live outside org.apache.kafka.common.errors (and moved in 3.x). */
function toolExceptionClass(name: string, legacy: boolean): string {
  if (name === 'NumberFormatException') return 'java.lang.NumberFormatException';
  if (name === 'AdminCommandFailedException')
    return legacy
      ? 'kafka.common.AdminCommandFailedException'
      : `org.apache.kafka.server.common.${name}`;
  if (name === 'AdminOperationException')
    return legacy
      ? 'kafka.admin.AdminOperationException'
      : `org.apache.kafka.server.common.${name}`;
  return exceptionClass(name);
}

/**
 * TopicCommandOptions#checkInvalidArgs for --replica-assignment: only with --create or --alter,
 * and with --create never beside --partitions or --replication-factor (the assignment gives both).
 */
function invalidArgs(o: ParsedOptions, action: string): string | null {
  if (!o.has('replica-assignment')) return null;
  const clash = (other: string) =>
    `Option "[replica-assignment]" can't be used with option "[${other}]"`;
  if (action !== 'create' && action !== 'alter') return clash(action);
  if (action === 'create') {
    if (o.has('partitions')) return clash('partitions');
    if (o.has('replication-factor')) return clash('replication-factor');
  }
  return null;
}

function missingTopic(ctx: CommandContext, topic: string, legacy: boolean): Job {
  // 3.8 and 3.9 print the Optional the topic name is wrapped in (fixed later).
  return fail(
    ctx,
    legacy,
    'IllegalArgumentException',
    legacy
      ? `Topic '${topic}' does not exist as expected`
      : `Topic 'Optional[${topic}]' does not exist as expected`,
  );
}
