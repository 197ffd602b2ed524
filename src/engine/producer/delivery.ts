// The producer's sender: batches go to their partition's current leader; an answer acknowledges
// them (acks=1 after the leader's append, acks=all after the ISR has them, acks=0 never waits);
// errors and silence (request.timeout.ms) are retried after retry.backoff.ms until
// delivery.timeout.ms has passed since the batch was made. Without idempotence a retry of a write
// that did land writes it twice.
import { partitionId } from '../ids';
import { reachable } from '../cluster/replication';
import type { Ctx } from '../world/context';
import type { TaskOf } from '../world/tasks';
import { tpKey } from '../world/world';
import type { InFlightBatch, ProducerClient } from './producerState';

/** The sender wakes up: every waiting batch becomes a request to its partition's leader. */
export function drainProducer(ctx: Ctx, task: TaskOf<'producerDrain'>): void {
  const producer = ctx.world.producers.get(task.producer);
  if (!producer) return;
  producer.drainScheduled = false;
  for (const batches of producer.batches.values()) {
    for (const batch of batches) {
      if (!batch) continue;
      const key = tpKey(batch.topic, batch.partition);
      const baseSequence = producer.sequences[key] ?? 0;
      producer.sequences[key] = baseSequence + batch.records.length;
      const flight: InFlightBatch = {
        requestId: nextRequestIdFor(ctx),
        topic: batch.topic,
        partition: batch.partition,
        records: batch.records,
        createdAt: ctx.world.now,
        baseSequence,
        attempt: 0,
        sentAt: ctx.world.now,
      };
      send(ctx, producer, flight);
    }
  }
  producer.batches.clear();
}

/** Request ids come from the world's counter, so that replays number them identically. */
function nextRequestIdFor(ctx: Ctx): number {
  return ctx.world.nextFetchId++;
}

function send(ctx: Ctx, producer: ProducerClient, flight: InFlightBatch): void {
  const { world } = ctx;
  const p = world.topics.get(flight.topic)?.partitions[flight.partition];
  const recordIds = flight.records.map((r) => r.recordId);
  flight.attempt += 1;
  flight.sentAt = world.now;
  if (!p) {
    ctx.emit({
      type: 'produce.failed',
      producer: producer.clientId,
      topic: flight.topic,
      recordIds,
      error: 'UnknownTopicOrPartitionException',
      message: 'This server does not host this topic-partition.',
    });
    return;
  }
  if (p.leader === null || !reachable(world, p.leader)) {
    // No leader to send to (LEADER_NOT_AVAILABLE): wait and look again.
    return retryLater(
      ctx,
      producer,
      flight,
      p.leader === null ? 'LEADER_NOT_AVAILABLE' : 'NETWORK_EXCEPTION',
    );
  }
  producer.inFlight.set(flight.requestId, flight);
  ctx.emitStamped({
    seq: ctx.nextSeq(),
    at: world.now,
    type: 'batch.sent',
    producer: producer.clientId,
    topic: flight.topic,
    partition: p.id,
    leader: p.leader,
    recordIds,
    attempt: flight.attempt,
  });
  ctx.schedule(world.settings.networkLatencyMs, {
    kind: 'produceArrive',
    producer: producer.clientId,
    requestId: flight.requestId,
    broker: p.leader,
    topic: flight.topic,
    partition: flight.partition,
    records:
      flight.attempt === 1 ? flight.records : flight.records.map((r) => ({ ...r, offset: -1 })),
    acks: producer.config.acks,
    idempotent: producer.config.idempotence
      ? { producerId: producer.producerId, baseSequence: flight.baseSequence }
      : null,
  });
  if (producer.config.acks === '0') {
    // Fire and forget: nothing comes back, nothing is retried.
    producer.inFlight.delete(flight.requestId);
    return;
  }
  armTimeoutTimer(ctx, producer, world.now + producer.config.requestTimeoutMs);
}

function armTimeoutTimer(ctx: Ctx, producer: ProducerClient, at: number): void {
  if (producer.timeoutTimerAt !== null && producer.timeoutTimerAt <= at) return;
  producer.timeoutTimerAt = at;
  ctx.schedule(at - ctx.world.now, { kind: 'produceTimeout', producer: producer.clientId });
}

function retryLater(
  ctx: Ctx,
  producer: ProducerClient,
  flight: InFlightBatch,
  error: string,
): void {
  const { world } = ctx;
  producer.inFlight.delete(flight.requestId);
  const recordIds = flight.records.map((r) => r.recordId);
  const elapsed = world.now + producer.config.retryBackoffMs - flight.createdAt;
  if (elapsed > producer.config.deliveryTimeoutMs || flight.attempt > producer.config.retries) {
    ctx.emit({
      type: 'produce.failed',
      producer: producer.clientId,
      topic: flight.topic,
      recordIds,
      error: 'TimeoutException',
      message: `Expiring ${recordIds.length} record(s) for ${tpKey(flight.topic, flight.partition)}:${world.now - flight.createdAt} ms has passed since batch creation`,
    });
    return;
  }
  ctx.emit({
    type: 'produce.retrying',
    producer: producer.clientId,
    topic: flight.topic,
    partition: partitionId(flight.partition),
    recordIds,
    error,
    attempt: flight.attempt,
  });
  const retryId = nextRequestIdFor(ctx);
  producer.inFlight.set(retryId, { ...flight, requestId: retryId });
  ctx.schedule(producer.config.retryBackoffMs, {
    kind: 'produceRetry',
    producer: producer.clientId,
    requestId: retryId,
  });
}

export function onProduceRetry(ctx: Ctx, task: TaskOf<'produceRetry'>): void {
  const producer = ctx.world.producers.get(task.producer);
  const flight = producer?.inFlight.get(task.requestId);
  if (!producer || !flight) return;
  producer.inFlight.delete(task.requestId);
  send(ctx, producer, flight);
}

export function receiveProduceResponse(ctx: Ctx, task: TaskOf<'produceResponse'>): void {
  const producer = ctx.world.producers.get(task.producer);
  const flight = producer?.inFlight.get(task.requestId);
  if (!producer || !flight) return; // already timed out and retried
  if (task.error !== 'NONE') return retryLater(ctx, producer, flight, task.error);
  producer.inFlight.delete(task.requestId);
  ctx.emit({
    type: 'records.acknowledged',
    producer: producer.clientId,
    topic: flight.topic,
    partition: partitionId(flight.partition),
    baseOffset: task.baseOffset,
    recordIds: flight.records.map((r) => r.recordId),
  });
}

/** No answer within request.timeout.ms: the write may or may not have landed; try again. */
export function onProduceTimeout(ctx: Ctx, task: TaskOf<'produceTimeout'>): void {
  const producer = ctx.world.producers.get(task.producer);
  if (!producer || producer.timeoutTimerAt !== ctx.world.now) return; // a stale timer
  producer.timeoutTimerAt = null;
  const timeout = producer.config.requestTimeoutMs;
  let next = Infinity;
  for (const flight of [...producer.inFlight.values()]) {
    const deadline = flight.sentAt + timeout;
    if (deadline <= ctx.world.now) retryLater(ctx, producer, flight, 'REQUEST_TIMED_OUT');
    else next = Math.min(next, deadline);
  }
  if (next !== Infinity) armTimeoutTimer(ctx, producer, next);
}
