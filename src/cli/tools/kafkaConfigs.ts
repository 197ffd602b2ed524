// kafka-configs for topics, printing what Kafka 3.9's ConfigCommand (core, Scala) prints:
// `--describe` (dynamic configs, or `--all`), `--alter --add-config/--delete-config`, its argument
// checks and its two error paths (IllegalArgument/InvalidConfiguration/joptsimple messages alone on
// stderr; anything else after "Error while executing config command with args '…'"). Brokers
// --describe shows that nothing was changed dynamically; other entity types are not modelled.
// The notes' `--zookeeper` form plays Kafka 2.x after `sim mode zookeeper`, as kafka-topics does.
import type { WorldSnapshot } from '../../engine';
import { KAFKA_CONFIG_DEFAULTS } from '../../engine';
import { javaStringHashCode } from '../../engine/kernels/coordinator';
import { validateTopicName } from '../../engine/kernels/topicName';
import { logLine } from '../format';
import { finished, type Job } from '../job';
import { parseOptions, type OptionSpec, type ParsedOptions } from '../options';
import type { CommandContext } from '../session';
import { reachesCluster } from './adminConnection';
import { javaHashMapOrderBy } from './javaOrder';
import { brokerSynonyms, dynamicConfigs, TOPIC_CONFIGS } from './kafkaConfigsCatalog';
import {
  configsToDelete,
  crash,
  executionException,
  javaLine,
  notModelled,
  parseAdds,
  refuse,
  TOOL,
  type Request,
} from './kafkaConfigsShared';
import { zookeeperForm, ZK_TYPES } from './kafkaConfigsZk';
import { optionMessage, usageError } from './usage';

const HELP =
  'This tool helps to manipulate and describe entity config for a topic, client, user, broker, ip or client-metrics';
const FLAG_TYPES: Readonly<Record<string, string>> = {
  topic: 'topics',
  client: 'clients',
  user: 'users',
  broker: 'brokers',
  'broker-logger': 'broker-loggers',
  ip: 'ips',
};
const DEFAULT_FLAG_TYPES: Readonly<Record<string, string>> = {
  'client-defaults': 'clients',
  'user-defaults': 'users',
  'broker-defaults': 'brokers',
  'ip-defaults': 'ips',
};
const BROKER_TYPES = [
  'topics',
  'clients',
  'users',
  'brokers',
  'ips',
  'broker-loggers',
  'client-metrics',
];

/** The options, exported for tab completion. */
export const KAFKA_CONFIGS_OPTIONS: OptionSpec[] = [
  ...[
    'zookeeper',
    'bootstrap-server',
    'bootstrap-controller',
    'command-config',
    'add-config',
    'add-config-file',
    'zk-tls-config-file',
    ...Object.keys(FLAG_TYPES),
  ].map((name) => ({ name, kind: 'value' as const })),
  ...['entity-type', 'entity-name', 'delete-config'].map((name) => ({
    name,
    kind: 'values' as const,
  })),
  ...[
    'alter',
    'describe',
    'all',
    'entity-default',
    'force',
    'help',
    'version',
    ...Object.keys(DEFAULT_FLAG_TYPES),
  ].map((name) => ({ name, kind: 'flag' as const })),
];

