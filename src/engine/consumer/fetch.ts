// Fetching: a consumer asks the partitions' leaders for records from its positions; a broker with
// nothing new holds the request until data arrives or fetch.max.wait.ms passes (long polling).
// Consumers read only up to the high watermark.
import { readRecords } from '../cluster/partitionLog';
import { reachable } from '../cluster/replication';
import type { Ctx } from '../world/context';
import type { TaskOf } from '../world/tasks';
import type { TopicPartition, WaitingFetch } from '../world/world';

type Wanted = readonly (TopicPartition & { readonly offset: number })[];
interface FetchLimits {
  readonly maxBytes: number;
  readonly maxPartitionBytes: number;
}

/** Up to max.partition.fetch.bytes from each partition and fetch.max.bytes in all. */
function collect(ctx: Ctx, wanted: Wanted, limits: FetchLimits) {
  const data: TaskOf<'fetchResponse'>['data'][number][] = [];
  const outOfRange: TaskOf<'fetchResponse'>['outOfRange'][number][] = [];
  let budget = limits.maxBytes;
  for (const want of wanted) {
    const partition = ctx.world.topics.get(want.topic)?.partitions[want.partition];
    // Only a reachable leader serves a fetch; the consumer tries again next poll.
    if (!partition || !reachable(ctx.world, partition.leader)) continue;
    const log = partition.log;
    if (want.offset < log.logStartOffset || want.offset > log.logEndOffset) {
      outOfRange.push({
        topic: want.topic,
        partition: want.partition,
        logStartOffset: log.logStartOffset,
        logEndOffset: partition.highWatermark,
      });
      continue;
    }
    if (budget <= 0) continue;
    const records = readRecords(
      log,
      want.offset,
      Math.min(budget, limits.maxPartitionBytes),
      partition.highWatermark,
    );
    if (records.length === 0) continue;
    for (const r of records) budget -= r.size;
    data.push({ topic: want.topic, partition: want.partition, records });
  }
  return { data, outOfRange };
}

function respond(ctx: Ctx, fetch: WaitingFetch, result: ReturnType<typeof collect>): void {
  ctx.schedule(ctx.world.settings.networkLatencyMs, {
    kind: 'fetchResponse',
    consumer: fetch.consumer,
    epoch: fetch.epoch,
    fetchId: fetch.fetchId,
    ...result,
  });
}

export function receiveFetch(ctx: Ctx, task: TaskOf<'fetchArrive'>): void {
  const result = collect(ctx, task.partitions, task);
  if (result.data.length > 0 || result.outOfRange.length > 0 || task.maxWaitMs <= 0)
    return respond(ctx, task, result);
  ctx.world.waitingFetches.push({
    fetchId: task.fetchId,
    consumer: task.consumer,
    epoch: task.epoch,
    partitions: task.partitions,
    maxBytes: task.maxBytes,
    maxPartitionBytes: task.maxPartitionBytes,
  });
  ctx.schedule(task.maxWaitMs, {
    kind: 'fetchWaitExpired',
    consumer: task.consumer,
    epoch: task.epoch,
    fetchId: task.fetchId,
  });
}

function takeWaiting(ctx: Ctx, index: number): WaitingFetch {
  return ctx.world.waitingFetches.splice(index, 1)[0]!;
}

/** New records in a partition answer the fetches waiting on it. */
export function wakeWaitingFetches(ctx: Ctx, topic: string, partition: number): void {
  const waiting = ctx.world.waitingFetches;
  for (let i = waiting.length - 1; i >= 0; i--) {
    const fetch = waiting[i]!;
    if (!fetch.partitions.some((p) => p.topic === topic && p.partition === partition)) continue;
    respond(ctx, takeWaiting(ctx, i), collect(ctx, fetch.partitions, fetch));
  }
}

export function expireWaitingFetch(ctx: Ctx, task: TaskOf<'fetchWaitExpired'>): void {
  const index = ctx.world.waitingFetches.findIndex((f) => f.fetchId === task.fetchId);
  if (index < 0) return;
  const fetch = takeWaiting(ctx, index);
  respond(ctx, fetch, collect(ctx, fetch.partitions, fetch));
}
