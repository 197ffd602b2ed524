// Producers: records go into per-partition batches (the accumulator); after linger.ms the sender
// (delivery.ts) sends each batch to its partition's leader.
import type { CreateProducer, FlushProducer, Produce, ProducerSettings } from '../commands';
import { BROKER_DEFAULTS, PRODUCER_DEFAULTS } from '../defaults';
import { fail, ok, type Result } from '../errors';
import { partitionId, recordId, type RecordId } from '../ids';
import { newRecord, recordSize } from '../cluster/partitionLog';
import { createTopic } from '../cluster/topics';
import type { Ctx } from '../world/context';
import { choosePartition, partitionedBy } from './choosePartition';
import type { ProducerClient, ProducerConfig } from './producerState';

/** Most records have no headers: they all share one empty list instead of holding one each. */
const NO_HEADERS: readonly never[] = Object.freeze([]);

function configFrom(settings: ProducerSettings = {}): ProducerConfig {
  const acks = settings.acks ?? PRODUCER_DEFAULTS.acks;
  return {
    acks,
    batchSize: settings['batch.size'] ?? PRODUCER_DEFAULTS['batch.size'],
    lingerMs: settings['linger.ms'] ?? PRODUCER_DEFAULTS['linger.ms'],
    // Since 3.0 idempotence is on by default, unless acks other than all (or retries=0) turn it
    // off implicitly.
    idempotence: settings['enable.idempotence'] ?? (acks === 'all' && settings.retries !== 0),
    deliveryTimeoutMs: settings['delivery.timeout.ms'] ?? PRODUCER_DEFAULTS['delivery.timeout.ms'],
    requestTimeoutMs: settings['request.timeout.ms'] ?? PRODUCER_DEFAULTS['request.timeout.ms'],
    retryBackoffMs: PRODUCER_DEFAULTS['retry.backoff.ms'],
    retries: settings.retries ?? PRODUCER_DEFAULTS.retries,
    partitioner: settings.partitioner ?? 'sticky',
  };
}

function newProducer(
  ctx: Ctx,
  clientId: string | undefined,
  settings?: ProducerSettings,
): ProducerClient {
  const id = clientId ?? `producer-${++ctx.world.clientCounters.producer}`;
  const producer = makeProducer(id, settings);
  ctx.world.producers.set(id, producer);
  return producer;
}

/** The producer with this client id, made with Kafka's defaults if there is none yet. */
export function producerFor(ctx: Ctx, clientId: string): ProducerClient {
  return ctx.world.producers.get(clientId) ?? newProducer(ctx, clientId);
}

function makeProducer(id: string, settings?: ProducerSettings): ProducerClient {
  return {
    clientId: id,
    config: configFrom(settings),
    roundRobin: {},
    sticky: {},
    batches: new Map(),
    inFlight: new Map(),
    sequences: {},
    producerId: id,
    drainScheduled: false,
    timeoutTimerAt: null,
    sent: 0,
  };
}

/** KafkaProducer's checks of a configuration: ConfigException, with Kafka's messages. */
function checkConfig(settings: ProducerSettings): Result<true> {
  const whole = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0);
  if (
    !whole(settings['batch.size']) ||
    !whole(settings['linger.ms']) ||
    !whole(settings['delivery.timeout.ms']) ||
    !whole(settings['request.timeout.ms']) ||
    !whole(settings.retries)
  )
    return fail(
      'ConfigException',
      'batch.size, linger.ms, delivery.timeout.ms, request.timeout.ms and retries must be whole numbers, at least 0.',
    );
  if (settings['enable.idempotence'] === true && (settings.acks ?? 'all') !== 'all')
    return fail(
      'ConfigException',
      'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.',
    );
  if (settings['enable.idempotence'] === true && settings.retries === 0)
    return fail(
      'ConfigException',
      'Must set retries to non-zero when using the idempotent producer.',
    );
  const delivery = settings['delivery.timeout.ms'];
  const needed =
    (settings['linger.ms'] ?? PRODUCER_DEFAULTS['linger.ms']) +
    (settings['request.timeout.ms'] ?? PRODUCER_DEFAULTS['request.timeout.ms']);
  if (delivery !== undefined && delivery < needed)
    return fail(
      'ConfigException',
      'delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms',
    );
  return ok(true);
}

