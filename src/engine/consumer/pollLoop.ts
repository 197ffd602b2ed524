// The poll loop: poll → (join if the group asks) → fetch → process for a while → poll again.
// Auto-commit happens inside poll, every auto.commit.interval.ms, as KafkaConsumer does it.
import { partitionId } from '../ids';
import type { Ctx } from '../world/context';
import type { DeliveryTally } from '../world/world';
import type { TaskOf } from '../world/tasks';
import { tpKey, type LogRecord, type TopicPartition } from '../world/world';
import { sendCommit } from './commits';
import type { ConsumerClient } from './consumerState';
import { failConsumer, startJoin } from './membership';
import { CONSUMER_DEFAULTS } from '../defaults';

export function schedulePoll(ctx: Ctx, c: ConsumerClient, delayMs: number): void {
  if (c.status !== 'running' || c.busy !== 'idle') return;
  c.busy = 'poll-scheduled';
  ctx.schedule(delayMs, { kind: 'consumerPoll', consumer: c.clientId, epoch: c.epoch });
}

/** Arms the client's one max.poll.interval.ms timer. */
export function schedulePollIntervalCheck(ctx: Ctx, c: ConsumerClient, delayMs: number): void {
  c.pollCheckEpoch = c.epoch;
  ctx.schedule(delayMs, {
    kind: 'pollIntervalCheck',
    consumer: c.clientId,
    epoch: c.epoch,
  });
}

