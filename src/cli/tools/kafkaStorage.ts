// kafka-storage (Kafka 3.9's StorageTool, argparse4j): random-uuid, format and info.
// Simulated: the session's "disk". The distribution's config files are known by name
// (config/kraft/server.properties and friends; config/server.properties is 3.9's ZooKeeper-mode
// file), formatting writes meta.properties into the session's memory, and info reads it back. The
// running simulated cluster does not depend on it, as `kafka-server-start` does not either.
import { finished, type Job, type Output } from '../job';
import type { CommandContext, ShellSession } from '../session';
import {
  argparseError,
  helpText,
  MAIN_HELP,
  MAIN_USAGE,
  parseArgs,
  SUBCOMMANDS,
  usageLine,
  type Parsed,
} from './kafkaStorageArgs';

const TOOL = 'kafka-storage';
const METADATA_VERSION = '3.9-IV0';
/** The 3.9 distribution's server configs, as far as formatting reads them. */
interface ServerConfig {
  readonly nodeId: number;
  readonly controller: boolean;
  /** controller.quorum.voters is set (a static quorum). */
  readonly staticVoters: boolean;
  readonly logDir: string;
}
const SERVER_CONFIGS: Readonly<Record<string, ServerConfig | 'zookeeper'>> = {
  'config/kraft/server.properties': {
    nodeId: 1,
    controller: true,
    staticVoters: true,
    logDir: '/tmp/kraft-combined-logs',
  },
  'config/kraft/reconfig-server.properties': {
    nodeId: 1,
    controller: true,
    staticVoters: false,
    logDir: '/tmp/kraft-combined-logs',
  },
  'config/kraft/broker.properties': {
    nodeId: 2,
    controller: false,
    staticVoters: true,
    logDir: '/tmp/kraft-broker-logs',
  },
  'config/kraft/controller.properties': {
    nodeId: 1,
    controller: true,
    staticVoters: true,
    logDir: '/tmp/kraft-controller-logs',
  },
  'config/server.properties': 'zookeeper',
};

/** MetadataVersion.fromVersionString: a release names its last metadata version. */
const RELEASES: Readonly<Record<string, string>> = {
  '3.3': '3.3-IV3',
  '3.4': '3.4-IV0',
  '3.5': '3.5-IV2',
  '3.6': '3.6-IV2',
  '3.7': '3.7-IV4',
  '3.8': '3.8-IV0',
  '3.9': '3.9-IV0',
};

interface MetaProperties {
  readonly clusterId: string;
  readonly nodeId: number;
  readonly directoryId: string;
}

/** Each session's log directories: what `format` wrote there. */
const DISKS = new WeakMap<ShellSession, Map<string, MetaProperties>>();

export function kafkaStorage(args: readonly string[], ctx: CommandContext): Job {
  const { out } = ctx;
  const [command, ...rest] = args;
  if (command === '-h' || command === '--help') {
    out(MAIN_HELP, 'stdout');
    return finished(TOOL, 0);
  }
  if (command === undefined)
    return argparseError(out, MAIN_USAGE, 'kafka-storage', 'too few arguments');
  const specs = Object.hasOwn(SUBCOMMANDS, command) ? SUBCOMMANDS[command] : undefined;
  if (specs === undefined)
    return argparseError(
      out,
      MAIN_USAGE,
      'kafka-storage',
      command.startsWith('-')
        ? `unrecognized arguments: '${command}'`
        : `invalid choice: '${command}' (choose from 'info', 'format', 'random-uuid')`,
    );
  const prog = `kafka-storage ${command}`;
  const usage = usageLine(prog, specs);
  if (rest.includes('-h') || rest.includes('--help')) {
    out(helpText(usage, specs), 'stdout');
    return finished(TOOL, 0);
  }
  const parsed = parseArgs(rest, specs);
  if (typeof parsed === 'string') return argparseError(out, usage, prog, parsed);
  if (command === 'random-uuid') {
    out(`${randomUuid(ctx.session)}\n`, 'stdout');
    return finished(TOOL, 0);
  }
  const path = parsed.values.get('--config')!;
  const config = serverConfig(path);
  if (config === undefined) return uncaught(out, `java.nio.file.NoSuchFileException: ${path}`);
  if (command === 'info') return info(ctx, config);
  if (config === 'zookeeper') {
    out(
      'The kafka configuration file appears to be for a legacy cluster. Formatting is only supported for clusters in KRaft mode.\n',
      'stderr',
    );
    out(
      "(kafkasim: in Kafka 3.9 config/server.properties is the ZooKeeper-mode file; KRaft's is config/kraft/server.properties)\n",
      'stderr',
    );
    return finished(TOOL, 1);
  }
  return format(ctx, config, parsed);
}

