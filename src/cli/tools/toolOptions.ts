// Each tool's options, for tab completion.
import type { OptionSpec } from '../options';
import { CONSOLE_CONSUMER_OPTIONS } from './consoleConsumer';
import { CONSOLE_PRODUCER_OPTIONS } from './consoleProducer';
import { KAFKA_TOPICS_OPTIONS } from './kafkaTopics';
import type { ToolName } from './registry';

const OPTIONS: Partial<Record<ToolName, readonly OptionSpec[]>> = {
  'kafka-topics': KAFKA_TOPICS_OPTIONS,
  'kafka-console-producer': CONSOLE_PRODUCER_OPTIONS,
  'kafka-console-consumer': CONSOLE_CONSUMER_OPTIONS,
};

export function toolOptions(tool: ToolName): readonly OptionSpec[] {
  return OPTIONS[tool] ?? [];
}
