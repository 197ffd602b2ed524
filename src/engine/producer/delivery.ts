// The producer's sender: batches go to their partition's current leader; an answer acknowledges
// them (acks=1 after the leader's append, acks=all after the ISR has them, acks=0 never waits).
// Errors and silence (request.timeout.ms) are retried after an exponential backoff
// (retry.backoff.ms up to retry.backoff.max.ms, ±20%); a batch expires delivery.timeout.ms after it
// was made, sent or not. While a partition has no reachable leader its batches wait, without
// counting as retries. Without idempotence a retry of a write that did land writes it twice.
import { PRODUCER_DEFAULTS } from '../defaults';
import { partitionId, type BrokerId } from '../ids';
import { reachable } from '../cluster/replication';
import type { Ctx } from '../world/context';
import type { ProduceError, TaskOf } from '../world/tasks';
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
        requestId: ctx.world.nextFetchId++,
        topic: batch.topic,
        partition: batch.partition,
        records: batch.records,
        createdAt: ctx.world.now,
        baseSequence,
        attempt: 0,
        sentAt: ctx.world.now,
        state: 'waiting',
        broker: null,
      };
      producer.inFlight.set(flight.requestId, flight);
      send(ctx, producer, flight);
    }
  }
  producer.batches.clear();
}

function send(ctx: Ctx, producer: ProducerClient, flight: InFlightBatch): void {
  const { world } = ctx;
  const p = world.topics.get(flight.topic)?.partitions[flight.partition];
  if (!p)
    return finish(
      ctx,
      producer,
      flight,
      'UnknownTopicOrPartitionException',
      'This server does not host this topic-partition.',
    );
  if (producer.config.idempotence && waitsForEarlierBatch(producer, flight)) {
    // Idempotence keeps order: a batch is (re)sent only after the ones before it on its partition.
    flight.state = 'waiting';
    ctx.schedule(producer.config.retryBackoffMs, {
      kind: 'produceRetry',
      producer: producer.clientId,
      requestId: flight.requestId,
    });
    return armTimer(ctx, producer);
  }
  if (p.leader === null || !reachable(world, p.leader)) {
    // No leader to talk to: the batch waits for fresh metadata; this is not a retry.
    flight.state = 'waiting';
    ctx.schedule(backoff(ctx, producer, 1), {
      kind: 'produceRetry',
      producer: producer.clientId,
      requestId: flight.requestId,
    });
    return armTimer(ctx, producer);
  }
  flight.attempt += 1;
  flight.sentAt = world.now;
  flight.state = 'sent';
  flight.broker = p.leader;
  ctx.emitStamped({
    seq: ctx.nextSeq(),
    at: world.now,
    type: 'batch.sent',
    producer: producer.clientId,
    topic: flight.topic,
    partition: p.id,
    leader: p.leader,
    recordIds: flight.records.map((r) => r.recordId),
    attempt: flight.attempt,
  });
  ctx.schedule(world.settings.networkLatencyMs, {
    kind: 'produceArrive',
    producer: producer.clientId,
    requestId: flight.requestId,
    broker: p.leader,
    topic: flight.topic,
    partition: flight.partition,
    // A retry carries copies: the first attempt's records may already sit in a log.
    records:
      flight.attempt === 1 ? flight.records : flight.records.map((r) => ({ ...r, offset: -1 })),
    acks: producer.config.acks,
    idempotent: producer.config.idempotence
      ? { producerId: producer.producerId, baseSequence: flight.baseSequence }
      : null,
  });
  if (producer.config.acks === '0') {
    producer.inFlight.delete(flight.requestId); // fire and forget: nothing comes back
    return;
  }
  armTimer(ctx, producer);
}

function waitsForEarlierBatch(producer: ProducerClient, flight: InFlightBatch): boolean {
  for (const other of producer.inFlight.values())
    if (
      other !== flight &&
      other.topic === flight.topic &&
      other.partition === flight.partition &&
      other.baseSequence < flight.baseSequence &&
      other.state === 'waiting'
    )
      return true;
  return false;
}

/** Kafka 3.7+ (KIP-580): retry.backoff.ms doubling up to retry.backoff.max.ms, with ±20% jitter. */
function backoff(ctx: Ctx, producer: ProducerClient, attempt: number): number {
  const base = Math.min(
    producer.config.retryBackoffMs * 2 ** Math.max(0, attempt - 1),
    PRODUCER_DEFAULTS['retry.backoff.max.ms'],
  );
  return Math.round(base * (0.8 + 0.4 * ctx.rng.nextFloat()));
}

const EXCEPTIONS: Record<string, [string, string]> = {
  NOT_ENOUGH_REPLICAS: [
    'NotEnoughReplicasException',
    'Messages are rejected since there are fewer in-sync replicas than required.',
  ],
  NOT_LEADER_OR_FOLLOWER: [
    'NotLeaderOrFollowerException',
    'For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.',
  ],
  NETWORK_EXCEPTION: [
    'NetworkException',
    'The server disconnected before a response was received.',
  ],
  OUT_OF_ORDER_SEQUENCE_NUMBER: [
    'OutOfOrderSequenceException',
    'The broker received an out of order sequence number.',
  ],
  REQUEST_TIMED_OUT: ['TimeoutException', 'The request timed out.'],
  UNKNOWN_TOPIC_OR_PARTITION: [
    'UnknownTopicOrPartitionException',
    'This server does not host this topic-partition.',
  ],
};

