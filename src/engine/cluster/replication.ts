// Followers copy the leader: one replica fetcher per (follower, leader) pair asks for everything
// after each partition's log end; the leader answers at once or holds the request up to
// replica.fetch.wait.max.ms, learns from it how far each follower got, and moves the high
// watermark. A follower whose log diverged (after an election) truncates first.
import { BROKER_DEFAULTS } from '../defaults';
import { brokerId, partitionId, type BrokerId } from '../ids';
import type { Ctx } from '../world/context';
import type { TaskOf } from '../world/tasks';
import type { PartitionState, TopicState, WaitingReplicaFetch, World } from '../world/world';
import { advanceHighWatermark } from './leaderAppend';
import { appendRecords, divergencePoint, readRecords, truncateTo } from './partitionLog';

const key = (follower: number, leader: number) => `${follower}>${leader}`;

export function reachable(world: World, broker: number | null): boolean {
  if (broker === null) return false;
  const b = world.brokers.find((x) => x.id === broker);
  return b !== undefined && b.up && !b.isolated;
}

function followed(
  world: World,
  follower: BrokerId,
  leader: BrokerId,
): { topic: TopicState; p: PartitionState }[] {
  const out: { topic: TopicState; p: PartitionState }[] = [];
  for (const topic of world.topics.values())
    for (const p of topic.partitions)
      if (p.leader === leader && p.replicas.includes(follower) && follower !== leader)
        out.push({ topic, p });
  return out;
}

/** Starts the fetchers the current leadership needs and retires the others. */
export function syncFetchers(ctx: Ctx): void {
  const { world } = ctx;
  const wanted = new Set<string>();
  for (const topic of world.topics.values())
    for (const p of topic.partitions)
      if (p.leader !== null)
        for (const r of p.replicas) if (r !== p.leader) wanted.add(key(r, p.leader));
  for (const [k, f] of Object.entries(world.fetchers)) {
    if (f.active && !wanted.has(k)) {
      f.active = false;
      f.epoch += 1;
    }
  }
  for (const k of wanted) {
    const f = (world.fetchers[k] ??= { epoch: 0, active: false });
    if (f.active) continue;
    f.active = true;
    f.epoch += 1;
    const [follower, leader] = k.split('>').map(Number) as [number, number];
    ctx.schedule(0, {
      kind: 'replicaFetch',
      follower: brokerId(follower),
      leader: brokerId(leader),
      epoch: f.epoch,
    });
  }
}

function current(world: World, task: { follower: number; leader: number; epoch: number }): boolean {
  const f = world.fetchers[key(task.follower, task.leader)];
  return f !== undefined && f.active && f.epoch === task.epoch;
}

/** The follower sends a fetch for every partition it follows from that leader. */
export function sendReplicaFetch(ctx: Ctx, task: TaskOf<'replicaFetch'>): void {
  const { world } = ctx;
  if (!current(world, task)) return;
  const retry = () => ctx.schedule(BROKER_DEFAULTS['replica.fetch.wait.max.ms'], task);
  const follower = world.brokers.find((b) => b.id === task.follower);
  if (!follower?.up) return retry();
  const partitions = followed(world, task.follower, task.leader).map(({ topic, p }) => ({
    topic: topic.name,
    partition: p.id,
    fetchOffset: p.logs[task.follower]?.logEndOffset ?? 0,
  }));
  if (partitions.length === 0) return retry();
  if (!reachable(world, task.follower) || !reachable(world, task.leader)) return retry();
  ctx.schedule(world.settings.networkLatencyMs + follower.fetchDelayMs, {
    kind: 'replicaFetchArrive',
    fetchId: world.nextFetchId++,
    follower: task.follower,
    leader: task.leader,
    epoch: task.epoch,
    partitions,
  });
}

function answer(ctx: Ctx, fetch: WaitingReplicaFetch, force: boolean): boolean {
  const { world } = ctx;
  const data: TaskOf<'replicaFetchResponse'>['data'][number][] = [];
  let any = false;
  for (const want of fetch.partitions) {
    const topic = world.topics.get(want.topic);
    const p = topic?.partitions[want.partition];
    if (!topic || !p || p.leader !== fetch.leader) continue;
    const followerLog = p.logs[fetch.follower];
    if (!followerLog) continue;
    // How far the follower got, as far as it agrees with this leader.
    const diverge = divergencePoint(followerLog, p.log);
    const truncate = diverge < want.fetchOffset ? diverge : null;
    const from = truncate ?? want.fetchOffset;
    const records = readRecords(
      p.log,
      from,
      BROKER_DEFAULTS['replica.fetch.max.bytes'],
      p.log.logEndOffset,
    );
    if (records.length > 0 || truncate !== null) any = true;
    data.push({
      topic: want.topic,
      partition: want.partition,
      records,
      fetchOffset: from,
      leaderHighWatermark: p.highWatermark,
      truncateTo: truncate,
    });
  }
  if (!any && !force) return false;
  ctx.schedule(world.settings.networkLatencyMs, {
    kind: 'replicaFetchResponse',
    follower: fetch.follower,
    leader: fetch.leader,
    epoch: fetch.epoch,
    data,
  });
  return true;
}

/**
 * The leader learns the follower's log end from a fetch's arrival (Kafka's
 * Replica#updateFetchState): caught up if it reached the leader's log end — or the end the leader
 * had at the previous fetch, which counts from that fetch. A caught-up follower may rejoin the ISR.
 */
