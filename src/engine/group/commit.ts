// OffsetCommit at the coordinator: a committed offset is a record in the group's partition of
// __consumer_offsets (key: group, topic, partition; value: the next offset to read).
import { appendAsLeader } from '../cluster/leaderAppend';
import { newRecord } from '../cluster/partitionLog';
import { ensureOffsetsTopic } from '../cluster/topics';
import { recordId } from '../ids';
import type { Ctx } from '../world/context';
import type { GroupError, TaskOf } from '../world/tasks';
import { tpKey, type TopicPartition } from '../world/world';
import type { GroupState } from './groupState';
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

/**
 * Writes records to the group's partition of __consumer_offsets, as the coordinator does: a
 * commit is keyed (group, topic, partition) with the next offset to read as its value; a null
 * value is a tombstone. Returns the partition written to.
 */
export function appendToOffsetsTopic(
  ctx: Ctx,
  groupId: string,
  records: readonly { readonly key: string; readonly value: string | null }[],
): number {
  const offsetsTopic = ensureOffsetsTopic(ctx);
  const p = offsetsPartitionFor(ctx, groupId);
  if (records.length > 0)
    appendAsLeader(
      ctx,
      offsetsTopic,
      offsetsTopic.partitions[p]!,
      records.map((r) =>
        newRecord(recordId(ctx.world.nextRecordId++), r.key, r.value, [], ctx.world.now),
      ),
    );
  return p;
}

export const offsetKey = (group: string, topic: string, partition: number): string =>
  `${group},${topic},${partition}`;

/** Stores committed offsets: their records in __consumer_offsets, and the group's view of them. */
export function storeOffsets(
  ctx: Ctx,
  group: GroupState,
  offsets: readonly (TopicPartition & { readonly offset: number })[],
): number {
  const p = appendToOffsetsTopic(
    ctx,
    group.groupId,
    offsets.map((o) => ({
      key: offsetKey(group.groupId, o.topic, o.partition),
      value: String(o.offset),
    })),
  );
  for (const o of offsets)
    group.offsets.set(tpKey(o.topic, o.partition), {
      topic: o.topic,
      partition: o.partition,
      offset: o.offset,
      committedAt: ctx.world.now,
    });
  return p;
}

export function receiveCommit(ctx: Ctx, task: TaskOf<'commitArrive'>): void {
  const error = checkGeneration(task, ctx);
  if (error === 'NONE' && task.offsets.length > 0) {
    const p = storeOffsets(ctx, getOrCreateGroup(ctx, task.group), task.offsets);
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
