// Runs a due task: each kind goes to the module that owns it. Tasks for a consumer whose epoch
// has moved on (it crashed, closed or restarted) are dropped: that life of the client is over.
import { runLoadTick } from '../producer/load';
import { applyRetention } from '../cluster/partitionLog';
import { receiveCommitResponse } from '../consumer/commits';
import type { ConsumerClient } from '../consumer/consumerState';
import { expireWaitingFetch, receiveFetch } from '../consumer/fetch';
import {
  onGroupError,
  onHeartbeatResponse,
  onHeartbeatTimer,
  onJoinResponse,
  onPollIntervalCheck,
  onSyncResponse,
} from '../consumer/membership';
import { onFetchResponse, onProcessingDone, poll, schedulePoll } from '../consumer/pollLoop';
import { receiveCommit } from '../group/commit';
import { coordinatorAvailable } from '../group/groups';
import { receiveJoin } from '../group/join';
import { checkSession, receiveHeartbeat, receiveLeave, receiveSync } from '../group/membership';
import { onJoinDeadline } from '../group/rebalance';
import {
  drainProducer,
  onProduceRetry,
  onProduceTimeout,
  receiveProduceResponse,
} from '../producer/delivery';
import { receiveProduce } from '../cluster/produceRequest';
import {
  expireReplicaFetch,
  receiveReplicaFetch,
  receiveReplicaFetchResponse,
  sendReplicaFetch,
} from '../cluster/replication';
import {
  brokerHeartbeats,
  checkIsr,
  electController,
  rebalanceLeaders,
} from '../cluster/controller';
import type { Ctx } from './context';
import type { Task } from './tasks';

function liveConsumer(
  ctx: Ctx,
  task: { consumer: string; epoch: number },
): ConsumerClient | undefined {
  const c = ctx.world.consumers.get(task.consumer);
  return c && c.status === 'running' && c.epoch === task.epoch ? c : undefined;
}

/** Requests to a group's coordinator wait while it has no reachable leader (clients retry). */
const GROUP_TASKS = new Set<Task['kind']>([
  'joinArrive',
  'syncArrive',
  'heartbeatArrive',
  'leaveArrive',
  'commitArrive',
  'sessionCheck',
  'joinDeadline',
]);
const COORDINATOR_RETRY_MS = 100;

export function runTask(ctx: Ctx, task: Task): void {
  if (GROUP_TASKS.has(task.kind) && 'group' in task && !coordinatorAvailable(ctx, task.group)) {
    ctx.schedule(COORDINATOR_RETRY_MS, task);
    return;
  }
  switch (task.kind) {
    case 'producerDrain':
      return drainProducer(ctx, task);
    case 'produceArrive':
      return receiveProduce(ctx, task);
    case 'produceResponse':
      return receiveProduceResponse(ctx, task);
    case 'produceTimeout':
      return onProduceTimeout(ctx, task);
    case 'produceRetry':
      return onProduceRetry(ctx, task);
    case 'replicaFetch':
      return sendReplicaFetch(ctx, task);
    case 'replicaFetchArrive':
      return receiveReplicaFetch(ctx, task);
    case 'replicaFetchWaitExpired':
      return expireReplicaFetch(ctx, task);
    case 'replicaFetchResponse':
      return receiveReplicaFetchResponse(ctx, task);
    case 'brokerHeartbeats':
      return brokerHeartbeats(ctx);
    case 'isrCheck':
      return checkIsr(ctx);
    case 'leaderRebalance':
      return rebalanceLeaders(ctx);
    case 'controllerElection':
      if (
        task.epoch === ctx.world.controller.epoch &&
        ctx.world.controller.activeController === null
      )
        electController(ctx);
      return;
    case 'fetchArrive':
      return receiveFetch(ctx, task);
    case 'fetchWaitExpired':
      return expireWaitingFetch(ctx, task);
    case 'joinArrive':
      return receiveJoin(ctx, task);
    case 'syncArrive':
      return receiveSync(ctx, task);
    case 'heartbeatArrive':
      return receiveHeartbeat(ctx, task);
    case 'leaveArrive':
      return receiveLeave(ctx, task);
    case 'commitArrive':
      return receiveCommit(ctx, task);
    case 'sessionCheck':
      return checkSession(ctx, task);
    case 'joinDeadline': {
      // A deleted group's old deadlines find nothing to do.
      const group = ctx.world.groups.get(task.group);
      return group ? onJoinDeadline(ctx, group, task.round) : undefined;
    }
    case 'retentionCheck':
      return runRetention(ctx);
    case 'loadTick':
      return runLoadTick(ctx, task);
    default:
      return runClientTask(ctx, task);
  }
}

function runClientTask(ctx: Ctx, task: Extract<Task, { consumer: string; epoch: number }>): void {
  const c = liveConsumer(ctx, task);
  if (!c) return;
  switch (task.kind) {
    case 'consumerPoll':
      return poll(ctx, c);
    case 'fetchResponse':
      return onFetchResponse(ctx, c, task);
    case 'processingDone':
      return onProcessingDone(ctx, c, task);
    case 'heartbeatTimer':
      return onHeartbeatTimer(ctx, c, task);
    case 'heartbeatResponse':
      return onHeartbeatResponse(ctx, c, task);
    case 'pollIntervalCheck':
      return onPollIntervalCheck(ctx, c, () => schedulePoll(ctx, c, 0));
    case 'joinResponse':
      return onJoinResponse(ctx, c, task);
    case 'syncResponse':
      return onSyncResponse(ctx, c, task, () => schedulePoll(ctx, c, 0));
    case 'commitResponse':
      receiveCommitResponse(ctx, c, task);
      return onGroupError(ctx, c, task.error);
  }
}

/** Kafka's log cleaner thread for deletion: every log.retention.check.interval.ms. */
function runRetention(ctx: Ctx): void {
  for (const topic of ctx.world.topics.values()) {
    if (topic.config['cleanup.policy'] === 'compact') continue;
    for (const partition of topic.partitions) {
      // Every replica applies retention to its own log; the events speak of the leader's.
      for (const log of Object.values(partition.logs)) {
        const deleted = applyRetention(log, topic.config, ctx.world.now);
        if (log !== partition.log) continue;
        for (const d of deleted)
          ctx.emit({
            type: 'segment.deleted',
            topic: topic.name,
            partition: partition.id,
            ...d,
            logStartOffset: log.logStartOffset,
          });
      }
    }
  }
  ctx.schedule(ctx.world.settings.retentionCheckIntervalMs, { kind: 'retentionCheck' });
}
