// A produce request at a broker: only the partition's leader takes it; acks=all needs
// min.insync.replicas in the ISR (else NotEnoughReplicas) and is answered once the high watermark
// covers it; idempotent producers' retries of a batch already written are acknowledged, not
// written again.
import type { Segment } from '../world/world';
import type { Ctx } from '../world/context';
import type { ProduceError, TaskOf } from '../world/tasks';
import { appendAsLeader, effectiveMinIsr } from './leaderAppend';
import { reachable } from './replication';
import type { PartitionState } from '../world/world';

function reply(
  ctx: Ctx,
  task: TaskOf<'produceArrive'>,
  error: ProduceError,
  baseOffset = -1,
): void {
  if (task.acks === '0') {
    // Nobody hears of it in Kafka; the simulator shows the loss.
    if (error !== 'NONE') lostWithoutAcks(ctx, task, error);
    return;
  }
  ctx.schedule(ctx.world.settings.networkLatencyMs, {
    kind: 'produceResponse',
    producer: task.producer,
    requestId: task.requestId,
    error,
    baseOffset,
  });
}

export function receiveProduce(ctx: Ctx, task: TaskOf<'produceArrive'>): void {
  const { world } = ctx;
  const broker = world.brokers.find((b) => b.id === task.broker);
  // A dead broker's connection is refused at once; an isolated one just never answers.
  if (!broker?.up) return reply(ctx, task, 'NOT_LEADER_OR_FOLLOWER');
  if (!reachable(world, task.broker)) {
    if (task.acks === '0') lostWithoutAcks(ctx, task, 'NETWORK_EXCEPTION');
    return;
  }
  const topic = world.topics.get(task.topic);
  const p = topic?.partitions[task.partition];
  if (!topic || !p) return reply(ctx, task, 'UNKNOWN_TOPIC_OR_PARTITION');
  if (p.leader !== task.broker) return reply(ctx, task, 'NOT_LEADER_OR_FOLLOWER');
  if (task.acks === 'all' && p.isr.length < effectiveMinIsr(topic, p)) {
    ctx.emit({
      type: 'produce.rejected',
      producer: task.producer,
      topic: topic.name,
      partition: p.id,
      error: 'NotEnoughReplicasException',
      message: 'Messages are rejected since there are fewer in-sync replicas than required.',
    });
    return reply(ctx, task, 'NOT_ENOUGH_REPLICAS');
  }
  const count = task.records.length;
  if (task.idempotent) {
    const seen = p.sequences[task.idempotent.producerId];
    const last = seen?.lastSequence ?? -1;
    // Sequence numbers must follow on: a gap means an earlier batch is still to come (it is being
    // retried), so this one waits its turn — that is how idempotence keeps order across retries.
    // A partition with no state for this producer (new, or re-created) takes whatever comes first.
    const first = task.idempotent.baseSequence;
    if (seen && first <= last) {
      // A retry of one of the last batches written: acknowledged without writing it again.
      const same = seen.batches.find((b) => b.first === first && b.last === first + count - 1);
      if (!same) return reply(ctx, task, 'OUT_OF_ORDER_SEQUENCE_NUMBER');
      ctx.emit({
        type: 'produce.deduplicated',
        producer: task.producer,
        topic: topic.name,
        partition: p.id,
        baseOffset: same.baseOffset,
        count,
      });
      return answerWhenCommitted(ctx, task, p, same.baseOffset, count);
    }
    if (seen && first > last + 1) return reply(ctx, task, 'OUT_OF_ORDER_SEQUENCE_NUMBER');
  }
  // Without idempotence the broker cannot tell a retry from a new write; the simulator can, and says so.
  const ids = new Set(task.records.map((r) => r.recordId));
  const duplicates = task.idempotent ? 0 : countAlreadyWritten(p.log.segments, ids);
  const baseOffset = appendAsLeader(ctx, topic, p, task.records, duplicates);
  if (task.idempotent) {
    const state = (p.sequences[task.idempotent.producerId] ??= { lastSequence: -1, batches: [] });
    const last = task.idempotent.baseSequence + count - 1;
    state.lastSequence = last;
    // Kafka remembers the last five batches of each producer.
    state.batches.push({ first: task.idempotent.baseSequence, last, baseOffset });
    if (state.batches.length > 5) state.batches.shift();
  }
  answerWhenCommitted(ctx, task, p, baseOffset, count);
}

function answerWhenCommitted(
  ctx: Ctx,
  task: TaskOf<'produceArrive'>,
  p: PartitionState,
  baseOffset: number,
  count: number,
): void {
  if (task.acks !== 'all' || p.highWatermark >= baseOffset + count)
    return reply(ctx, task, 'NONE', baseOffset);
  p.delayed.push({
    requestId: task.requestId,
    producer: task.producer,
    requiredOffset: baseOffset + count,
    baseOffset,
    recordIds: task.records.map((r) => r.recordId),
  });
}

/** How many of these record ids the log already holds (checked against its newest segment only). */
function countAlreadyWritten(segments: readonly Segment[], ids: ReadonlySet<number>): number {
  const last = segments.at(-1);
  if (!last) return 0;
  let n = 0;
  for (let i = Math.max(0, last.records.length - 4 * ids.size); i < last.records.length; i++)
    if (ids.has(last.records.get(i)!.recordId)) n++;
  return n;
}

function lostWithoutAcks(ctx: Ctx, task: TaskOf<'produceArrive'>, error: string): void {
  ctx.emit({
    type: 'produce.failed',
    producer: task.producer,
    topic: task.topic,
    recordIds: task.records.map((r) => r.recordId),
    error,
    message:
      'acks=0: the producer does not wait for an answer, so these records are lost without a word.',
  });
}