function noteProgress(
  ctx: Ctx,
  topic: TopicState,
  p: PartitionState,
  follower: BrokerId,
  logEnd: number,
): void {
  const now = ctx.world.now;
  const leaderEnd = p.log.logEndOffset;
  const progress = (p.followers[follower] ??= {
    logEndOffset: -1,
    lastCaughtUpAt: now,
    lastFetchAt: now,
    lastFetchLeaderEnd: leaderEnd,
  });
  if (logEnd >= leaderEnd) progress.lastCaughtUpAt = Math.max(progress.lastCaughtUpAt, now);
  else if (logEnd >= progress.lastFetchLeaderEnd)
    progress.lastCaughtUpAt = Math.max(progress.lastCaughtUpAt, progress.lastFetchAt);
  progress.logEndOffset = logEnd;
  progress.lastFetchAt = now;
  progress.lastFetchLeaderEnd = leaderEnd;
  const broker = ctx.world.brokers.find((b) => b.id === follower);
  if (
    !p.isr.includes(follower) &&
    logEnd >= p.highWatermark &&
    broker &&
    !broker.fenced &&
    controllerActive(ctx.world)
  ) {
    p.isr = p.replicas.filter((r) => r === follower || p.isr.includes(r));
    ctx.emit({
      type: 'isr.expanded',
      topic: topic.name,
      partition: p.id,
      broker: follower,
      isr: [...p.isr],
    });
  }
  advanceHighWatermark(ctx, topic, p);
}

/** ISR changes need the controller to accept them (AlterPartition / a ZooKeeper write). */
export function controllerActive(world: World): boolean {
  const q = world.controller.quorum;
  return world.controller.activeController !== null && q.filter((v) => v.up).length * 2 > q.length;
}

export function receiveReplicaFetch(ctx: Ctx, task: TaskOf<'replicaFetchArrive'>): void {
  if (!reachable(ctx.world, task.leader) || !current(ctx.world, task)) return;
  for (const want of task.partitions) {
    const topic = ctx.world.topics.get(want.topic);
    const p = topic?.partitions[want.partition];
    const followerLog = p?.logs[task.follower];
    if (!topic || !p || !followerLog || p.leader !== task.leader) continue;
    noteProgress(
      ctx,
      topic,
      p,
      task.follower,
      Math.min(want.fetchOffset, divergencePoint(followerLog, p.log)),
    );
  }
  if (answer(ctx, task, false)) return;
  ctx.world.waitingReplicaFetches.push(task);
  ctx.schedule(BROKER_DEFAULTS['replica.fetch.wait.max.ms'], {
    kind: 'replicaFetchWaitExpired',
    fetchId: task.fetchId,
  });
}

/** New records at a leader answer the follower fetches parked there for that partition. */
export function wakeReplicaFetches(
  ctx: Ctx,
  leader: BrokerId,
  topic: string,
  partition: number,
): void {
  const waiting = ctx.world.waitingReplicaFetches;
  for (let i = waiting.length - 1; i >= 0; i--) {
    const f = waiting[i]!;
    if (
      f.leader !== leader ||
      !f.partitions.some((p) => p.topic === topic && p.partition === partition)
    )
      continue;
    waiting.splice(i, 1);
    answer(ctx, f, true);
  }
}

export function expireReplicaFetch(ctx: Ctx, task: TaskOf<'replicaFetchWaitExpired'>): void {
  const waiting = ctx.world.waitingReplicaFetches;
  const i = waiting.findIndex((f) => f.fetchId === task.fetchId);
  if (i < 0) return;
  const [f] = waiting.splice(i, 1);
  if (reachable(ctx.world, f!.leader)) answer(ctx, f!, true);
}

/** The follower truncates where it diverged, appends what came, and fetches again. */
export function receiveReplicaFetchResponse(ctx: Ctx, task: TaskOf<'replicaFetchResponse'>): void {
  const { world } = ctx;
  if (!current(world, task) || !reachable(world, task.follower)) return;
  for (const d of task.data) {
    const topic = world.topics.get(d.topic);
    const p = topic?.partitions[d.partition];
    const log = p?.logs[task.follower];
    if (!topic || !p || !log || p.leader !== task.leader) continue;
    if (d.truncateTo !== null && log.logEndOffset > d.truncateTo) {
      const removed = truncateTo(log, d.truncateTo);
      ctx.emit({
        type: 'records.truncated',
        topic: topic.name,
        partition: p.id,
        broker: task.follower,
        fromOffset: d.truncateTo,
        records: removed.map((r) => ({ recordId: r.recordId, offset: r.offset, key: r.key })),
      });
    }
    if (log.logEndOffset !== d.fetchOffset || d.records.length === 0) {
      log.highWatermark = Math.min(d.leaderHighWatermark, log.logEndOffset);
      continue;
    }
    appendRecords(log, d.records, topic.config, world.now);
    log.highWatermark = Math.min(d.leaderHighWatermark, log.logEndOffset);
    ctx.emitStamped({
      seq: ctx.nextSeq(),
      at: world.now,
      type: 'records.replicated',
      topic: topic.name,
      partition: partitionId(d.partition),
      broker: task.follower,
      fromOffset: d.fetchOffset,
      count: d.records.length,
    });
  }
  ctx.schedule(0, {
    kind: 'replicaFetch',
    follower: task.follower,
    leader: task.leader,
    epoch: task.epoch,
  });
}