function format(ctx: CommandContext, config: ServerConfig, p: Parsed): Job {
  const { out } = ctx;
  // runFormatCommand's order: the release version, the quorum flags, then the Formatter.
  const release = p.values.get('--release-version');
  const version =
    release === undefined
      ? { ok: true as const, value: METADATA_VERSION }
      : metadataVersion(release);
  if (!version.ok && !version.tooOld) return uncaught(out, version.error);
  const standalone = p.flags.has('--standalone');
  const initial = p.values.get('--initial-controllers');
  if (config.staticVoters && (initial !== undefined || standalone))
    return terse(
      out,
      'You cannot specify controller.quorum.voters and format the node with --initial-controllers or --standalone. If you want to use dynamic quorum, please remove controller.quorum.voters and specify controller.quorum.bootstrap.servers instead.',
    );
  let voters: number[] | null = null;
  if (initial !== undefined) {
    const parsed = parseVoters(initial);
    if (typeof parsed === 'string')
      return uncaught(out, `java.lang.IllegalArgumentException: ${parsed}`);
    voters = parsed;
  }
  if (standalone) {
    if (!config.controller) return terse(out, 'You can only use --standalone on a controller.');
    voters = [config.nodeId];
  }
  if (
    !p.flags.has('--no-initial-controllers') &&
    config.controller &&
    !config.staticVoters &&
    voters === null
  )
    return terse(
      out,
      'Because controller.quorum.voters is not set on this controller, you must specify one of the following: --standalone, --initial-controllers, or --no-initial-controllers.',
    );
  if (!version.ok) return uncaught(out, version.error);
  const disk = diskOf(ctx.session);
  const clusterId = p.values.get('--cluster-id')!;
  const existing = disk.get(config.logDir);
  // MetaPropertiesEnsemble#verify runs before the "already formatted" check.
  if (existing && existing.clusterId !== clusterId)
    return uncaught(
      out,
      `java.lang.RuntimeException: Invalid cluster.id in: ${config.logDir}/meta.properties. Expected ${clusterId}, but read ${existing.clusterId}`,
    );
  if (existing) {
    if (!p.flags.has('--ignore-formatted'))
      return terse(
        out,
        `Log directory ${config.logDir} is already formatted. Use --ignore-formatted to ignore this directory and format the others.`,
      );
    out('All of the log directories are already formatted.\n', 'stdout');
    return finished(TOOL, 0);
  }
  disk.set(config.logDir, {
    clusterId,
    nodeId: config.nodeId,
    directoryId: randomUuid(ctx.session),
  });
  const kind =
    voters === null
      ? 'metadata directory'
      : voters.includes(config.nodeId)
        ? 'dynamic metadata voter directory'
        : 'dynamic metadata directory';
  out(`Formatting ${kind} ${config.logDir} with metadata.version ${version.value}.\n`, 'stdout');
  if (ctx.world.sim.snapshot({ recordsPerPartition: 0 }).mode === 'zookeeper')
    out(
      '(kafkasim: the simulated cluster runs in ZooKeeper mode, which needs no formatting; `sim mode kraft` starts a KRaft one)\n',
      'stderr',
    );
  return finished(TOOL, 0);
}

/** infoCommand: the directories, the metadata found there, and any problems (exit 1). */
function info(ctx: CommandContext, config: ServerConfig | 'zookeeper'): Job {
  const { out, world } = ctx;
  const snapshot = world.sim.snapshot({ recordsPerPartition: 0 });
  let dir: string;
  let meta: string | null = null;
  if (config === 'zookeeper') {
    // A ZooKeeper-mode broker writes a version 0 meta.properties when it starts.
    dir = '/tmp/kafka-logs';
    const broker = snapshot.brokers[0];
    if (snapshot.mode === 'zookeeper' && broker)
      meta = `{broker.id=${broker.id}, cluster.id=${clusterIdOf(ctx.session)}, version=0}`;
  } else {
    dir = config.logDir;
    const m = diskOf(ctx.session).get(dir);
    if (m)
      meta = `{cluster.id=${m.clusterId}, directory.id=${m.directoryId}, node.id=${m.nodeId}, version=1}`;
  }
  if (meta === null) {
    out(`Found problem:\n  ${dir} does not exist\n\n`, 'stdout');
    return finished(TOOL, 1);
  }
  out(`Found log directory:\n  ${dir}\n\nFound metadata: ${meta}\n\n`, 'stdout');
  return finished(TOOL, 0);
}