export function kafkaConfigs(args: readonly string[], ctx: CommandContext): Job {
  const { out } = ctx;
  const parsed = parseOptions(args, KAFKA_CONFIGS_OPTIONS);
  // main catches joptsimple's OptionException and prints just its message.
  if (!parsed.ok) return refuse(out, optionMessage(parsed));
  const o = parsed.options;
  if (args.length === 0 || o.has('help')) return usageError(out, TOOL, HELP);
  if (o.has('version')) {
    out('3.9.0\n', 'stdout');
    return finished(TOOL, 0);
  }
  const types = [
    ...o.values('entity-type'),
    ...Object.keys(FLAG_TYPES)
      .filter((f) => o.has(f))
      .map((f) => FLAG_TYPES[f]!),
    ...Object.keys(DEFAULT_FLAG_TYPES)
      .filter((f) => o.has(f))
      .map((f) => DEFAULT_FLAG_TYPES[f]!),
  ];
  const names = [
    ...o.values('entity-name'),
    ...(o.has('entity-default') ? [''] : []),
    ...Object.keys(FLAG_TYPES)
      .filter((f) => o.has(f))
      .map((f) => o.value(f)!),
    ...Object.keys(DEFAULT_FLAG_TYPES)
      .filter((f) => o.has(f))
      .map(() => ''),
  ];
  const problem = checkArgs(o, types, names);
  if (problem !== null)
    return problem.usage ? usageError(out, TOOL, problem.text) : refuse(out, problem.text);
  const request: Request = { ctx, args, o, types, names };
  if (o.has('zookeeper')) return zookeeperForm(request);
  if (o.has('alter') && types.length !== names.length)
    return refuse(out, 'An entity name must be specified for every entity type');
  const snapshot = ctx.world.sim.snapshot({ recordsPerPartition: 0 });
  const bootstrap = o.value('bootstrap-server') ?? o.value('bootstrap-controller') ?? '';
  const type = types[0]!;
  if (type !== 'topics' && !(type === 'brokers' && o.has('describe') && !o.has('all')))
    return notModelled(out, type);
  // The configs to add are parsed before the admin client says a word.
  const adds = o.has('alter') ? parseAdds(o) : null;
  if (adds && !adds.ok)
    return adds.crash ? crash(request, [adds.message]) : refuse(out, adds.message);
  if (!reachesCluster(bootstrap, snapshot)) return unreachable(request, bootstrap);
  if (type === 'brokers') return describeBrokers(request, snapshot);
  return o.has('alter') ? alterTopic(request, snapshot) : describeTopics(request, snapshot);
}

/** ConfigCommandOptions#checkArgs, in its order; `usage` marks printUsageAndExit. */
function checkArgs(
  o: ParsedOptions,
  types: readonly string[],
  names: readonly string[],
): { text: string; usage?: true } | null {
  if (['alter', 'describe'].filter((a) => o.has(a)).length !== 1)
    return { text: 'Command must include exactly one action: --describe, --alter', usage: true };
  if (o.has('describe'))
    for (const other of ['alter', 'add-config', 'delete-config'])
      if (o.has(other))
        return { text: `Option "[describe]" can't be used with option "[${other}]"`, usage: true };
  const duplicates = types.filter((t, i) => types.indexOf(t) !== i);
  if (duplicates.length > 0)
    return { text: `Duplicate entity type(s) specified: ${[...new Set(duplicates)].join(',')}` };
  const viaBroker = o.has('bootstrap-server') || o.has('bootstrap-controller');
  const allowed = viaBroker ? BROKER_TYPES : ZK_TYPES;
  const connect = viaBroker ? '--bootstrap-server or --bootstrap-controller' : '--zookeeper';
  // The notes' --zookeeper form for topics plays Kafka 2.x in a ZooKeeper-mode world.
  const legacyTopics = o.has('zookeeper') && !viaBroker && types.every((t) => t === 'topics');
  for (const t of types)
    if (!allowed.includes(t) && !legacyTopics)
      return {
        text: `Invalid entity type ${t}, the entity type must be one of ${allowed.join(', ')} with a ${connect} argument`,
      };
  if (types.length === 0) return { text: 'At least one entity type must be specified' };
  if (
    types.length > 1 &&
    !(types.length === 2 && types.includes('users') && types.includes('clients'))
  )
    return { text: "Only 'users' and 'clients' entity types may be specified together" };
  const generic = o.has('entity-name') || o.has('entity-type') || o.has('entity-default');
  const specific = [...Object.keys(FLAG_TYPES), ...Object.keys(DEFAULT_FLAG_TYPES)].some((f) =>
    o.has(f),
  );
  if (generic && specific)
    return {
      text: '--entity-{type,name,default} should not be used in conjunction with specific entity flags',
    };
  const connects = ['bootstrap-server', 'bootstrap-controller', 'zookeeper'].filter((c) =>
    o.has(c),
  );
  if (connects.length === 0)
    return {
      text: 'One of the required --bootstrap-server, --boostrap-controller, or --zookeeper arguments must be specified',
    };
  if (connects.length > 1)
    return {
      text: 'Only one of --bootstrap-server, --boostrap-controller, and --zookeeper can be specified',
    };
  if (o.has('all') && o.has('zookeeper'))
    return { text: '--bootstrap-server must be specified for --all' };
  const hasName = names.some((n) => n !== '');
  const hasDefault = names.some((n) => n === '');
  if (hasName && (types.includes('brokers') || types.includes('broker-loggers')))
    for (const id of [...o.values('entity-name'), o.value('broker'), o.value('broker-logger')])
      if (id !== undefined && !/^[+-]?\d+$/.test(id))
        return {
          text: `The entity name for ${types[0]!} must be a valid integer broker id, but it is: ${id}`,
        };
  if (o.has('describe') && types.includes('broker-loggers') && !hasName)
    return { text: `an entity name must be specified with --describe of ${types.join(',')}` };
  if (o.has('alter')) {
    if (['users', 'clients', 'brokers', 'ips'].some((t) => types.includes(t))) {
      if (!hasName && !hasDefault)
        return {
          text: 'an entity-name or default entity must be specified with --alter of users, clients, brokers or ips',
        };
    } else if (!hasName)
      return { text: `an entity name must be specified with --alter of ${types.join(',')}` };
    if (o.has('add-config') && o.has('add-config-file'))
      return { text: 'Only one of --add-config or --add-config-file must be specified' };
    if (!o.has('add-config') && !o.has('add-config-file') && !o.has('delete-config'))
      return {
        text: 'At least one of --add-config, --add-config-file, or --delete-config must be specified with --alter',
      };
  }
  return null;
}