export function createProducer(ctx: Ctx, command: CreateProducer): Result<{ producer: string }> {
  if (command.producer !== undefined && ctx.world.producers.has(command.producer))
    return fail(
      'IllegalStateException',
      `A producer with client id ${command.producer} already exists.`,
    );
  const checked = checkConfig(command.config ?? {});
  if (!checked.ok) return checked;
  return ok({ producer: newProducer(ctx, command.producer, command.config).clientId });
}

export function produce(
  ctx: Ctx,
  command: Produce,
): Result<{ recordId: RecordId; partition: number }> {
  const { world } = ctx;
  let topic = world.topics.get(command.topic);
  if (!topic && BROKER_DEFAULTS['auto.create.topics.enable']) {
    // The producer's metadata request makes the broker create it (auto.create.topics.enable).
    // A record that would be refused anyway (an impossible partition) creates nothing: bad input
    // leaves the world as it was.
    const explicit = command.partition;
    const count = BROKER_DEFAULTS['num.partitions'];
    if (
      explicit !== undefined &&
      (!Number.isInteger(explicit) || explicit < 0 || explicit >= count)
    )
      return fail(
        'IllegalArgumentException',
        `Invalid partition given with record: ${explicit} is not in the range [0...${count}].`,
      );
    const created = createTopic(ctx, { type: 'createTopic', topic: command.topic });
    if (!created.ok) return created;
    topic = world.topics.get(command.topic);
  }
  if (!topic)
    return fail(
      'UnknownTopicOrPartitionException',
      `Topic ${command.topic} not present in metadata.`,
    );
  // A producer used for the first time is created with default settings, once its record is accepted.
  const clientId = command.producer ?? 'producer-1';
  const known = world.producers.get(clientId);
  const producer = known ?? makeProducer(clientId);
  const headers = command.headers ?? NO_HEADERS;
  const bytes = recordSize(command.key, command.value, headers);
  const choice = choosePartition(
    producer,
    topic.name,
    topic.partitions.length,
    command.key,
    command.partition,
    bytes,
    ctx.rng,
  );
  if (typeof choice !== 'number') return choice;
  if (!known) world.producers.set(clientId, producer);
  const partition = choice;
  producer.sent += 1;
  const id = recordId(world.nextRecordId++);
  const record = newRecord(id, command.key, command.value, headers, world.now);
  ctx.emitStamped({
    seq: ctx.nextSeq(),
    at: ctx.world.now,
    type: 'record.sent',
    recordId: id,
    producer: producer.clientId,
    topic: topic.name,
    partition: partitionId(partition),
    key: command.key,
    value: command.value,
    partitionedBy: partitionedBy(producer, command.key, command.partition),
  });
  let batches = producer.batches.get(topic.name);
  if (!batches) {
    batches = [];
    producer.batches.set(topic.name, batches);
  }
  let batch = batches[partition];
  if (!batch) {
    batch = { topic: topic.name, partition, records: [], bytes: 0 };
    batches[partition] = batch;
  }
  batch.records.push(record);
  batch.bytes += bytes;
  if (!producer.drainScheduled) {
    producer.drainScheduled = true;
    ctx.schedule(producer.config.lingerMs, { kind: 'producerDrain', producer: producer.clientId });
  }
  return ok({ recordId: id, partition });
}

/** flush() or close(): the sender wakes now for whatever waits in the accumulator. */
export function flushProducer(ctx: Ctx, command: FlushProducer): Result<{ producer: string }> {
  const producer = ctx.world.producers.get(command.producer);
  if (!producer) return fail('IllegalStateException', `No producer ${command.producer}.`);
  if (producer.batches.size > 0)
    ctx.schedule(0, { kind: 'producerDrain', producer: producer.clientId });
  return ok({ producer: producer.clientId });
}
