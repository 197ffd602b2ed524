// Each tool's options, for tab completion.
import type { OptionSpec } from '../options';
import { CONSOLE_CONSUMER_OPTIONS } from './consoleConsumer';
import { CONSOLE_PRODUCER_OPTIONS } from './consoleProducer';
import { CONSUMER_GROUPS_OPTIONS } from './consumerGroupsOptions';
import { KAFKA_CONFIGS_OPTIONS } from './kafkaConfigs';
import { KAFKA_GET_OFFSETS_OPTIONS } from './kafkaGetOffsets';
import { KAFKA_LEADER_ELECTION_OPTIONS } from './kafkaLeaderElection';
import { KAFKA_TOPICS_OPTIONS } from './kafkaTopics';
import type { ToolName } from './registry';

const OPTIONS: Partial<Record<ToolName, readonly OptionSpec[]>> = {
  'kafka-topics': KAFKA_TOPICS_OPTIONS,
  'kafka-console-producer': CONSOLE_PRODUCER_OPTIONS,
  'kafka-console-consumer': CONSOLE_CONSUMER_OPTIONS,
  'kafka-consumer-groups': CONSUMER_GROUPS_OPTIONS,
  'kafka-configs': KAFKA_CONFIGS_OPTIONS,
  'kafka-get-offsets': KAFKA_GET_OFFSETS_OPTIONS,
  'kafka-leader-election': KAFKA_LEADER_ELECTION_OPTIONS,
};

export function toolOptions(tool: ToolName): readonly OptionSpec[] {
  return OPTIONS[tool] ?? [];
}
