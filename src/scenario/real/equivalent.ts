// realEquivalent: for every simulator command, what does the same on a real Kafka cluster.
import type { SimCommand } from '../../engine';
import {
  addPartitionsCall,
  alterTopicConfigCall,
  createTopicCall,
  deleteGroupCall,
  deleteOffsetsCall,
  deleteTopicCall,
  electionCalls,
  resetOffsetsCalls,
} from './admin';
import {
  commitCall,
  flushCall,
  javaConsumer,
  processingTime,
  producerSettings,
  seekCall,
} from './clients';
import { consoleConsumer } from './consoleConsumer';
import { consoleProduce, lineRecord } from './consoleProducer';
import { brokerFault, quorumFault } from './faults';
import { loadEquivalent } from './load';
import { shellQuote } from './quote';
import { renderForUser, type ToolCall } from './toolCall';
import { DEFAULT_CONTEXT, type RealContext, type RealEquivalent } from './types';

const STOP_NOTE: Record<'close' | 'crash', string> = {
  close:
    'Ctrl-C (SIGTERM) makes the console consumer close(): it commits and leaves the group at once.',
  crash:
    'kill -9 gives no LeaveGroup: the group notices after session.timeout.ms, as in the simulator.',
};

export function realEquivalent(
  command: SimCommand,
  context: Partial<RealContext> = {},
): RealEquivalent {
  const ctx: RealContext = { ...DEFAULT_CONTEXT, ...context };
  const render = (calls: readonly ToolCall[]) =>
    calls.map((call) => renderForUser(call, ctx.bootstrap)).join('\n');
  const command_ = (calls: readonly ToolCall[], note?: string): RealEquivalent => ({
    kind: 'command',
    text: render(calls),
    ...(note === undefined ? {} : { note }),
  });
  switch (command.type) {
    case 'createTopic':
      return command_([createTopicCall(command, false).call]);
    case 'deleteTopic':
      return command_([deleteTopicCall(command.topic)]);
    case 'addPartitions':
      return command_(
        [addPartitionsCall(command.topic, command.partitions)],
        'Keys hash over the new partition count from now on: a key may move to another partition.',
      );
    case 'alterTopicConfig':
      return command_([alterTopicConfigCall(command, false)]);
    case 'createProducer':
      return producerSettings(command);
    case 'produce': {
      const settings = command.producer === undefined ? undefined : ctx.producers[command.producer];
      const p = consoleProduce(command.topic, [lineRecord(command)], command.producer, settings);
      const line = p.lines[0] ?? '';
      const feed = /^-|\\/.test(line)
        ? `printf '%s\\n' ${shellQuote(line)}`
        : `echo ${shellQuote(line)}`;
      return {
        kind: 'command',
        text: `${feed} | ${render([p.call])}`,
        ...(p.notes[0] === undefined ? {} : { note: p.notes[0] }),
      };
    }
    case 'flushProducer':
      return flushCall();
    case 'setLoad': {
      const settings = ctx.producers[command.producer];
      return loadEquivalent(command, settings, ctx.bootstrap);
    }
    case 'startConsumer': {
      const plan = consoleConsumer(command);
      if (plan.needsOwnLoop)
        return {
          kind: 'client',
          text: javaConsumer(command, ctx.bootstrap),
          note: 'kafka-console-consumer only auto-commits: committing around processing takes your own poll loop.',
        };
      return command_([plan.call], plan.gaps[0]);
    }
    case 'stopConsumer':
      return {
        kind: 'operation',
        text:
          command.how === 'close'
            ? "kill -TERM <the consumer's pid>   # Ctrl-C in its terminal; in code: consumer.close()"
            : "kill -9 <the consumer's pid>",
        note: STOP_NOTE[command.how],
      };
    case 'setProcessingTime':
      return processingTime(command);
    case 'seek':
      return seekCall(command);
    case 'commit':
      return commitCall();
    case 'resetGroupOffsets': {
      const calls = resetOffsetsCalls(command);
      return calls.length > 0
        ? command_(calls)
        : { kind: 'operation', text: '# no offsets to set' };
    }
    case 'deleteGroup':
      return command_([deleteGroupCall(command.group)]);
    case 'deleteGroupOffsets':
      return command_([deleteOffsetsCall(command)]);
    case 'electLeaders': {
      const calls = electionCalls(
        command,
        command.topic === undefined ? undefined : ctx.partitions[command.topic],
      );
      if (calls !== null) return command_(calls);
      const args = ['--bootstrap-server', { bootstrap: true } as const, '--election-type'];
      const type = command.election === 'preferred' ? 'PREFERRED' : 'UNCLEAN';
      return command_(
        [
          {
            tool: 'kafka-leader-election',
            args: [...args, type, '--path-to-json-file', 'partitions.json'],
          },
        ],
        'kafka-leader-election takes --topic only with --partition: list the topic\'s partitions in partitions.json ({"partitions":[{"topic":…,"partition":0},…]}).',
      );
    }
    case 'brokerFault':
      return brokerFault(command);
    case 'quorumFault':
      return quorumFault(command, ctx.mode);
    default: {
      const unknown: never = command;
      throw new Error(`no real equivalent for ${JSON.stringify(unknown)}`);
    }
  }
}
