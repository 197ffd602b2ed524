// OffsetCommit at the coordinator: a committed offset is a record in the group's partition of
// __consumer_offsets (key: group, topic, partition; value: the next offset to read).
import { appendAsLeader } from '../cluster/leaderAppend';
import { newRecord } from '../cluster/partitionLog';
import { ensureOffsetsTopic } from '../cluster/topics';
import { recordId } from '../ids';
import type { Ctx } from '../world/context';
import type { GroupError, TaskOf } from '../world/tasks';
import { tpKey } from '../world/world';
import { getOrCreateGroup, offsetsPartitionFor } from './groups';
import { validateMember } from './membership';

/** Kafka's validateOffsetCommit: member, then generation, then the group's state. */
function checkGeneration(task: TaskOf<'commitArrive'>, ctx: Ctx): GroupError {
  const group = getOrCreateGroup(ctx, task.group);
  // A consumer outside the group's membership (assign()) may commit while the group is Empty.
  if (task.generation < 0 && group.phase === 'Empty') return 'NONE';
  const invalid = validateMember(group, task.memberId, task.groupInstanceId);
  if (invalid !== 'NONE') return invalid;
  if (task.generation !== group.generation) return 'ILLEGAL_GENERATION';
  if (group.phase === 'CompletingRebalance') return 'REBALANCE_IN_PROGRESS';
  // A commit from a live member also counts as a sign of life.
  const member = group.members.get(task.memberId);
  if (member) {
    member.lastHeartbeatAt = ctx.world.now;
    ctx.schedule(member.sessionTimeoutMs, {
      kind: 'sessionCheck',
      group: group.groupId,
      memberId: member.memberId,
    });
  }
  return 'NONE';
}

export function receiveCommit(ctx: Ctx, task: TaskOf<'commitArrive'>): void {
  const error = checkGeneration(task, ctx);
  if (error === 'NONE' && task.offsets.length > 0) {
    const group = getOrCreateGroup(ctx, task.group);
    const offsetsTopic = ensureOffsetsTopic(ctx);
    const p = offsetsPartitionFor(ctx, task.group);
    const now = ctx.world.now;
    appendAsLeader(
      ctx,
      offsetsTopic,
      offsetsTopic.partitions[p]!,
      task.offsets.map((o) =>
        newRecord(
          recordId(ctx.world.nextRecordId++),
          `${task.group},${o.topic},${o.partition}`,
          String(o.offset),
          [],
          now,
        ),
      ),
    );
    for (const o of task.offsets)
      group.offsets.set(tpKey(o.topic, o.partition), {
        topic: o.topic,
        partition: o.partition,
        offset: o.offset,
        committedAt: now,
      });
    ctx.emit({
      type: 'offsets.committed',
      group: task.group,
      consumer: task.consumer,
      offsets: task.offsets,
      offsetsPartition: p,
      auto: task.auto,
    });
  }
  ctx.schedule(ctx.world.settings.networkLatencyMs, {
    kind: 'commitResponse',
    consumer: task.consumer,
    epoch: task.epoch,
    error,
  });
}