function retryLater(
  ctx: Ctx,
  producer: ProducerClient,
  flight: InFlightBatch,
  error: ProduceError | 'REQUEST_TIMED_OUT',
): void {
  if (expireIfDue(ctx, producer, flight)) return;
  if (flight.attempt > producer.config.retries) {
    const [name, message] = EXCEPTIONS[error] ?? ['KafkaException', error];
    return finish(ctx, producer, flight, name, message);
  }
  ctx.emit({
    type: 'produce.retrying',
    producer: producer.clientId,
    topic: flight.topic,
    partition: partitionId(flight.partition),
    recordIds: flight.records.map((r) => r.recordId),
    error,
    attempt: flight.attempt,
  });
  // A new request id: an answer to the old attempt arriving late is ignored.
  producer.inFlight.delete(flight.requestId);
  const retry: InFlightBatch = { ...flight, requestId: ctx.world.nextFetchId++, state: 'waiting' };
  producer.inFlight.set(retry.requestId, retry);
  ctx.schedule(backoff(ctx, producer, flight.attempt), {
    kind: 'produceRetry',
    producer: producer.clientId,
    requestId: retry.requestId,
  });
  armTimer(ctx, producer);
}

function expireIfDue(ctx: Ctx, producer: ProducerClient, flight: InFlightBatch): boolean {
  const age = ctx.world.now - flight.createdAt;
  if (age < producer.config.deliveryTimeoutMs) return false;
  finish(
    ctx,
    producer,
    flight,
    'TimeoutException',
    `Expiring ${flight.records.length} record(s) for ${tpKey(flight.topic, flight.partition)}:${age} ms has passed since batch creation`,
  );
  return true;
}

function finish(
  ctx: Ctx,
  producer: ProducerClient,
  flight: InFlightBatch,
  error: string,
  message: string,
): void {
  producer.inFlight.delete(flight.requestId);
  ctx.emit({
    type: 'produce.failed',
    producer: producer.clientId,
    topic: flight.topic,
    recordIds: flight.records.map((r) => r.recordId),
    error,
    message,
  });
}

export function onProduceRetry(ctx: Ctx, task: TaskOf<'produceRetry'>): void {
  const producer = ctx.world.producers.get(task.producer);
  const flight = producer?.inFlight.get(task.requestId);
  if (!producer || !flight || flight.state !== 'waiting') return;
  if (!expireIfDue(ctx, producer, flight)) send(ctx, producer, flight);
}

export function receiveProduceResponse(ctx: Ctx, task: TaskOf<'produceResponse'>): void {
  const producer = ctx.world.producers.get(task.producer);
  const flight = producer?.inFlight.get(task.requestId);
  if (!producer || !flight || flight.state !== 'sent') return; // already retried, expired or failed
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

/** A crashed broker's connections close: its pending requests fail at once (NetworkException). */
export function disconnectFrom(ctx: Ctx, broker: BrokerId): void {
  for (const producer of ctx.world.producers.values())
    for (const flight of [...producer.inFlight.values()])
      if (flight.state === 'sent' && flight.broker === broker)
        retryLater(ctx, producer, flight, 'NETWORK_EXCEPTION');
}

/** One timer per producer: request.timeout.ms for requests out, delivery.timeout.ms for every batch. */
function armTimer(ctx: Ctx, producer: ProducerClient): void {
  let next = Infinity;
  for (const f of producer.inFlight.values()) {
    next = Math.min(next, f.createdAt + producer.config.deliveryTimeoutMs);
    if (f.state === 'sent') next = Math.min(next, f.sentAt + producer.config.requestTimeoutMs);
  }
  if (
    next === Infinity ||
    (producer.timeoutTimerAt !== null &&
      producer.timeoutTimerAt <= next &&
      producer.timeoutTimerAt >= ctx.world.now)
  )
    return;
  producer.timeoutTimerAt = next;
  ctx.schedule(next - ctx.world.now, { kind: 'produceTimeout', producer: producer.clientId });
}

export function onProduceTimeout(ctx: Ctx, task: TaskOf<'produceTimeout'>): void {
  const producer = ctx.world.producers.get(task.producer);
  if (!producer || producer.timeoutTimerAt !== ctx.world.now) return; // a stale timer
  producer.timeoutTimerAt = null;
  for (const flight of [...producer.inFlight.values()]) {
    if (expireIfDue(ctx, producer, flight)) continue;
    if (
      flight.state === 'sent' &&
      flight.sentAt + producer.config.requestTimeoutMs <= ctx.world.now
    )
      retryLater(ctx, producer, flight, 'REQUEST_TIMED_OUT');
  }
  armTimer(ctx, producer);
}
