// Which tool a command line names: kafka-topics.sh, kafka-topics, bin/kafka-topics.sh,
// bin\windows\kafka-topics.bat and .\bin\windows\kafka-topics.bat are all kafka-topics.
import type { Job } from '../job';
import { finished } from '../job';
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

export type ToolName =
  | 'kafka-topics'
  | 'kafka-console-producer'
  | 'kafka-console-consumer'
  | 'kafka-consumer-groups'
  | 'kafka-configs'
  | 'kafka-get-offsets'
  | 'kafka-leader-election'
  | 'kafka-storage'
  | 'kafka-server-start'
  | 'kafka-server-stop'
  | 'zookeeper-server-start'
  | 'zookeeper-server-stop'
  | 'sim';

type Tool = (args: readonly string[], ctx: CommandContext) => Job;

const TOOLS: Partial<Record<ToolName, Tool>> = {
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

export function toolName(word: string): ToolName | null {
  const base = word.split(/[\\/]/).pop() ?? word;
  const name = base.replace(/\.(sh|bat)$/, '');
  return Object.hasOwn(TOOLS, name) || KNOWN.has(name) ? (name as ToolName) : null;
}

const KNOWN = new Set<string>([
  'kafka-console-producer',
  'kafka-console-consumer',
  'kafka-consumer-groups',
  'kafka-configs',
  'kafka-get-offsets',
  'kafka-leader-election',
  'kafka-storage',
  'kafka-server-start',
  'kafka-server-stop',
  'zookeeper-server-start',
  'zookeeper-server-stop',
]);

export function runTool(name: ToolName, args: readonly string[], ctx: CommandContext): Job {
  const tool = TOOLS[name];
  if (tool) return tool(args, ctx);
  ctx.out(`${name}: not available in the simulator yet.\n`, 'stderr');
  return finished(name, 1);
}
