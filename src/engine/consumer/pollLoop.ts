// The poll loop: poll → (join if the group asks) → fetch → process for a while → poll again.
// Auto-commit happens inside poll, every auto.commit.interval.ms, as KafkaConsumer does it.
import { partitionId } from '../ids';
import type { Ctx } from '../world/context';
import type { TaskOf } from '../world/tasks';
import { tpKey, type TopicPartition } from '../world/world';
import { sendCommit } from './commits';
import type { ConsumerClient } from './consumerState';
import { failConsumer, startJoin } from './membership';
import { CONSUMER_DEFAULTS } from '../defaults';

export function schedulePoll(ctx: Ctx, c: ConsumerClient, delayMs: number): void {
  if (c.status !== 'running' || c.busy !== 'idle') return;
  c.busy = 'poll-scheduled';
  ctx.schedule(delayMs, { kind: 'consumerPoll', consumer: c.clientId, epoch: c.epoch });
}

export function poll(ctx: Ctx, c: ConsumerClient): void {
  c.busy = 'idle';
  c.pollSeq += 1;
  c.lastPollAt = ctx.world.now;
  if (c.subscription !== null && c.groupId !== null) {
    ctx.schedule(c.config.maxPollIntervalMs, {
      kind: 'pollIntervalCheck',
      consumer: c.clientId,
      epoch: c.epoch,
      pollSeq: c.pollSeq,
    });
    if (
      c.config.commit === 'auto' &&
      c.joinState === 'stable' &&
      ctx.world.now >= c.nextAutoCommitAt
    ) {
      sendCommit(ctx, c, true);
      c.nextAutoCommitAt = ctx.world.now + c.config.autoCommitIntervalMs;
    }
    refreshMetadata(ctx, c);
    if (c.joinState === 'none' || (c.rejoinNeeded && c.joinState === 'stable')) startJoin(ctx, c);
    // Eager members own nothing until the rebalance ends; the sync answer polls again.
    if (c.joinState !== 'stable' && c.protocol === 'EAGER') return;
  }
  fetch(ctx, c);
}

/**
 * Every metadata.max.age.ms the client refreshes its metadata; the group's leader compares the
 * subscribed topics' partition counts with those it assigned, and rejoins when they changed
 * (partitions added, a subscribed topic created or deleted).
 */
function refreshMetadata(ctx: Ctx, c: ConsumerClient): void {
  if (ctx.world.now < c.nextMetadataRefreshAt) return;
  c.nextMetadataRefreshAt = ctx.world.now + CONSUMER_DEFAULTS['metadata.max.age.ms'];
  const assigned = c.assignedMetadata;
  if (!assigned || c.joinState !== 'stable' || c.subscription === null) return;
  const changed = c.subscription.some(
    (t) => ctx.world.topics.get(t)?.partitions.length !== assigned[t],
  );
  if (changed) c.rejoinNeeded = true;
}

/** Where to start reading a newly owned partition: the committed offset, else auto.offset.reset. */
function initPosition(ctx: Ctx, c: ConsumerClient, tp: TopicPartition): number | 'fail' | null {
  const key = tpKey(tp.topic, tp.partition);
  const known = c.positions.get(key);
  if (known !== undefined) return known;
  const partition = ctx.world.topics.get(tp.topic)?.partitions[tp.partition];
  if (!partition) return null;
  const committed =
    c.groupId === null ? undefined : ctx.world.groups.get(c.groupId)?.offsets.get(key)?.offset;
  if (committed !== undefined) {
    c.positions.set(key, committed);
    return committed;
  }
  return resetPosition(ctx, c, tp, null);
}

function resetPosition(
  ctx: Ctx,
  c: ConsumerClient,
  tp: TopicPartition,
  from: number | null,
): number | 'fail' | null {
  const partition = ctx.world.topics.get(tp.topic)?.partitions[tp.partition];
  if (!partition) return null;
  const policy = c.config.autoOffsetReset;
  if (policy === 'none') {
    const name = tpKey(tp.topic, tp.partition);
    // No committed offset: NoOffsetForPartitionException; a position gone out of range: OffsetOutOfRangeException.
    if (from === null)
      failConsumer(
        ctx,
        c,
        'NoOffsetForPartitionException',
        `Undefined offset with no reset policy for partitions: [${name}]`,
      );
    else
      failConsumer(
        ctx,
        c,
        'OffsetOutOfRangeException',
        `Fetch position FetchPosition{offset=${from}} is out of range for partition ${name}`,
      );
    return 'fail';
  }
  const to = policy === 'earliest' ? partition.logStartOffset : partition.highWatermark;
  c.positions.set(tpKey(tp.topic, tp.partition), to);
  ctx.emit({
    type: 'offset.reset',
    consumer: c.clientId,
    topic: tp.topic,
    partition: partition.id,
    from,
    to,
    policy,
  });
  return to;
}

