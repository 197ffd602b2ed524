// kafka-leader-election, printing what Kafka 3.9's LeaderElectionCommand prints: partitions that
// got a new leader, those whose valid leader needed no election (ElectionNotNeededException), and
// one line per failure before the command fails with "N replica(s) could not be elected". Any
// exception is printed as its message and then its stack trace (the frames are left out here).
// The engine elects; what became of each partition is read from the cluster before and after.
import type { PartitionView, WorldSnapshot } from '../../engine';
import { javaStringHashCode } from '../../engine/kernels/coordinator';
import { logLine } from '../format';
import { finished, type Job } from '../job';
import { parseOptions, type OptionSpec } from '../options';
import type { CommandContext } from '../session';
import { reachesCluster } from './adminConnection';
import { javaHashMapOrderBy } from './javaOrder';
import { optionMessage, usageError } from './usage';

const TOOL = 'kafka-leader-election';
const HELP =
  'This tool attempts to elect a new leader for a set of topic partitions. The type of elections supported are preferred replicas and unclean replicas.';
const FAILED = 'org.apache.kafka.server.common.AdminCommandFailedException';
const OPERATION = 'org.apache.kafka.server.common.AdminOperationException';
const ERRORS = 'org.apache.kafka.common.errors';

/** The options, exported for tab completion. */
export const KAFKA_LEADER_ELECTION_OPTIONS: OptionSpec[] = [
  ...[
    'bootstrap-server',
    'admin.config',
    'path-to-json-file',
    'topic',
    'partition',
    'election-type',
  ].map((name) => ({ name, kind: 'value' as const })),
  ...['all-topic-partitions', 'help', 'version'].map((name) => ({ name, kind: 'flag' as const })),
];

interface Target {
  readonly topic: string;
  readonly partition: number;
}

type Outcome = { kind: 'elected' } | { kind: 'noop' } | { kind: 'failed'; error: string };

export function kafkaLeaderElection(args: readonly string[], ctx: CommandContext): Job {
  const { out } = ctx;
  const parsed = parseOptions(args, KAFKA_LEADER_ELECTION_OPTIONS);
  if (!parsed.ok) return thrown(ctx, optionMessage(parsed, true));
  const o = parsed.options;
  if (args.length === 0 || o.has('help')) return usageError(out, TOOL, HELP);
  if (o.has('version')) {
    out('3.9.0\n', 'stdout');
    return finished(TOOL, 0);
  }
  // LeaderElectionCommandOptions#validate
  const missing = ['bootstrap-server', 'election-type'].filter((n) => !o.has(n));
  if (missing.length > 0)
    return thrown(ctx, `${FAILED}: Missing required option(s): ${missing.join(', ')}`);
  if (['topic', 'all-topic-partitions', 'path-to-json-file'].filter((n) => o.has(n)).length !== 1)
    return thrown(
      ctx,
      `${FAILED}: One and only one of the following options is required: topic, all-topic-partitions, path-to-json-file`,
    );
  if (o.has('topic') && !o.has('partition'))
    return thrown(ctx, `${FAILED}: Missing required option(s): partition`);
  if (!o.has('topic') && o.has('partition'))
    return thrown(ctx, `${FAILED}: Option partition is only allowed if topic is used`);
  // joptsimple's EnumConverter ignores case.
  const rawType = o.value('election-type')!;
  const type = (['PREFERRED', 'UNCLEAN'] as const).find((t) => t === rawType.toUpperCase());
  if (type === undefined) return thrown(ctx, conversion(rawType, 'election-type'));
  let targets: Target[] | null = null;
  if (o.has('path-to-json-file')) {
    const fromFile = readJsonFile(o.value('path-to-json-file')!, ctx.stdin);
    if (typeof fromFile === 'string') return thrown(ctx, fromFile);
    targets = fromFile;
  } else if (o.has('topic')) {
    const raw = o.value('partition')!;
    if (!/^[+-]?\d+$/.test(raw) || Math.abs(Number(raw)) > 2147483647)
      return thrown(ctx, conversion(raw, 'partition'));
    targets = [{ topic: o.value('topic')!, partition: Number(raw) }];
  }
  return elect(ctx, o.value('bootstrap-server')!, type, targets);
}