export function poll(ctx: Ctx, c: ConsumerClient): void {
  c.busy = 'idle';
  c.pollSeq += 1;
  c.lastPollAt = ctx.world.now;
  if (c.subscription !== null && c.groupId !== null) {
    if (c.pollCheckEpoch !== c.epoch) schedulePollIntervalCheck(ctx, c, c.config.maxPollIntervalMs);
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
  takeRecords(ctx, c);
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
  const to = policy === 'earliest' ? partition.log.logStartOffset : partition.highWatermark;
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

/**
 * One poll: hand the app up to max.poll.records from the fetcher's buffer, and send a fetch for
 * the partitions whose buffer is empty (so fetching overlaps processing, as in KafkaConsumer).
 * With nothing buffered, poll waits for the fetch to come back.
 */
function takeRecords(ctx: Ctx, c: ConsumerClient): void {
  for (const tp of c.assignment) if (initPosition(ctx, c, tp) === 'fail') return;
  const handed = drainBuffer(c);
  sendFetch(ctx, c);
  if (handed.length === 0) {
    if (c.fetchInFlight) c.busy = 'waiting';
    else schedulePoll(ctx, c, c.config.fetchMaxWaitMs); // nothing to fetch from
    return;
  }
  c.inHand = [];
  for (const records of handed) {
    const first = records[0]!;
    const last = records[records.length - 1]!;
    const tp = c.assignment.find((a) => tpKey(a.topic, a.partition) === first.key)!;
    c.positions.set(first.key, last.offset + 1);
    c.inHand.push({
      topic: tp.topic,
      partition: tp.partition,
      from: first.offset,
      to: last.offset,
      count: records.length,
    });
    ctx.emitStamped({
      seq: ctx.nextSeq(),
      at: ctx.world.now,
      type: 'records.fetched',
      consumer: c.clientId,
      group: c.groupId,
      topic: tp.topic,
      partition: partitionId(tp.partition),
      fromOffset: first.offset,
      count: records.length,
      recordIds: records.map((r) => r.id),
    });
  }
  const count = c.inHand.reduce((sum, h) => sum + h.count, 0);
  if (c.config.commit === 'before-processing') sendCommit(ctx, c, false);
  c.busy = 'processing';
  scheduleProcessingDone(ctx, c, count * c.config.processingMsPerRecord);
}

/** The batch in hand is done after `delayMs`; an earlier schedule of it no longer counts. */
export function scheduleProcessingDone(ctx: Ctx, c: ConsumerClient, delayMs: number): void {
  c.processingSeq += 1;
  c.processingDoneAt = ctx.world.now + delayMs;
  ctx.schedule(delayMs, {
    kind: 'processingDone',
    consumer: c.clientId,
    epoch: c.epoch,
    seq: c.processingSeq,
  });
}

/** Takes up to max.poll.records from the buffer, partition by partition, starting where it stopped. */
function drainBuffer(
  c: ConsumerClient,
): { key: string; offset: number; id: LogRecord['recordId'] }[][] {
  const out: { key: string; offset: number; id: LogRecord['recordId'] }[][] = [];
  let budget = c.config.maxPollRecords;
  const n = c.assignment.length;
  for (let i = 0; i < n && budget > 0; i++) {
    const tp = c.assignment[(c.fetchRotation + i) % n]!;
    const key = tpKey(tp.topic, tp.partition);
    const buffered = c.buffer.get(key);
    if (!buffered || buffered.length === 0) continue;
    const taken = buffered.splice(0, budget);
    if (buffered.length === 0) c.buffer.delete(key);
    budget -= taken.length;
    out.push(taken.map((r) => ({ key, offset: r.offset, id: r.recordId })));
  }
  c.fetchRotation = n === 0 ? 0 : (c.fetchRotation + 1) % n;
  return out;
}

function sendFetch(ctx: Ctx, c: ConsumerClient): void {
  if (c.fetchInFlight) return;
  const wanted: (TopicPartition & { offset: number })[] = [];
  for (const tp of c.assignment) {
    const key = tpKey(tp.topic, tp.partition);
    const position = c.positions.get(key);
    if (position !== undefined && !c.buffer.has(key))
      wanted.push({ topic: tp.topic, partition: tp.partition, offset: position });
  }
  if (wanted.length === 0) return;
  c.fetchInFlight = true;
  ctx.schedule(ctx.world.settings.networkLatencyMs, {
    kind: 'fetchArrive',
    consumer: c.clientId,
    epoch: c.epoch,
    fetchId: ctx.world.nextFetchId++,
    partitions: wanted,
    maxBytes: CONSUMER_DEFAULTS['fetch.max.bytes'],
    maxPartitionBytes: CONSUMER_DEFAULTS['max.partition.fetch.bytes'],
    maxWaitMs: c.config.fetchMaxWaitMs,
  });
}

export function onFetchResponse(ctx: Ctx, c: ConsumerClient, task: TaskOf<'fetchResponse'>): void {
  c.fetchInFlight = false;
  const owned = (topic: string, partition: number) =>
    c.assignment.some((tp) => tp.topic === topic && tp.partition === partition);
  for (const bad of task.outOfRange) {
    if (!owned(bad.topic, bad.partition)) continue;
    if (
      resetPosition(ctx, c, bad, c.positions.get(tpKey(bad.topic, bad.partition)) ?? null) ===
      'fail'
    )
      return;
  }
  for (const d of task.data) {
    const key = tpKey(d.topic, d.partition);
    // Data that no longer matches the position (a seek, a revoke) is dropped, as Kafka's fetcher does.
    if (
      !owned(d.topic, d.partition) ||
      c.buffer.has(key) ||
      c.positions.get(key) !== d.records[0]?.offset
    )
      continue;
    c.buffer.set(key, [...d.records]);
  }
  if (c.busy === 'waiting') {
    c.busy = 'idle';
    schedulePoll(ctx, c, 0);
  }
}

/** Counts what a group processed twice, or skipped: the price of when it commits. */
function tallyDelivery(
  world: Ctx['world'],
  group: string,
  h: { topic: string; partition: number; from: number; to: number; count: number },
): void {
  let tallies = world.deliveries.get(group);
  if (!tallies) world.deliveries.set(group, (tallies = new Map<string, DeliveryTally>()));
  const key = tpKey(h.topic, h.partition);
  const tally = tallies.get(key);
  if (!tally) {
    tallies.set(key, { upTo: h.to + 1, processed: h.count, duplicates: 0, skipped: 0 });
    return;
  }
  tally.processed += h.count;
  if (h.from < tally.upTo) tally.duplicates += Math.min(h.to + 1, tally.upTo) - h.from;
  else tally.skipped += h.from - tally.upTo;
  tally.upTo = Math.max(tally.upTo, h.to + 1);
}

export function onProcessingDone(
  ctx: Ctx,
  c: ConsumerClient,
  task: TaskOf<'processingDone'>,
): void {
  if (task.seq !== c.processingSeq) return;
  c.busy = 'idle';
  for (const h of c.inHand) {
    c.processed.set(tpKey(h.topic, h.partition), h.to + 1);
    if (c.groupId !== null) tallyDelivery(ctx.world, c.groupId, h);
    ctx.emitStamped({
      seq: ctx.nextSeq(),
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
