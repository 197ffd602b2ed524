// The simulator's load generator: a producer sending at a steady rate, as an application in a
// loop would. It is engine state with a timer, so it replays exactly and costs no journal entries.
import type { SetLoad } from '../commands';
import { fail, ok, type Result } from '../errors';
import type { Ctx } from '../world/context';
import type { Task } from '../world/tasks';
import { isLoadValues, LOAD_VALUES, loadValue } from './loadValues';
import { produce, producerFor } from './producer';

/** The load's clock: records are produced every 10 virtual ms. */
const TICK_MS = 10;
const MAX_RATE = 100_000;

export function setLoad(
  ctx: Ctx,
  command: SetLoad,
): Result<{ producer: string; recordsPerSecond: number }> {
  const rate = command.recordsPerSecond;
  if (!Number.isFinite(rate) || rate < 0 || rate > MAX_RATE)
    return fail('IllegalArgumentException', `recordsPerSecond must be 0…${MAX_RATE}: ${rate}`);
  const keys = command.keys ?? 0;
  if (!Number.isInteger(keys) || keys < 0)
    return fail('IllegalArgumentException', `keys must be a whole number ≥ 0: ${keys}`);
  const values = command.values ?? 'order';
  if (!isLoadValues(values))
    return fail(
      'IllegalArgumentException',
      `values must be one of ${LOAD_VALUES.join(', ')}: ${String(values)}`,
    );
  if (!ctx.world.topics.has(command.topic))
    return fail(
      'UnknownTopicOrPartitionException',
      `Topic ${command.topic} not present in metadata.`,
    );
  const previous = ctx.world.loads.get(command.producer);
  const epoch = (previous?.epoch ?? 0) + 1;
  if (rate === 0) ctx.world.loads.delete(command.producer);
  else {
    // The application makes its producer before its loop: it is there before the first record.
    producerFor(ctx, command.producer);
    ctx.world.loads.set(command.producer, {
      producer: command.producer,
      topic: command.topic,
      recordsPerSecond: rate,
      keys,
      keyPrefix: command.keyPrefix ?? 'key-',
      values,
      epoch,
      carry: 0,
      sent: previous?.sent ?? 0,
    });
    ctx.schedule(TICK_MS, { kind: 'loadTick', producer: command.producer, epoch });
  }
  return ok({ producer: command.producer, recordsPerSecond: rate });
}

export function runLoadTick(ctx: Ctx, task: Extract<Task, { kind: 'loadTick' }>): void {
  const load = ctx.world.loads.get(task.producer);
  if (!load || load.epoch !== task.epoch) return;
  load.carry += (load.recordsPerSecond * TICK_MS) / 1000;
  const count = Math.floor(load.carry);
  load.carry -= count;
  for (let i = 0; i < count; i++) {
    const n = load.sent++;
    const keyIndex = load.keys > 0 ? n % load.keys : null;
    const result = produce(ctx, {
      type: 'produce',
      producer: load.producer,
      topic: load.topic,
      key: keyIndex === null ? null : `${load.keyPrefix}${keyIndex}`,
      value: loadValue(load.values, n, keyIndex, ctx.world.now),
    });
    // The topic went away: the load stops, as an application would fail.
    if (!result.ok) {
      ctx.world.loads.delete(load.producer);
      return;
    }
  }
  ctx.schedule(TICK_MS, { kind: 'loadTick', producer: load.producer, epoch: load.epoch });
}
