// One session command in the session script: a tool run, a background client, or a comment
// saying what happened in the simulator and what to run where the compose cluster cannot.
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
import { consoleConsumer } from './consoleConsumer';
import { realEquivalent } from './equivalent';
import { endLoad } from './scriptLoad';
import type { ScriptState } from './scriptState';
import { renderForScript, type ToolCall } from './toolCall';
import type { RealContext } from './types';

const run = (state: ScriptState, call: ToolCall) =>
  state.emit(`${renderForScript(call)} || failed $?`);

/** What the script cannot do here, and what does it on a real cluster. */
function notHere(
  state: ScriptState,
  command: SimCommand,
  context: Partial<RealContext>,
  why: string,
) {
  const real = realEquivalent(command, context);
  state.comment(why);
  state.comment(real.text, '  ');
  if (real.note !== undefined) state.comment(real.note);
}

/** Every command but produce and setLoad, which the session script batches and paces itself. */
export function writeStep(
  state: ScriptState,
  command: SimCommand,
  mode: 'kraft' | 'zookeeper',
): void {
  const context = { mode, partitions: Object.fromEntries(state.partitions) };
  const onMultiBroker =
    'The compose cluster has one broker, so nothing runs here. On a cluster with more:';
  switch (command.type) {
    case 'createTopic': {
      const plan = createTopicCall(command, true);
      if (plan.assignmentDropped !== undefined)
        state.comment(
          `The simulator placed the replicas by hand (--replica-assignment ${plan.assignmentDropped}); the broker ids here differ, so Kafka places them.`,
        );
      state.partitions.set(command.topic, command.assignment?.length ?? command.partitions ?? 1);
      return run(state, plan.call);
    }
    case 'deleteTopic':
      for (const [producer, load] of state.loads)
        if (load.topic === command.topic) endLoad(state, producer);
      state.partitions.delete(command.topic);
      return run(state, deleteTopicCall(command.topic));
    case 'addPartitions':
      state.partitions.set(command.topic, command.partitions);
      return run(state, addPartitionsCall(command.topic, command.partitions));
    case 'alterTopicConfig':
      return run(state, alterTopicConfigCall(command, true));
    case 'createProducer':
      if (command.producer !== undefined)
        state.producers.set(command.producer, command.config ?? {});
      state.comment(
        'A producer with these settings: its console producers here get them as --producer-property.',
      );
      return state.comment(realEquivalent(command).text, '  ');
    case 'flushProducer':
      return state.comment(
        'The producer flushed: each console producer here sends everything before it exits.',
      );
    case 'startConsumer': {
      const name = state.consumerName(command);
      const plan = consoleConsumer(command);
      for (const gap of plan.gaps) state.comment(gap);
      const variable = state.consumerVariable(name);
      const call = renderForScript(plan.call).replace(/^kafka /, '');
      return state.emit(`start_bg ${variable} ${call} </dev/null`);
    }
    case 'stopConsumer': {
      const variable = state.knownConsumer(command.consumer);
      if (variable === undefined)
        return state.comment('That consumer was not started by this script.');
      state.comment(
        command.how === 'close'
          ? 'It closes (SIGTERM: the console consumer commits and leaves its group).'
          : 'It crashes (SIGKILL: no LeaveGroup; the group notices after session.timeout.ms).',
      );
      return state.emit(`stop_bg ${variable} ${command.how === 'close' ? 'TERM' : 'KILL'}`);
    }
    case 'setProcessingTime':
    case 'seek':
    case 'commit':
      return notHere(
        state,
        command,
        context,
        'Only a consumer’s own code does this (the console consumer cannot):',
      );
    case 'resetGroupOffsets':
      return resetOffsetsCalls(command).forEach((call) => run(state, call));
    case 'deleteGroup':
      return run(state, deleteGroupCall(command.group));
    case 'deleteGroupOffsets':
      return run(state, deleteOffsetsCall(command));
    case 'electLeaders': {
      const calls = electionCalls(
        command,
        command.topic === undefined ? undefined : state.partitions.get(command.topic),
      );
      if (calls === null)
        return notHere(state, command, context, 'The topic’s partitions are not known here:');
      return calls.forEach((call) => run(state, call));
    }
    case 'brokerFault':
    case 'quorumFault':
      return notHere(state, command, context, onMultiBroker);
    case 'produce':
    case 'setLoad':
      throw new Error(`${command.type} is written by sessionScript`);
    default: {
      const unknown: never = command;
      throw new Error(`no script step for ${JSON.stringify(unknown)}`);
    }
  }
}