function describeTopics(r: Request, snapshot: WorldSnapshot): Job {
  const { out } = r.ctx;
  const all = r.o.has('all');
  const name = r.names[0];
  // No name: every topic, internal ones too, in the order of ListTopicsResult's HashMap.
  const entities =
    name !== undefined
      ? [name]
      : javaHashMapOrderBy(snapshot.topics.map((t) => t.name).sort(), javaStringHashCode);
  for (const entity of entities) {
    out(
      entity === ''
        ? 'Default configs for topics in the cluster are:\n'
        : `${all ? 'All' : 'Dynamic'} configs for topic ${entity} are:\n`,
      'stdout',
    );
    const found = topicConfigs(r, snapshot, entity, all);
    if (!found.ok) return found.job;
    out(found.lines.join(''), 'stdout');
  }
  return finished(TOOL, 0);
}

type Lookup = { ok: true; lines: string[]; dynamic: Map<string, string> } | { ok: false; job: Job };

/** getResourceConfig: the topic's configs (dynamic ones, or all), sorted by name. */
function topicConfigs(r: Request, snapshot: WorldSnapshot, name: string, all: boolean): Lookup {
  if (name !== '') {
    // The tool checks the name itself (Topic.validate) before asking the broker.
    const valid = validateTopicName(name);
    if (!valid.ok) return { ok: false, job: crash(r, [javaLine(valid.error)]) };
  }
  const topic = snapshot.topics.find((t) => t.name === name);
  if (!topic) {
    const cause =
      name === ''
        ? { name: 'InvalidTopicException', message: "Topic name is illegal, it can't be empty" }
        : {
            name: 'UnknownTopicOrPartitionException',
            message: 'This server does not host this topic-partition.',
          };
    return { ok: false, job: crash(r, executionException(cause)) };
  }
  const dynamic = dynamicConfigs(topic);
  const lines: string[] = [];
  for (const [config, fallback, brokerNames] of TOPIC_CONFIGS) {
    const override = dynamic.get(config);
    if (override === undefined && !all) continue;
    const synonyms = [
      ...(override === undefined ? [] : [`DYNAMIC_TOPIC_CONFIG:${config}=${override}`]),
      ...brokerSynonyms(brokerNames),
    ];
    lines.push(
      `  ${config}=${override ?? fallback} sensitive=false synonyms={${synonyms.join(', ')}}\n`,
    );
  }
  return { ok: true, lines, dynamic };
}

