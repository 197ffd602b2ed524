// `sim producer NAME [options]` (a producer with chosen settings) and `sim load …` (a steady
// stream of records from one): the simulator's own, as no Kafka tool runs an application.
import { LOAD_VALUES, type ProducerSettings } from '../../engine';
import type { Job } from '../job';
import { oneOf, parseSimArgs, plainNumber, wholeNumber, type SimIo } from './simArgs';

export const PRODUCER_USAGE =
  'usage: sim producer NAME [--acks 0|1|all] [--partitioner sticky|round-robin] [--idempotence true|false] [--linger-ms N]';
export const LOAD_USAGE =
  'usage: sim load PRODUCER TOPIC RATE [--keys N] [--key-prefix P] [--values order|gps|log|click], or sim load PRODUCER stop';

export function simProducer(args: readonly string[], io: SimIo): Job {
  const parsed = parseSimArgs(args, ['acks', 'partitioner', 'idempotence', 'linger-ms']);
  if ('error' in parsed) return io.fail(`${parsed.error}\n${PRODUCER_USAGE}`);
  const { positional, options } = parsed;
  const [name, ...extra] = positional;
  if (name === undefined || extra.length > 0) return io.fail(PRODUCER_USAGE);
  const given = (option: string) => options.get(option);
  // acks=-1 is Kafka's other spelling of acks=all.
  const acksText = given('acks') === '-1' ? 'all' : given('acks');
  const acks = oneOf(acksText, ['0', '1', 'all'] as const);
  const partitioner = oneOf(given('partitioner'), ['sticky', 'round-robin'] as const);
  const idempotence = oneOf(given('idempotence'), ['true', 'false'] as const);
  const lingerMs = wholeNumber(given('linger-ms'));
  if (options.has('acks') && !acks) return io.fail('--acks is 0, 1 or all');
  if (options.has('partitioner') && !partitioner)
    return io.fail('--partitioner is sticky or round-robin');
  if (options.has('idempotence') && !idempotence) return io.fail('--idempotence is true or false');
  if (options.has('linger-ms') && lingerMs === undefined)
    return io.fail('--linger-ms is a whole number of ms, e.g. --linger-ms 5');
  const config: ProducerSettings = {
    ...(acks ? { acks } : {}),
    ...(partitioner ? { partitioner } : {}),
    ...(idempotence ? { 'enable.idempotence': idempotence === 'true' } : {}),
    ...(lingerMs === undefined ? {} : { 'linger.ms': lingerMs }),
  };
  const sim = io.ctx.world.sim;
  const result = sim.execute({ type: 'createProducer', producer: name, config });
  if (!result.ok) return io.fail(result.error.message);
  const p = sim.snapshot({ recordsPerPartition: 0 }).producers.find((x) => x.clientId === name);
  return io.done(
    p
      ? `Created producer ${name}: acks=${p.acks}, enable.idempotence=${p.idempotence}, partitioner=${p.partitioner}, linger.ms=${p.lingerMs}.\n`
      : `Created producer ${name}.\n`,
  );
}

export function simLoad(args: readonly string[], io: SimIo): Job {
  const parsed = parseSimArgs(args, ['keys', 'key-prefix', 'values']);
  if ('error' in parsed) return io.fail(`${parsed.error}\n${LOAD_USAGE}`);
  const { positional, options } = parsed;
  const sim = io.ctx.world.sim;
  const [producer, topicOrStop, rateText, ...extra] = positional;
  if (producer !== undefined && topicOrStop === 'stop' && rateText === undefined) {
    if (options.size > 0) return io.fail(LOAD_USAGE);
    const load = sim
      .snapshot({ recordsPerPartition: 0 })
      .producers.find((p) => p.clientId === producer)?.load;
    if (!load) return io.fail(`producer ${producer} sends no load`);
    const result = sim.execute({
      type: 'setLoad',
      producer,
      topic: load.topic,
      recordsPerSecond: 0,
    });
    return result.ok
      ? io.done(`Producer ${producer} stopped its load.\n`)
      : io.fail(result.error.message);
  }
  if (producer === undefined || topicOrStop === undefined || extra.length > 0)
    return io.fail(LOAD_USAGE);
  const rate = plainNumber(rateText);
  if (rate === undefined)
    return io.fail(`RATE is records per second, e.g. sim load ${producer} ${topicOrStop} 100`);
  const keys = options.has('keys') ? wholeNumber(options.get('keys')) : 0;
  if (keys === undefined) return io.fail('--keys is a whole number (0: no keys)');
  const values = options.has('values') ? oneOf(options.get('values'), LOAD_VALUES) : 'order';
  if (values === undefined)
    return io.fail(`--values is ${LOAD_VALUES.slice(0, -1).join(', ')} or ${LOAD_VALUES.at(-1)!}`);
  const keyPrefix = options.get('key-prefix');
  const wasRunning = sim
    .snapshot({ recordsPerPartition: 0 })
    .producers.some((p) => p.clientId === producer && p.load);
  const result = sim.execute({
    type: 'setLoad',
    producer,
    topic: topicOrStop,
    recordsPerSecond: rate,
    keys,
    values,
    ...(keyPrefix === undefined ? {} : { keyPrefix }),
  });
  if (!result.ok) return io.fail(result.error.message);
  if (rate === 0)
    return io.done(
      wasRunning
        ? `Producer ${producer} stopped its load.\n`
        : `Producer ${producer} sends no load.\n`,
    );
  return io.done(
    `Producer ${producer} sends ${rate} record${rate === 1 ? '' : 's'}/s to ${topicOrStop}: ${describeKeys(keys, keyPrefix ?? 'key-')}, ${values} values.\n`,
  );
}

function describeKeys(keys: number, prefix: string): string {
  if (keys === 0) return 'no keys';
  if (keys === 1) return `key ${prefix}0`;
  return `keys ${prefix}0 … ${prefix}${keys - 1}`;
}
