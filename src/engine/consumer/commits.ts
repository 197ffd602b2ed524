// Client side of offset commits: what to commit, and what a failed commit means.
import type { Ctx } from '../world/context';
import type { TaskOf } from '../world/tasks';
import { tpKey } from '../world/world';
import type { ConsumerClient } from './consumerState';

export const COMMIT_FAILED_MESSAGE =
  'Commit cannot be completed since the group has already rebalanced and assigned the partitions to another member. This means that the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time message processing. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records.';

const NOT_IN_GROUP_MESSAGE =
  'Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group.';
const GROUP_REBALANCING_MESSAGE =
  'Offset commit cannot be completed since the consumer group is executing a rebalance at the moment. You can try completing the rebalance by calling poll() and then retry commit again.';
const REBALANCING_MESSAGE =
  'Offset commit cannot be completed since the consumer is undergoing a rebalance for auto partition assignment. You can try completing the rebalance by calling poll() and then retry the operation.';

/** Sends a commit of `offsets` (default: the current positions of the assigned partitions). */
export function sendCommit(
  ctx: Ctx,
  c: ConsumerClient,
  auto: boolean,
  offsets?: Map<string, number>,
): void {
  if (c.groupId === null) return;
  const source = offsets ?? c.positions;
  const list = c.assignment
    .filter((tp) => source.has(tpKey(tp.topic, tp.partition)))
    .map((tp) => ({
      topic: tp.topic,
      partition: tp.partition,
      offset: source.get(tpKey(tp.topic, tp.partition))!,
    }));
  if (list.length === 0) return;
  const member = c.subscription !== null;
  // A group member commits only while it is in a stable generation (ConsumerCoordinator#generationIfStable).
  if (member && (c.memberId === '' || c.generation < 0 || c.joinState !== 'stable')) {
    const rebalancing = c.joinState === 'joining' || c.joinState === 'syncing';
    ctx.emit({
      type: 'commit.failed',
      group: c.groupId,
      consumer: c.clientId,
      error: rebalancing ? 'RebalanceInProgressException' : 'CommitFailedException',
      message: rebalancing ? REBALANCING_MESSAGE : NOT_IN_GROUP_MESSAGE,
    });
    return;
  }
  ctx.schedule(ctx.world.settings.networkLatencyMs, {
    kind: 'commitArrive',
    group: c.groupId,
    consumer: c.clientId,
    epoch: c.epoch,
    memberId: member ? c.memberId : '',
    groupInstanceId: member ? c.config.groupInstanceId : null,
    generation: member ? c.generation : -1,
    offsets: list,
    auto,
  });
}

/** A refused commit, as the client reports it; what it means for membership is onGroupError's. */
export function receiveCommitResponse(
  ctx: Ctx,
  c: ConsumerClient,
  task: TaskOf<'commitResponse'>,
): void {
  if (task.error === 'NONE' || c.groupId === null) return;
  const rebalancing = task.error === 'REBALANCE_IN_PROGRESS';
  ctx.emit({
    type: 'commit.failed',
    group: c.groupId,
    consumer: c.clientId,
    error: rebalancing
      ? 'RebalanceInProgressException'
      : task.error === 'FENCED_INSTANCE_ID'
        ? 'FencedInstanceIdException'
        : 'CommitFailedException',
    message: rebalancing ? GROUP_REBALANCING_MESSAGE : COMMIT_FAILED_MESSAGE,
  });
}
