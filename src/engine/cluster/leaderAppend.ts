// The leader's side of a partition: appending, the high watermark (the lowest log end offset in
// the ISR), and acks=all produces that wait for it.
import { BROKER_DEFAULTS } from '../defaults';
import { wakeWaitingFetches } from '../consumer/fetch';
import type { Ctx } from '../world/context';
import type { PartitionState, TopicState } from '../world/world';
import { appendRecords, type NewRecord } from './partitionLog';
import { wakeReplicaFetches } from './replication';

/** Appends to the leader's log and tells everyone who waits on new records. */
export function appendAsLeader(
  ctx: Ctx,
  topic: TopicState,
  p: PartitionState,
  records: readonly NewRecord[],
  duplicates = 0,
): number {
  const { baseOffset, rolls, appended } = appendRecords(
    p.log,
    records,
    topic.config,
    ctx.world.now,
  );
  for (const roll of rolls)
    ctx.emit({
      type: 'segment.rolled',
      topic: topic.name,
      partition: p.id,
      broker: p.log.broker,
      ...roll,
    });
  ctx.emitStamped({
    seq: ctx.nextSeq(),
    at: ctx.world.now,
    type: 'records.appended',
    topic: topic.name,
    partition: p.id,
    broker: p.log.broker,
    baseOffset,
    records: appended,
    duplicates,
  });
  advanceHighWatermark(ctx, topic, p);
  if (p.leader !== null) wakeReplicaFetches(ctx, p.leader, topic.name, p.id);
  return baseOffset;
}

/**
 * The high watermark moves to the lowest log end offset among the ISR's members — and among
 * caught-up followers outside it, so they can rejoin. It does not move while the ISR is smaller
 * than min.insync.replicas (capped at the replica count), as in Kafka 3.7+.
 */
export function advanceHighWatermark(ctx: Ctx, topic: TopicState, p: PartitionState): void {
  if (p.leader === null || p.isr.length < effectiveMinIsr(topic, p)) return;
  let hw = p.log.logEndOffset;
  const lag = BROKER_DEFAULTS['replica.lag.time.max.ms'];
  for (const b of p.replicas) {
    if (b === p.leader) continue;
    const progress = p.followers[b];
    if (p.isr.includes(b)) hw = Math.min(hw, progress?.logEndOffset ?? -1);
    else if (
      progress &&
      ctx.world.now - progress.lastCaughtUpAt <= lag &&
      !ctx.world.brokers.find((x) => x.id === b)?.fenced
    )
      hw = Math.min(hw, progress.logEndOffset);
  }
  if (hw <= p.highWatermark) return;
  p.highWatermark = hw;
  p.log.highWatermark = hw;
  ctx.emitStamped({
    seq: ctx.nextSeq(),
    at: ctx.world.now,
    type: 'highWatermark.advanced',
    topic: topic.name,
    partition: p.id,
    highWatermark: hw,
  });
  completeDelayed(ctx, p);
  wakeWaitingFetches(ctx, topic.name, p.id);
}

/** Answers the acks=all produces the high watermark now covers. */
function completeDelayed(ctx: Ctx, p: PartitionState): void {
  if (p.delayed.length === 0) return;
  const still = [];
  for (const d of p.delayed) {
    if (d.requiredOffset > p.highWatermark) {
      still.push(d);
      continue;
    }
    ctx.schedule(ctx.world.settings.networkLatencyMs, {
      kind: 'produceResponse',
      producer: d.producer,
      requestId: d.requestId,
      error: 'NONE',
      baseOffset: d.baseOffset,
    });
  }
  p.delayed = still;
}

/** A leader that stops leading answers its waiting produces with an error; the producer retries. */
export function failDelayed(
  ctx: Ctx,
  p: PartitionState,
  error: 'NOT_LEADER_OR_FOLLOWER' | 'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
): void {
  for (const d of p.delayed)
    ctx.schedule(ctx.world.settings.networkLatencyMs, {
      kind: 'produceResponse',
      producer: d.producer,
      requestId: d.requestId,
      error,
      baseOffset: -1,
    });
  p.delayed = [];
}

/** Partition#effectiveMinIsr: min.insync.replicas, but never more than the replicas there are. */
export function effectiveMinIsr(topic: TopicState, p: PartitionState): number {
  return Math.min(topic.config['min.insync.replicas'], p.replicas.length);
}