function alterTopic(r: Request, snapshot: WorldSnapshot): Job {
  const { out, world } = r.ctx;
  const name = r.names[0]!;
  const adds = parseAdds(r.o);
  if (!adds.ok) return refuse(out, adds.message);
  const deletes = configsToDelete(r.o);
  const current = topicConfigs(r, snapshot, name, false);
  if (!current.ok) return current.job;
  const invalid = deletes.filter((d) => !current.dynamic.has(d));
  if (invalid.length > 0) return refuse(out, `Invalid config(s): ${invalid.join(',')}`);
  const modelled = Object.keys(KAFKA_CONFIG_DEFAULTS.topic);
  const unmodelled = [...adds.configs.keys()].filter(
    (k) => !modelled.includes(k) && TOPIC_CONFIGS.some(([c]) => c === k),
  );
  if (unmodelled.length > 0) {
    out(
      `(kafkasim: ${unmodelled.join(', ')} is a Kafka topic config the simulator does not model; it models ${modelled.join(', ')})\n`,
      'stderr',
    );
    return finished(TOOL, 1);
  }
  const result = world.sim.execute({
    type: 'alterTopicConfig',
    topic: name,
    set: Object.fromEntries(adds.configs),
    delete: deletes,
  });
  if (!result.ok) return crash(r, executionException(result.error));
  out(`Completed updating config for topic ${name}.\n`, 'stdout');
  return finished(TOOL, 0);
}

/** Brokers keep no dynamic configs in the simulator: the headers, nothing under them. */
function describeBrokers(r: Request, snapshot: WorldSnapshot): Job {
  const { out } = r.ctx;
  const ids = snapshot.brokers.filter((b) => b.up).map((b) => String(b.id));
  const entities = r.names.length > 0 ? [r.names[0]!] : [...ids, ''];
  for (const entity of entities) {
    out(
      entity === ''
        ? 'Default configs for brokers in the cluster are:\n'
        : `Dynamic configs for broker ${entity} are:\n`,
      'stdout',
    );
    // A broker that is not there never answers: the tool's 30 s get() gives up.
    if (entity !== '' && !ids.includes(String(Number(entity))))
      return crash(r, ['java.util.concurrent.TimeoutException']);
  }
  return finished(TOOL, 0);
}

function unreachable(r: Request, bootstrap: string): Job {
  const { out, world } = r.ctx;
  out(
    logLine(
      world.sim.now,
      'WARN',
      `[AdminClient clientId=adminclient-1] Connection to node -1 (${bootstrap}) could not be established. Node may not be available.`,
      'org.apache.kafka.clients.NetworkClient',
    ),
    'stderr',
  );
  // Listing topics waits for the admin's own timeout; describing stops at the tool's 30 s get().
  if (r.o.has('describe') && r.names.length === 0 && r.types[0] === 'topics')
    return crash(
      r,
      executionException({
        name: 'TimeoutException',
        message: 'Timed out waiting for a node assignment. Call: listTopics',
      }),
    );
  if (r.o.has('describe') && r.types[0] === 'topics')
    out(`${r.o.has('all') ? 'All' : 'Dynamic'} configs for topic ${r.names[0]!} are:\n`, 'stdout');
  if (r.o.has('describe') && r.types[0] === 'brokers') {
    if (r.names.length === 0)
      return crash(
        r,
        executionException({
          name: 'TimeoutException',
          message: 'Timed out waiting for a node assignment. Call: listNodes',
        }),
      );
    out(`Dynamic configs for broker ${r.names[0]!} are:\n`, 'stdout');
  }
  return crash(r, ['java.util.concurrent.TimeoutException']);
}
