// kafka-get-offsets (Kafka 3.9's GetOffsetShell): `topic:partition:offset` for every matching
// partition, sorted by "topic-partition" as a string (its TreeMap), with ListOffsets' answers:
// latest is the high watermark, earliest the log start offset, max-timestamp the first record
// with the greatest timestamp, a timestamp the first record at or after it; an offset at or past
// the high watermark is "unknown" and the partition is left out. Errors print "Error occurred: …".
import type { PartitionView, TopicView } from '../../engine';
import { logLine } from '../format';
import { finished, type Job } from '../job';
import { parseOptions, type OptionSpec } from '../options';
import type { CommandContext } from '../session';
import { VIRTUAL_EPOCH_MS } from '../world';
import { reachesCluster } from './adminConnection';
import { optionMessage, usageError } from './usage';

const TOOL = 'kafka-get-offsets';
const USAGE = 'An interactive shell for getting topic-partition offsets.';
const TIME_HELP =
  'Please use -1 or latest / -2 or earliest / -3 or max-timestamp / -4 or earliest-local / -5 or latest-tiered, or a specified long format timestamp';
/** GetOffsetShell's --topic-partitions pattern: topic regex, then a partition, a range or nothing. */
const RULE = /^([^:,]*)(?::(?:([0-9]*)|(?:([0-9]*)-([0-9]*))))?$/;
const INT_MAX = 2147483647;

/** The options, exported for tab completion. */
export const KAFKA_GET_OFFSETS_OPTIONS: OptionSpec[] = [
  ...['bootstrap-server', 'topic-partitions', 'topic', 'partitions', 'time', 'command-config'].map(
    (name) => ({ name, kind: 'value' as const }),
  ),
  ...['exclude-internal-topics', 'help', 'version'].map((name) => ({
    name,
    kind: 'flag' as const,
  })),
];

type Spec = 'latest' | 'earliest' | 'max-timestamp' | 'latest-tiered' | number;

interface Filter {
  readonly topic: RegExp;
  readonly partition: (p: number) => boolean;
}

/** A TerseException (its message alone), or another Throwable (message, then stack trace). */
type Failure = { readonly terse: string } | { readonly crash: string; readonly trace: string };

export function kafkaGetOffsets(args: readonly string[], ctx: CommandContext): Job {
  const { out, world } = ctx;
  if (args.length === 0) return usageError(out, TOOL, USAGE);
  const parsed = parseOptions(args, KAFKA_GET_OFFSETS_OPTIONS);
  // joptsimple's exceptions become TerseExceptions: just their message.
  if (!parsed.ok) return error(ctx, optionMessage(parsed));
  const o = parsed.options;
  if (o.has('help')) return usageError(out, TOOL, USAGE);
  if (o.has('version')) {
    out('3.9.0\n', 'stdout');
    return finished(TOOL, 0);
  }
  const bootstrap = o.value('bootstrap-server');
  if (bootstrap === undefined)
    return usageError(out, TOOL, 'Missing required argument "[bootstrap-server]"');
  if (!validBootstrap(bootstrap))
    return usageError(out, TOOL, 'Please provide valid host:port like host1:9091,host2:9092\n');
  if (o.has('topic-partitions') && (o.has('topic') || o.has('partitions')))
    return error(ctx, '--topic-partitions cannot be used with --topic or --partitions');
  const spec = offsetSpec(o.value('time') ?? 'latest');
  if (spec === null) return error(ctx, `Malformed time argument ${o.value('time')!}. ${TIME_HELP}`);
  const filters = o.has('topic-partitions')
    ? ruleFilters(o.value('topic-partitions')!)
    : topicFilter(o.value('topic') ?? '.*', o.value('partitions'));
  if ('terse' in filters) return error(ctx, filters.terse);
  if ('crash' in filters) return crash(ctx, filters.crash, filters.trace);
  const snapshot = world.sim.snapshot({ recordsPerPartition: 0 });
  if (!reachesCluster(bootstrap, snapshot)) {
    out(
      logLine(
        world.sim.now,
        'WARN',
        `[AdminClient clientId=GetOffsetShell] Connection to node -1 (${bootstrap}) could not be established. Node may not be available.`,
        'org.apache.kafka.clients.NetworkClient',
      ),
      'stderr',
    );
    const cause =
      'org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: listTopics';
    return crash(ctx, cause, `java.util.concurrent.ExecutionException: ${cause}`);
  }
  const matched: { topic: TopicView; p: PartitionView }[] = [];
  for (const topic of snapshot.topics) {
    if (topic.internal && o.has('exclude-internal-topics')) continue;
    for (const p of topic.partitions)
      if (filters.some((f) => f.topic.test(topic.name) && f.partition(p.id)))
        matched.push({ topic, p });
  }
  if (matched.length === 0)
    return error(ctx, 'Could not match any topic-partitions with the specified filters');
  const lines: { key: string; text: string }[] = [];
  for (const { topic, p } of matched) {
    if (p.leader === null) {
      // Simplified: the admin client retries a leaderless partition's lookup; the tool skips it.
      out(
        `Skip getting offsets for topic-partition ${topic.name}-${p.id} due to error: org.apache.kafka.common.errors.LeaderNotAvailableException: There is no leader for this topic-partition as we are in the middle of a leadership election.\n`,
        'stderr',
      );
      continue;
    }
    const offset = listOffset(ctx, topic.name, p, spec);
    if (offset !== null)
      lines.push({ key: `${topic.name}-${p.id}`, text: `${topic.name}:${p.id}:${offset}\n` });
  }
  lines.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  out(lines.map((l) => l.text).join(''), 'stdout');
  return finished(TOOL, 0);
}

