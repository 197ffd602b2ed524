// What an operator asks of the group coordinator (kafka-consumer-groups): setting a group's
// offsets, deleting a group, deleting some of its offsets. Each answers at once, as commits do,
// and a refused request changes nothing.
import type {
  DeleteGroup,
  DeleteGroupOffsets,
  OffsetDeleteError,
  ResetGroupOffsets,
} from '../commands';
import { fail, ok, type Result } from '../errors';
import { OFFSETS_TOPIC } from '../kernels/coordinator';
import type { Ctx } from '../world/context';
import { tpKey, type TopicPartition } from '../world/world';
import { appendToOffsetsTopic, offsetKey, storeOffsets } from './commit';
import type { GroupState } from './groupState';
import { coordinatorAvailable, getOrCreateGroup } from './groups';

const NOT_AVAILABLE = () =>
  fail('CoordinatorNotAvailableException', 'The coordinator is not available.');

/** Looking the coordinator up creates __consumer_offsets, which needs a live broker. */
const coordinatorUp = (ctx: Ctx, group: string): boolean =>
  (ctx.world.topics.has(OFFSETS_TOPIC) || ctx.world.brokers.some((b) => b.up && !b.fenced)) &&
  coordinatorAvailable(ctx, group);

const partitionExists = (ctx: Ctx, tp: TopicPartition): boolean =>
  Number.isInteger(tp.partition) &&
  tp.partition >= 0 &&
  tp.partition < (ctx.world.topics.get(tp.topic)?.partitions.length ?? 0);

/** Members, or member ids handed out and not yet used: the group is not Empty to Kafka. */
const hasMembers = (group: GroupState): boolean => group.members.size > 0;

/**
 * An admin OffsetCommit carries generation -1 and no member id. Kafka's validateOffsetCommit
 * lets it through only while the group is Empty (or does not exist yet, when the commit
 * creates it); a group with members answers UNKNOWN_MEMBER_ID.
 */
export function resetGroupOffsets(
  ctx: Ctx,
  command: ResetGroupOffsets,
): Result<{ group: string; offsetsPartition: number }> {
  if (command.group === '')
    return fail('InvalidGroupIdException', 'The configured groupId is invalid.');
  const existing = ctx.world.groups.get(command.group);
  if (existing && (hasMembers(existing) || existing.phase !== 'Empty'))
    return fail('UnknownMemberIdException', 'The coordinator is not aware of this member.');
  // Kafka answers per partition; the simulator refuses the whole request instead.
  const unknown = command.offsets.find((o) => !partitionExists(ctx, o));
  if (unknown)
    return fail(
      'UnknownTopicOrPartitionException',
      'This server does not host this topic-partition.',
    );
  const bad = command.offsets.find((o) => !Number.isSafeInteger(o.offset) || o.offset < 0);
  if (bad) return fail('InvalidRequestException', `Invalid offset ${bad.offset}.`);
  if (!coordinatorUp(ctx, command.group)) return NOT_AVAILABLE();
  const offsets = command.offsets.map(({ topic, partition, offset }) => ({
    topic,
    partition,
    offset,
  }));
  const offsetsPartition = storeOffsets(ctx, getOrCreateGroup(ctx, command.group), offsets);
  ctx.emit({ type: 'group.offsetsReset', group: command.group, offsets, offsetsPartition });
  return ok({ group: command.group, offsetsPartition });
}

/**
 * Kafka's handleDeleteGroups: an unknown group is GROUP_ID_NOT_FOUND, one with members
 * NON_EMPTY_GROUP; an Empty group becomes Dead and cleanupGroupMetadata writes a tombstone for
 * each committed offset and one for the group's metadata.
 */
export function deleteGroup(
  ctx: Ctx,
  command: DeleteGroup,
): Result<{ group: string; offsetsPartition: number }> {
  const group = ctx.world.groups.get(command.group);
  if (!group) return fail('GroupIdNotFoundException', 'The group id does not exist.');
  if (hasMembers(group) || group.phase !== 'Empty')
    return fail('GroupNotEmptyException', 'The group is not empty.');
  if (!coordinatorUp(ctx, command.group)) return NOT_AVAILABLE();
  const offsets = [...group.offsets.values()];
  const offsetsPartition = appendToOffsetsTopic(ctx, group.groupId, [
    ...offsets.map((o) => ({ key: offsetKey(group.groupId, o.topic, o.partition), value: null })),
    { key: group.groupId, value: null },
  ]);
  ctx.world.groups.delete(group.groupId);
  ctx.emit({
    type: 'group.deleted',
    group: group.groupId,
    offsetsPartition,
    offsetsRemoved: offsets.length,
  });
  return ok({ group: group.groupId, offsetsPartition });
}

/**
 * Kafka's handleDeleteOffsets: an Empty group loses the offsets asked for; a group with members
 * keeps those of topics it is subscribed to (GROUP_SUBSCRIBED_TO_TOPIC) and loses the others.
 * Partitions the cluster does not have are UNKNOWN_TOPIC_OR_PARTITION.
 */
export function deleteGroupOffsets(
  ctx: Ctx,
  command: DeleteGroupOffsets,
): Result<{
  group: string;
  partitions: readonly (TopicPartition & { readonly error: OffsetDeleteError })[];
}> {
  const group = ctx.world.groups.get(command.group);
  if (!group) return fail('GroupIdNotFoundException', 'The group id does not exist.');
  if (!coordinatorUp(ctx, command.group)) return NOT_AVAILABLE();
  const subscribed = new Set([...group.members.values()].flatMap((m) => m.topics));
  const results = command.partitions.map(({ topic, partition }) => {
    const error: OffsetDeleteError = !partitionExists(ctx, { topic, partition })
      ? 'UNKNOWN_TOPIC_OR_PARTITION'
      : hasMembers(group) && subscribed.has(topic)
        ? 'GROUP_SUBSCRIBED_TO_TOPIC'
        : 'NONE';
    return { topic, partition, error };
  });
  const removed = results.filter(
    (r) => r.error === 'NONE' && group.offsets.has(tpKey(r.topic, r.partition)),
  );
  if (removed.length > 0) {
    const offsetsPartition = appendToOffsetsTopic(
      ctx,
      group.groupId,
      removed.map((r) => ({ key: offsetKey(group.groupId, r.topic, r.partition), value: null })),
    );
    for (const r of removed) group.offsets.delete(tpKey(r.topic, r.partition));
    ctx.emit({
      type: 'group.offsetsDeleted',
      group: group.groupId,
      partitions: removed.map(({ topic, partition }) => ({ topic, partition })),
      offsetsPartition,
    });
  }
  return ok({ group: group.groupId, partitions: results });
}