/** The path as the shell gave it: ./config/…, ..\config\… and the like name the same file. */
function serverConfig(path: string): ServerConfig | 'zookeeper' | undefined {
  const normal = path.replaceAll('\\', '/');
  const at = normal.lastIndexOf('config/');
  const key = at < 0 ? normal : normal.slice(at);
  const prefix = normal.slice(0, Math.max(0, at));
  if (at < 0 || !/^(\.{0,2}\/)*$/.test(prefix)) return undefined;
  return Object.hasOwn(SERVER_CONFIGS, key) ? SERVER_CONFIGS[key] : undefined;
}

type Version =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly error: string; readonly tooOld?: true };

/** MetadataVersion.fromVersionString; versions before 3.3-IV0 fail later, in the Formatter. */
function metadataVersion(release: string): Version {
  const parts = release.split('.');
  const key = parts.length > 2 ? parts.slice(0, 2).join('.') : release;
  const found = Object.values(RELEASES).includes(release) ? release : RELEASES[key];
  if (found !== undefined) return { ok: true, value: found };
  if (/^3\.[0-2](-IV\d)?$/.test(release))
    return {
      ok: false,
      tooOld: true,
      error:
        "java.lang.RuntimeException: Bootstrap metadata.version before 3.3-IV0 are not supported. Can't load metadata from format command",
    };
  return {
    ok: false,
    error: `java.lang.IllegalArgumentException: Version ${release} is not a valid version`,
  };
}

/** DynamicVoters.parse, enough to tell the voters' node ids (or why it cannot). */
function parseVoters(text: string): number[] | string {
  const ids: number[] = [];
  for (const voter of text.split(',')) {
    const at = voter.indexOf('@');
    if (at < 0) return 'No @ found in dynamic voter string.';
    if (!/^\d+$/.test(voter.slice(0, at).trim()))
      return 'Failed to parse node id in dynamic voter string.';
    if (!/^[^:]+:\d+:[A-Za-z0-9_-]{22}$/.test(voter.slice(at + 1).trim()))
      return `Unable to parse dynamic voter string: ${voter}`;
    ids.push(Number(voter.slice(0, at)));
  }
  return ids;
}

/** FormatterException or TerseFailure: main prints the message, exit 1. */
function terse(out: Output, message: string): Job {
  out(`${message}\n`, 'stderr');
  return finished(TOOL, 1);
}

/** Anything else escapes main: the JVM's own report (its stack frames left out here). */
function uncaught(out: Output, exception: string): Job {
  out(`Exception in thread "main" ${exception}\n`, 'stderr');
  return finished(TOOL, 1);
}

function diskOf(session: ShellSession): Map<string, MetaProperties> {
  let disk = DISKS.get(session);
  if (!disk) {
    disk = new Map();
    DISKS.set(session, disk);
  }
  return disk;
}

const ZK_CLUSTER_IDS = new WeakMap<ShellSession, string>();

function clusterIdOf(session: ShellSession): string {
  let id = ZK_CLUSTER_IDS.get(session);
  if (id === undefined) {
    id = randomUuid(session);
    ZK_CLUSTER_IDS.set(session, id);
  }
  return id;
}

/**
 * Uuid.randomUuid: a version 4 java.util.UUID in URL-safe base64 without padding (22 characters),
 * drawn again if it would start with '-'. The bytes come from the session's seeded random source.
 */
export function randomUuid(session: ShellSession): string {
  for (;;) {
    const bytes = Array.from({ length: 16 }, () => session.random(256));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const id = base64Url(bytes);
    if (!id.startsWith('-')) return id;
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64Url(bytes: readonly number[]): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) text += ALPHABET[(n >> (18 - 6 * c)) & 63]!;
  }
  return text;
}
