// What kafka-configs shows of a topic's configs: Kafka 3.9's topic configs with their defaults, the
// broker configs they fall back to, and the synonyms a DescribeConfigs answer lists for each.
import type { TopicView } from '../../engine';

/**
 * Kafka 3.9's topic configs (LogConfig) with their defaults and the broker configs they fall back
 * to (ServerTopicConfigSynonyms), for `--describe --all`.
 */
export const TOPIC_CONFIGS: readonly (readonly [string, string, readonly string[]])[] = [
  ['cleanup.policy', 'delete', ['log.cleanup.policy']],
  ['compression.gzip.level', '-1', ['compression.gzip.level']],
  ['compression.lz4.level', '9', ['compression.lz4.level']],
  ['compression.type', 'producer', ['compression.type']],
  ['compression.zstd.level', '3', ['compression.zstd.level']],
  ['delete.retention.ms', '86400000', ['log.cleaner.delete.retention.ms']],
  ['file.delete.delay.ms', '60000', ['log.segment.delete.delay.ms']],
  ['flush.messages', '9223372036854775807', ['log.flush.interval.messages']],
  ['flush.ms', '9223372036854775807', ['log.flush.interval.ms', 'log.flush.scheduler.interval.ms']],
  ['follower.replication.throttled.replicas', '', []],
  ['index.interval.bytes', '4096', ['log.index.interval.bytes']],
  ['leader.replication.throttled.replicas', '', []],
  ['local.retention.bytes', '-2', ['log.local.retention.bytes']],
  ['local.retention.ms', '-2', ['log.local.retention.ms']],
  ['max.compaction.lag.ms', '9223372036854775807', ['log.cleaner.max.compaction.lag.ms']],
  ['max.message.bytes', '1048588', ['message.max.bytes']],
  ['message.downconversion.enable', 'true', ['log.message.downconversion.enable']],
  ['message.format.version', '3.0-IV1', ['log.message.format.version']],
  ['message.timestamp.after.max.ms', '9223372036854775807', ['log.message.timestamp.after.max.ms']],
  [
    'message.timestamp.before.max.ms',
    '9223372036854775807',
    ['log.message.timestamp.before.max.ms'],
  ],
  [
    'message.timestamp.difference.max.ms',
    '9223372036854775807',
    ['log.message.timestamp.difference.max.ms'],
  ],
  ['message.timestamp.type', 'CreateTime', ['log.message.timestamp.type']],
  ['min.cleanable.dirty.ratio', '0.5', ['log.cleaner.min.cleanable.ratio']],
  ['min.compaction.lag.ms', '0', ['log.cleaner.min.compaction.lag.ms']],
  ['min.insync.replicas', '1', ['min.insync.replicas']],
  ['preallocate', 'false', ['log.preallocate']],
  ['remote.log.copy.disable', 'false', []],
  ['remote.log.delete.on.disable', 'false', []],
  ['remote.storage.enable', 'false', []],
  ['retention.bytes', '-1', ['log.retention.bytes']],
  [
    'retention.ms',
    '604800000',
    ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours'],
  ],
  ['segment.bytes', '1073741824', ['log.segment.bytes']],
  ['segment.index.bytes', '10485760', ['log.index.size.max.bytes']],
  ['segment.jitter.ms', '0', ['log.roll.jitter.ms', 'log.roll.jitter.hours']],
  ['segment.ms', '604800000', ['log.roll.ms', 'log.roll.hours']],
  ['unclean.leader.election.enable', 'false', ['unclean.leader.election.enable']],
];

/** The quickstart's server.properties (STATIC_BROKER_CONFIG), as far as topic configs go. */
const STATIC_BROKER: Readonly<Record<string, string>> = {
  'log.segment.bytes': '1073741824',
  'log.retention.hours': '168',
};

/** KafkaConfig's defaults for those broker configs (null defaults are absent). */
const BROKER_DEFAULTS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    TOPIC_CONFIGS.filter(([, , s]) => s.length === 1).map(([, value, s]) => [s[0]!, value]),
  ),
  'log.flush.scheduler.interval.ms': '9223372036854775807',
  'log.retention.hours': '168',
  'log.roll.hours': '168',
  'log.roll.jitter.hours': '0',
};

/** What __consumer_offsets is created with (GroupCoordinator#offsetsTopicConfigs). */
const OFFSETS_TOPIC_CONFIGS: Readonly<Record<string, string>> = {
  'cleanup.policy': 'compact',
  'compression.type': 'producer',
  'segment.bytes': '104857600',
};

/**
 * ConfigHelper#configSynonyms: the broker configs behind a topic config, static ones before
 * defaults, dropped up to the first that has the primary name (so log.retention.hours=168 hides).
 */
export function brokerSynonyms(names: readonly string[]): string[] {
  const found = [
    ...names
      .filter((n) => STATIC_BROKER[n] !== undefined)
      .map((n) => ({ n, text: `STATIC_BROKER_CONFIG:${n}=${STATIC_BROKER[n]!}` })),
    ...names
      .filter((n) => BROKER_DEFAULTS[n] !== undefined)
      .map((n) => ({ n, text: `DEFAULT_CONFIG:${n}=${BROKER_DEFAULTS[n]!}` })),
  ];
  const first = found.findIndex((s) => s.n === names[0]);
  return first < 0 ? [] : found.slice(first).map((s) => s.text);
}

export function dynamicConfigs(topic: TopicView): Map<string, string> {
  const raw = topic.name === '__consumer_offsets' ? OFFSETS_TOPIC_CONFIGS : topic.overrides;
  return new Map(Object.entries(raw).map(([k, v]) => [k, normalised(v)]));
}

/** ConfigDef.convertToString of the parsed value: numbers and booleans in canonical form. */
function normalised(raw: string): string {
  const v = raw.trim();
  if (/^[+-]?\d+$/.test(v)) return BigInt(v).toString();
  if (/^(true|false)$/i.test(v)) return v.toLowerCase();
  return v;
}
