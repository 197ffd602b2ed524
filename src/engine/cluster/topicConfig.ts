// Topic configs: Kafka's names, defaults and value checks, for create and kafka-configs.
import { TOPIC_DEFAULTS, type TopicConfig, type TopicConfigName } from '../defaults';
import { fail, ok, type Result } from '../errors';

const isName = (name: string): name is TopicConfigName => Object.hasOwn(TOPIC_DEFAULTS, name);
const CLEANUP_POLICIES = new Set(['delete', 'compact', 'compact,delete', 'delete,compact']);

/** Checks one config and returns its parsed value. */
export function parseTopicConfig(name: string, raw: string): Result<number | string> {
  if (!isName(name))
    return fail('InvalidConfigurationException', `Unknown topic config name: ${name}`);
  if (name === 'unclean.leader.election.enable') {
    const value = raw.trim().toLowerCase();
    if (value !== 'true' && value !== 'false')
      return fail(
        'InvalidConfigurationException',
        `Invalid value ${raw} for configuration ${name}: Expected value to be either true or false`,
      );
    return ok(value);
  }
  if (name === 'cleanup.policy') {
    if (!CLEANUP_POLICIES.has(raw))
      return fail(
        'InvalidConfigurationException',
        `Invalid value ${raw} for configuration cleanup.policy: String must be one of: compact, delete`,
      );
    return ok(raw);
  }
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isInteger(value))
    return fail(
      'InvalidConfigurationException',
      `Invalid value ${raw} for configuration ${name}: Not a number of type ${name === 'min.insync.replicas' ? 'INT' : 'LONG'}`,
    );
  const min =
    name === 'retention.ms' || name === 'retention.bytes'
      ? -1
      : name === 'segment.bytes'
        ? 14
        : name === 'min.insync.replicas'
          ? 1
          : 1;
  if (value < min)
    return fail(
      'InvalidConfigurationException',
      `Invalid value ${raw} for configuration ${name}: Value must be at least ${min}`,
    );
  return ok(value);
}

/** A topic's effective configs: the defaults with its overrides applied. */
export function buildTopicConfig(overrides: Readonly<Record<string, string>>): Result<TopicConfig> {
  const config: Record<string, number | string> = { ...TOPIC_DEFAULTS };
  for (const [name, raw] of Object.entries(overrides)) {
    const parsed = parseTopicConfig(name, raw);
    if (!parsed.ok) return parsed;
    config[name] = parsed.value;
  }
  return ok(config as TopicConfig);
}