/** GetOffsetShell#parseOffsetSpec; earliest-local is earliest here (nothing is tiered). */
function offsetSpec(raw: string): Spec | null {
  const named: Readonly<Record<string, Spec>> = {
    latest: 'latest',
    earliest: 'earliest',
    'max-timestamp': 'max-timestamp',
    'earliest-local': 'earliest',
    'latest-tiered': 'latest-tiered',
    '-1': 'latest',
    '-2': 'earliest',
    '-3': 'max-timestamp',
    '-4': 'earliest',
    '-5': 'latest-tiered',
  };
  const spec = Object.hasOwn(named, raw) ? named[raw] : undefined;
  if (spec !== undefined) return spec;
  if (!/^[+-]?\d+$/.test(raw)) return null;
  const value = BigInt(raw);
  if (value > 9223372036854775807n || value < -9223372036854775808n) return null;
  const short = named[value.toString()];
  return short ?? Number(value);
}

/** What ListOffsets answers for one partition, or null for "unknown" (not printed). */
function listOffset(
  ctx: CommandContext,
  topic: string,
  p: PartitionView,
  spec: Spec,
): number | null {
  if (spec === 'latest') return p.highWatermark;
  if (spec === 'earliest') return p.logStartOffset;
  // No tiered storage: the highest tiered offset is -1, which the tool leaves out.
  if (spec === 'latest-tiered') return null;
  // The leader searches its whole log, then hides an answer a consumer could not read yet.
  const count = p.logEndOffset - p.logStartOffset;
  const records = count > 0 ? ctx.world.sim.records(topic, p.id, p.logStartOffset, count) : [];
  let found: { offset: number; timestamp: number } | undefined;
  if (spec === 'max-timestamp') {
    for (const r of records) if (!found || r.timestamp > found.timestamp) found = r;
  } else {
    // Record timestamps are CreateTime in virtual time; the tool asks in epoch milliseconds.
    found = records.find((r) => VIRTUAL_EPOCH_MS + r.timestamp >= spec);
  }
  return found !== undefined && found.offset < p.highWatermark ? found.offset : null;
}

/** String#split(","): trailing empty strings go, unless the text itself is empty. */
function javaSplit(text: string): string[] {
  const parts = text.split(',');
  if (text === '') return parts;
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** --topic REGEX [--partitions 0,1]: IncludeList matches the whole name (commas mean "or"). */
function topicFilter(regex: string, partitions: string | undefined): Filter[] | Failure {
  const ids = (partitions ?? '') === '' ? [] : javaSplit(partitions!).map(javaInt);
  if (ids.some((n) => n === null))
    return {
      terse: `--partitions expects a comma separated list of numeric partition ids, but received: ${partitions!}`,
    };
  const topic = includeList(regex);
  if (!(topic instanceof RegExp)) return topic;
  return [{ topic, partition: (p) => ids.length === 0 || ids.includes(p) }];
}

/** Integer.parseInt: digits with an optional sign, within an int. */
function javaInt(s: string): number | null {
  if (!/^[+-]?\d+$/.test(s)) return null;
  const n = Number(s);
  return n > INT_MAX || n < -INT_MAX - 1 ? null : n;
}

/** --topic-partitions t1:0,t2:1-3,:5-,t3 */
function ruleFilters(text: string): Filter[] | Failure {
  const filters: Filter[] = [];
  for (const rule of javaSplit(text)) {
    const m = RULE.exec(rule);
    if (!m) {
      // The TerseException escapes wrapped in a RuntimeException, so it is not terse.
      const cause = `org.apache.kafka.tools.TerseException: Invalid rule specification: ${rule}`;
      return { crash: cause, trace: `java.lang.RuntimeException: ${cause}` };
    }
    const group = (i: number) => (m[i] === undefined || m[i] === '' ? null : m[i]);
    const topic = includeList(group(1) ?? '.*');
    if (!(topic instanceof RegExp)) return topic;
    const bounds = [group(2), group(3), group(4)].map((g) => (g === null ? null : javaInt(g)));
    if (bounds.some((b, i) => b === null && [group(2), group(3), group(4)][i] !== null)) {
      const cause = `java.lang.NumberFormatException: For input string: "${rule}"`;
      return { crash: cause, trace: cause };
    }
    const [single, low, high] = bounds;
    filters.push({
      topic,
      partition:
        single !== null && single !== undefined
          ? (p) => p === single
          : (p) => p >= (low ?? 0) && p < (high ?? INT_MAX),
    });
  }
  return filters;
}

/** TopicFilter.IncludeList: commas become alternatives, spaces and outer quotes are dropped. */
function includeList(raw: string): RegExp | Failure {
  const regex = raw
    .trim()
    .replaceAll(',', '|')
    .replaceAll(' ', '')
    .replace(/^["']+/, '')
    .replace(/["']+$/, '');
  try {
    return new RegExp(`^(?:${regex})$`, 'u');
  } catch {
    const message = `${regex} is an invalid regex.`;
    return { crash: message, trace: `java.lang.RuntimeException: ${message}` };
  }
}

/** ToolsUtils.validateBootstrapServer: every entry needs a host and a port. */
function validBootstrap(list: string): boolean {
  if (list.trim() === '') return false;
  return list.split(',').every((entry) => /^.+:\d+$/.test(entry.trim()));
}

/** A TerseException: "Error occurred: " and the message. */
function error(ctx: CommandContext, message: string): Job {
  ctx.out(`Error occurred: ${message}\n`, 'stderr');
  return finished(TOOL, 1);
}

/** Any other Throwable: its message, then its stack trace (the frames left out here). */
function crash(ctx: CommandContext, message: string, trace: string): Job {
  ctx.out(`Error occurred: ${message}\n${trace}\n\n`, 'stderr');
  return finished(TOOL, 1);
}