function fetch(ctx: Ctx, c: ConsumerClient): void {
  const wanted: (TopicPartition & { offset: number })[] = [];
  const n = c.assignment.length;
  for (let i = 0; i < n; i++) {
    const tp = c.assignment[(c.fetchRotation + i) % n]!;
    const position = initPosition(ctx, c, tp);
    if (position === 'fail') return;
    if (position !== null)
      wanted.push({ topic: tp.topic, partition: tp.partition, offset: position });
  }
  c.fetchRotation = n === 0 ? 0 : (c.fetchRotation + 1) % n;
  if (wanted.length === 0) return schedulePoll(ctx, c, c.config.fetchMaxWaitMs);
  c.busy = 'fetching';
  ctx.schedule(ctx.world.settings.networkLatencyMs, {
    kind: 'fetchArrive',
    consumer: c.clientId,
    epoch: c.epoch,
    fetchId: ctx.world.nextFetchId++,
    partitions: wanted,
    maxRecords: c.config.maxPollRecords,
    maxWaitMs: c.config.fetchMaxWaitMs,
  });
}

export function onFetchResponse(ctx: Ctx, c: ConsumerClient, task: TaskOf<'fetchResponse'>): void {
  c.busy = 'idle';
  for (const bad of task.outOfRange) {
    if (!c.assignment.some((tp) => tp.topic === bad.topic && tp.partition === bad.partition))
      continue;
    if (
      resetPosition(ctx, c, bad, c.positions.get(tpKey(bad.topic, bad.partition)) ?? null) ===
      'fail'
    )
      return;
  }
  c.inHand = [];
  for (const d of task.data) {
    const key = tpKey(d.topic, d.partition);
    const first = d.records[0];
    // A fetch that no longer matches the position (a seek, a revoke) is dropped, as Kafka's fetcher does.
    if (!first || c.positions.get(key) !== first.offset) continue;
    if (!c.assignment.some((tp) => tp.topic === d.topic && tp.partition === d.partition)) continue;
    const last = d.records[d.records.length - 1]!;
    c.positions.set(key, last.offset + 1);
    c.inHand.push({
      topic: d.topic,
      partition: d.partition,
      from: first.offset,
      to: last.offset,
      count: d.records.length,
    });
    ctx.emit({
      seq: 0,
      at: ctx.world.now,
      type: 'records.fetched',
      consumer: c.clientId,
      group: c.groupId,
      topic: d.topic,
      partition: partitionId(d.partition),
      fromOffset: first.offset,
      count: d.records.length,
      recordIds: d.records.map((r) => r.recordId),
    });
  }
  const count = c.inHand.reduce((sum, h) => sum + h.count, 0);
  if (count === 0) return schedulePoll(ctx, c, 0);
  if (c.config.commit === 'before-processing') sendCommit(ctx, c, false);
  c.busy = 'processing';
  ctx.schedule(count * c.config.processingMsPerRecord, {
    kind: 'processingDone',
    consumer: c.clientId,
    epoch: c.epoch,
  });
}

export function onProcessingDone(ctx: Ctx, c: ConsumerClient): void {
  c.busy = 'idle';
  for (const h of c.inHand) {
    c.processed.set(tpKey(h.topic, h.partition), h.to + 1);
    ctx.emit({
      seq: 0,
      at: ctx.world.now,
      type: 'records.processed',
      consumer: c.clientId,
      group: c.groupId,
      topic: h.topic,
      partition: partitionId(h.partition),
      fromOffset: h.from,
      toOffset: h.to,
      count: h.count,
    });
  }
  c.inHand = [];
  if (c.config.commit === 'after-processing') sendCommit(ctx, c, false, c.processed);
  schedulePoll(ctx, c, 0);
}