function elect(
  ctx: CommandContext,
  bootstrap: string,
  type: 'PREFERRED' | 'UNCLEAN',
  targets: Target[] | null,
): Job {
  const { out, world } = ctx;
  const before = world.sim.snapshot({ recordsPerPartition: 0 });
  const reachable = reachesCluster(bootstrap, before);
  if (!reachable || before.controller.activeController === null) {
    if (!reachable)
      out(
        logLine(
          world.sim.now,
          'WARN',
          `[AdminClient clientId=adminclient-1] Connection to node -1 (${bootstrap}) could not be established. Node may not be available.`,
          'org.apache.kafka.clients.NetworkClient',
        ),
        'stderr',
      );
    // Without a controller the request is never answered.
    out('Timeout waiting for election results\n', 'stdout');
    return thrown(ctx, `${FAILED}: Timeout waiting for election results`, [
      `Caused by: ${ERRORS}.TimeoutException: ${reachable ? 'The request timed out.' : 'Timed out waiting for a node assignment. Call: electLeaders'}`,
    ]);
  }
  const election = type === 'PREFERRED' ? 'preferred' : 'unclean';
  const kraft = before.mode === 'kraft';
  const all = targets === null;
  const asked: Target[] =
    targets ??
    before.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.id })));
  if (all) world.sim.execute({ type: 'electLeaders', election });
  else
    for (const t of asked)
      if (find(before, t))
        world.sim.execute({
          type: 'electLeaders',
          election,
          topic: t.topic,
          partition: t.partition,
        });
  const after = world.sim.snapshot({ recordsPerPartition: 0 });
  const results: [Target, Outcome][] = [];
  for (const t of asked) {
    const topicExists = before.topics.some((x) => x.name === t.topic);
    const outcome = classify(type, kraft, t, topicExists, find(before, t), find(after, t));
    // Asked for every partition, the KRaft controller leaves out those that needed nothing.
    if (!(all && kraft && outcome.kind === 'noop')) results.push([t, outcome]);
  }
  const ordered = hashOrder(results, ([t]) => t);
  const names = (kind: Outcome['kind']) =>
    hashOrder(
      ordered.filter(([, r]) => r.kind === kind).map(([t]) => t),
      (t) => t,
    ).map((t) => `${t.topic}-${t.partition}`);
  const elected = names('elected');
  const noop = names('noop');
  if (elected.length > 0)
    out(
      `Successfully completed leader election (${type}) for partitions ${elected.join(', ')}\n`,
      'stdout',
    );
  if (noop.length > 0)
    out(`Valid replica already elected for partitions ${noop.join(', ')}\n`, 'stdout');
  const failed = ordered.flatMap(([t, r]) => (r.kind === 'failed' ? [{ t, error: r.error }] : []));
  if (failed.length === 0) return finished(TOOL, 0);
  for (const { t, error } of failed)
    out(
      `Error completing leader election (${type}) for partition: ${t.topic}-${t.partition}: ${error}\n`,
      'stdout',
    );
  return thrown(
    ctx,
    `${FAILED}: ${failed.length} replica(s) could not be elected`,
    failed.map(({ error }) => `\tSuppressed: ${error}`),
  );
}

