// Which tool a command line names: kafka-topics.sh, kafka-topics, bin/kafka-topics.sh,
// bin\windows\kafka-topics.bat and .\bin\windows\kafka-topics.bat are all kafka-topics.
import type { Job } from '../job';
import type { CommandContext } from '../session';
import { consoleConsumer } from './consoleConsumer';
import { consumerGroups } from './consumerGroups';
import { consoleProducer } from './consoleProducer';
import { kafkaConfigs } from './kafkaConfigs';
import { kafkaGetOffsets } from './kafkaGetOffsets';
import { kafkaLeaderElection } from './kafkaLeaderElection';
import { kafkaStorage } from './kafkaStorage';
import { kafkaTopics } from './kafkaTopics';
import { serverStart, serverStop, zookeeperStart } from './servers';
import { simCommand } from './simCommand';
import { TOOL_NAMES } from './toolNames';

export type ToolName = (typeof TOOL_NAMES)[number];

type Tool = (args: readonly string[], ctx: CommandContext) => Job;

const TOOLS: Record<ToolName, Tool> = {
  'kafka-topics': kafkaTopics,
  'kafka-console-producer': consoleProducer,
  'kafka-console-consumer': consoleConsumer,
  'kafka-consumer-groups': consumerGroups,
  'kafka-configs': kafkaConfigs,
  'kafka-get-offsets': kafkaGetOffsets,
  'kafka-leader-election': kafkaLeaderElection,
  'kafka-storage': kafkaStorage,
  'kafka-server-start': serverStart,
  'zookeeper-server-start': zookeeperStart,
  'kafka-server-stop': (_args, ctx) => serverStop('kafka', ctx),
  'zookeeper-server-stop': (_args, ctx) => serverStop('zookeeper', ctx),
  sim: simCommand,
};

/** `bin\\windows\\kafka-topics.bat`, `./bin/kafka-topics.sh` → `kafka-topics`. */
export function commandName(word: string): string {
  return (word.split(/[\\/]/).pop() ?? word).replace(/\.(sh|bat)$/, '');
}

export function toolName(word: string): ToolName | null {
  const name = commandName(word);
  return (TOOL_NAMES as readonly string[]).includes(name) ? (name as ToolName) : null;
}

export function runTool(name: ToolName, args: readonly string[], ctx: CommandContext): Job {
  return TOOLS[name](args, ctx);
}