/** The controller's answer for one partition (KRaft: ReplicationControlManager; ZooKeeper: KafkaController). */
function classify(
  type: 'PREFERRED' | 'UNCLEAN',
  kraft: boolean,
  t: Target,
  topicExists: boolean,
  before: PartitionView | undefined,
  after: PartitionView | undefined,
): Outcome {
  if (!before || !after) {
    const message = !kraft
      ? 'The partition does not exist.'
      : topicExists
        ? `No such partition as ${t.topic}-${t.partition}`
        : `No such topic as ${t.topic}`;
    return { kind: 'failed', error: `${ERRORS}.UnknownTopicOrPartitionException: ${message}` };
  }
  const alreadyValid =
    type === 'PREFERRED' ? before.leader === before.replicas[0] : before.leader !== null;
  if (alreadyValid) return { kind: 'noop' };
  if (after.leader !== before.leader && after.leader !== null) return { kind: 'elected' };
  const exception =
    type === 'PREFERRED'
      ? 'PreferredLeaderNotAvailableException'
      : 'EligibleLeadersNotAvailableException';
  const message = kraft
    ? type === 'PREFERRED'
      ? 'The preferred leader was not available.'
      : 'Eligible topic partition leaders are not available.'
    : `Failed to elect leader for partition ${t.topic}-${t.partition} under strategy ${type === 'PREFERRED' ? 'PreferredReplicaPartitionLeaderElectionStrategy' : 'OfflinePartitionLeaderElectionStrategy(true)'}`;
  return { kind: 'failed', error: `${ERRORS}.${exception}: ${message}` };
}

function find(snapshot: WorldSnapshot, t: Target): PartitionView | undefined {
  return snapshot.topics
    .find((x) => x.name === t.topic)
    ?.partitions.find((p) => p.id === t.partition);
}

/** Results come back in a HashMap and are printed from HashSets, keyed by TopicPartition. */
function hashOrder<T>(items: readonly T[], key: (item: T) => Target): T[] {
  return javaHashMapOrderBy(items, (item) => {
    const t = key(item);
    return (Math.imul(31, 31 + t.partition) + javaStringHashCode(t.topic)) | 0;
  });
}

/**
 * --path-to-json-file: the simulator has no files, but /dev/stdin reads the command's input (a
 * here-document), as it would on Linux. A message names what was thrown.
 */
function readJsonFile(path: string, stdin: string | null): Target[] | string {
  if (!['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0'].includes(path) || stdin === null)
    return `java.lang.RuntimeException: java.nio.file.NoSuchFileException: ${path}`;
  let json: unknown;
  try {
    json = JSON.parse(stdin);
  } catch {
    return `${OPERATION}: Replica election data is empty`;
  }
  const mapping = (m: string) =>
    `java.lang.RuntimeException: com.fasterxml.jackson.databind.JsonMappingException: ${m}`;
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return mapping(`Expected JSON object, received ${JSON.stringify(json)}`);
  const list = (json as Record<string, unknown>).partitions;
  if (list === undefined)
    return `${OPERATION}: Replica election data is missing "partitions" field`;
  if (!Array.isArray(list)) return mapping(`Expected JSON array, received ${JSON.stringify(list)}`);
  const targets: Target[] = [];
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return mapping(`Expected JSON object, received ${JSON.stringify(item)}`);
    const { topic, partition } = item as Record<string, unknown>;
    if (topic === undefined) return mapping('No such field exists: `topic`');
    if (typeof topic !== 'string')
      return mapping(`Expected \`String\` value, received ${JSON.stringify(topic)}`);
    if (partition === undefined) return mapping('No such field exists: `partition`');
    if (
      typeof partition !== 'number' ||
      !Number.isInteger(partition) ||
      Math.abs(partition) > 2147483647
    )
      return mapping(`Expected \`Int\` value, received ${JSON.stringify(partition)}`);
    targets.push({ topic, partition });
  }
  const key = (t: Target) => `${t.topic}-${t.partition}`;
  const duplicates = [...new Set(targets.map(key).filter((k, i, all) => all.indexOf(k) !== i))];
  if (duplicates.length > 0)
    return `${OPERATION}: Replica election data contains duplicate partitions: [${duplicates.join(', ')}]`;
  return targets.filter((t, i) => targets.findIndex((u) => key(u) === key(t)) === i);
}

function conversion(value: string, option: string): string {
  return `joptsimple.OptionArgumentConversionException: Cannot parse argument '${value}' of option ${option}`;
}

/** mainNoExit: the exception's message, then its stack trace (frames left out), exit 1. */
function thrown(ctx: CommandContext, exception: string, more: readonly string[] = []): Job {
  const message = exception.slice(exception.indexOf(': ') + 2);
  ctx.out(`${message}\n${exception}\n${more.map((l) => `${l}\n`).join('')}\n`, 'stderr');
  return finished(TOOL, 1);
}
