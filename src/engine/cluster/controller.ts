// The controller: it hears brokers' heartbeats, fences a broker that goes quiet, and elects new
// partition leaders from the ISR (unclean.leader.election.enable: from any live replica). KRaft
// runs a quorum of controllers whose Raft leader is the active controller; ZooKeeper mode has an
// ensemble and one broker elected controller. Without a quorum nothing is fenced, elected or
// changed in an ISR: the cluster's metadata is frozen.
import { BROKER_DEFAULTS } from '../defaults';
import type { BrokerId } from '../ids';
import { OFFSETS_TOPIC } from '../kernels/coordinator';
import { electLeader, electPreferred, imbalanceRatio } from '../kernels/leaderElection';
import { onOffsetsLeaderChange } from '../group/groups';
import type { Ctx } from '../world/context';
import type { BrokerState, PartitionState, TopicState, World } from '../world/world';
import { advanceHighWatermark, failDelayed } from './leaderAppend';
import { recordAt } from './partitionLog';
import { controllerActive, reachable, syncFetchers } from './replication';

export function hasQuorum(world: World): boolean {
  const q = world.controller.quorum;
  return q.filter((v) => v.up).length * 2 > q.length;
}

export function isLive(world: World, broker: BrokerId): boolean {
  const b = world.brokers.find((x) => x.id === broker);
  return b !== undefined && b.up && !b.fenced;
}

function sessionTimeout(world: World): number {
  return world.settings.mode === 'kraft'
    ? BROKER_DEFAULTS['broker.session.timeout.ms']
    : BROKER_DEFAULTS['zookeeper.session.timeout.ms'];
}

/** Every heartbeat interval: live, reachable brokers check in; silent ones past the session timeout are fenced. */
export function brokerHeartbeats(ctx: Ctx): void {
  const { world } = ctx;
  ctx.schedule(BROKER_DEFAULTS['broker.heartbeat.interval.ms'], { kind: 'brokerHeartbeats' });
  if (!controllerActive(world)) return;
  for (const b of world.brokers) if (b.up && !b.isolated) b.lastHeartbeatAt = world.now;
  for (const b of world.brokers) {
    if (b.fenced || world.now - b.lastHeartbeatAt < sessionTimeout(world)) continue;
    fence(
      ctx,
      b,
      world.settings.mode === 'kraft'
        ? 'broker.session.timeout.ms'
        : 'zookeeper.session.timeout.ms',
    );
  }
  // A live broker that was fenced is let back in once it heartbeats again.
  for (const b of world.brokers) if (b.fenced && b.up && !b.isolated) unfence(ctx, b);
}

export function fence(ctx: Ctx, broker: BrokerState, reason: string): void {
  if (!controllerActive(ctx.world)) return;
  broker.fenced = true;
  ctx.emit({ type: 'broker.fenced', broker: broker.id, reason });
  if (
    broker.id === ctx.world.controller.activeController &&
    ctx.world.settings.mode === 'zookeeper'
  )
    electController(ctx);
  moveLeadershipAway(
    ctx,
    broker.id,
    reason === 'controlled shutdown' ? 'controlled shutdown' : 'broker failure',
  );
}

export function unfence(ctx: Ctx, broker: BrokerState): void {
  broker.fenced = false;
  broker.lastHeartbeatAt = ctx.world.now;
  ctx.emit({ type: 'broker.unfenced', broker: broker.id });
  // Partitions with no leader can take this broker if it is in their ISR.
  for (const topic of ctx.world.topics.values())
    for (const p of topic.partitions)
      if (p.leader === null && p.replicas.includes(broker.id))
        elect(ctx, topic, p, 'broker returned');
  syncFetchers(ctx);
}

function uncleanAllowed(topic: TopicState): boolean {
  return topic.config['unclean.leader.election.enable'] === 'true';
}

/** Takes `broker` out of every ISR and hands its leaderships to others. */
export function moveLeadershipAway(
  ctx: Ctx,
  broker: BrokerId,
  reason: 'broker failure' | 'controlled shutdown',
): void {
  for (const topic of ctx.world.topics.values()) {
    for (const p of topic.partitions) {
      if (!p.replicas.includes(broker)) continue;
      const wasLeader = p.leader === broker;
      // The last member of an ISR stays in it, so that it can come back as a clean leader.
      if (p.isr.includes(broker) && (p.isr.length > 1 || !wasLeader)) {
        p.isr = p.isr.filter((b) => b !== broker);
        ctx.emit({
          type: 'isr.shrunk',
          topic: topic.name,
          partition: p.id,
          broker,
          isr: [...p.isr],
          reason,
        });
      }
      if (wasLeader) elect(ctx, topic, p, reason);
      else if (p.leader !== null) advanceHighWatermark(ctx, topic, p);
    }
  }
  syncFetchers(ctx);
}

/**
 * Elects a leader for `p` (or none). An unclean choice is allowed when the topic's config allows
 * it, or when an operator asks for one (kafka-leader-election --election-type unclean).
 */
export function elect(
  ctx: Ctx,
  topic: TopicState,
  p: PartitionState,
  reason: string,
  allowUnclean = uncleanAllowed(topic),
): void {
  const choice = electLeader(p.replicas, p.isr, (b) => isLive(ctx.world, b), allowUnclean);
  if (choice.leader === p.leader) return;
  if (choice.unclean && choice.leader !== null) p.isr = [choice.leader];
  switchLeader(ctx, topic, p, choice.leader, reason, choice.unclean);
}

/**
 * Makes `leader` the partition's leader: a new epoch, the records only the old leader had named
 * as lost, the new leader's own high watermark, followers not yet heard from, and producer state
 * rebuilt from what the new leader's log holds.
 */
function switchLeader(
  ctx: Ctx,
  topic: TopicState,
  p: PartitionState,
  leader: BrokerId | null,
  reason: string,
  unclean: boolean,
): void {
  const { world } = ctx;
  const previous = p.leader;
  // A live old leader answers its waiting acks=all produces with an error; a dead one cannot.
  if (reachable(world, previous)) failDelayed(ctx, p, 'NOT_LEADER_OR_FOLLOWER');
  else p.delayed = [];
  p.leaderEpoch += 1;
  p.leader = leader;
  const lost = [];
  if (leader !== null) {
    const oldLog = p.log;
    const newLog = p.logs[leader]!;
    for (let o = newLog.logEndOffset; o < oldLog.logEndOffset; o++) {
      const r = recordAt(oldLog, o);
      if (r)
        lost.push({
          recordId: r.recordId,
          offset: r.offset,
          key: r.key,
          committed: o < p.highWatermark,
        });
    }
    p.log = newLog;
    p.highWatermark = Math.min(newLog.highWatermark, newLog.logEndOffset);
    newLog.highWatermark = p.highWatermark;
    p.followers = {};
    for (const b of p.replicas)
      if (b !== leader)
        p.followers[b] = {
          logEndOffset: -1,
          lastCaughtUpAt: world.now,
          lastFetchAt: world.now,
          lastFetchLeaderEnd: newLog.logEndOffset,
        };
    pruneProducerState(p);
  }
  ctx.emit({
    type: 'leader.elected',
    topic: topic.name,
    partition: p.id,
    leader,
    previous,
    epoch: p.leaderEpoch,
    isr: [...p.isr],
    unclean,
    reason,
    lost,
  });
  if (leader !== null) advanceHighWatermark(ctx, topic, p);
  if (topic.name === OFFSETS_TOPIC) onOffsetsLeaderChange(ctx, p.id, previous, leader);
}

/** Each replica rebuilds producer state from its own log: batches the new leader lacks are forgotten. */
function pruneProducerState(p: PartitionState): void {
  for (const [producer, state] of Object.entries(p.sequences)) {
    state.batches = state.batches.filter(
      (b) => b.baseOffset < p.log.logEndOffset && recordAt(p.log, b.baseOffset) !== undefined,
    );
    if (state.batches.length === 0) delete p.sequences[producer];
    else state.lastSequence = state.batches[state.batches.length - 1]!.last;
  }
}

/** The leader drops followers that have not caught up within replica.lag.time.max.ms. */
export function checkIsr(ctx: Ctx): void {
  const { world } = ctx;
  const lag = BROKER_DEFAULTS['replica.lag.time.max.ms'];
  ctx.schedule(lag / 2, { kind: 'isrCheck' });
  if (!controllerActive(world)) return; // an ISR change needs the controller
  for (const topic of world.topics.values()) {
    for (const p of topic.partitions) {
      if (p.leader === null || !isLive(world, p.leader)) continue;
      const late = p.isr.filter((b) => {
        if (b === p.leader) return false;
        const progress = p.followers[b];
        // A follower with everything the leader has is never out of sync.
        if (progress && progress.logEndOffset >= p.log.logEndOffset) return false;
        return world.now - (progress?.lastCaughtUpAt ?? world.now) > lag;
      });
      if (late.length === 0) continue;
      p.isr = p.isr.filter((b) => !late.includes(b));
      for (const b of late)
        ctx.emit({
          type: 'isr.shrunk',
          topic: topic.name,
          partition: p.id,
          broker: b,
          isr: [...p.isr],
          reason: 'replica.lag.time.max.ms',
        });
      advanceHighWatermark(ctx, topic, p);
    }
  }
}

/**
 * auto.leader.rebalance.enable: leadership goes back to preferred replicas. KRaft moves every
 * imbalanced partition; the ZooKeeper controller only a broker's whose imbalance is over
 * leader.imbalance.per.broker.percentage.
 */
export function rebalanceLeaders(ctx: Ctx): void {
  const { world } = ctx;
  ctx.schedule(BROKER_DEFAULTS['leader.imbalance.check.interval.seconds'] * 1000, {
    kind: 'leaderRebalance',
  });
  if (!controllerActive(world) || !BROKER_DEFAULTS['auto.leader.rebalance.enable']) return;
  for (const broker of world.brokers) {
    const preferredHere: { topic: TopicState; p: PartitionState }[] = [];
    for (const topic of world.topics.values())
      for (const p of topic.partitions)
        if (p.replicas[0] === broker.id) preferredHere.push({ topic, p });
    const notLeading = preferredHere.filter(({ p }) => p.leader !== broker.id);
    const ratio = imbalanceRatio(preferredHere.length, notLeading.length);
    if (
      world.settings.mode === 'zookeeper' &&
      ratio * 100 <= BROKER_DEFAULTS['leader.imbalance.per.broker.percentage']
    )
      continue;
    for (const { topic, p } of notLeading) electPreferredLeader(ctx, topic, p);
  }
  syncFetchers(ctx);
}

export function electPreferredLeader(ctx: Ctx, topic: TopicState, p: PartitionState): boolean {
  const preferred = electPreferred(p.replicas, p.isr, (b) => isLive(ctx.world, b));
  if (preferred === null || preferred === p.leader) return false;
  switchLeader(ctx, topic, p, preferred, 'preferred replica', false);
  return true;
}

/** Picks the active controller: KRaft's Raft leader among live voters; ZooKeeper's first live broker. */
export function electController(ctx: Ctx): void {
  const { world } = ctx;
  const c = world.controller;
  const previous = c.activeController;
  if (world.settings.mode === 'kraft') {
    const live = c.quorum.filter((v) => v.up);
    c.quorumLeader =
      hasQuorum(world) && live.length > 0 ? live[ctx.rng.nextInt(live.length)]!.id : null;
    c.activeController = c.quorumLeader;
    // A new active controller gives every registered broker a fresh session (ClusterControlManager#activate).
    if (c.activeController !== null)
      for (const b of world.brokers) if (!b.fenced) b.lastHeartbeatAt = world.now;
  } else {
    const zk = c.quorum.filter((v) => v.up);
    c.quorumLeader = hasQuorum(world) ? (zk.at(-1)?.id ?? null) : null;
    const sitting =
      previous === null
        ? undefined
        : world.brokers.find((b) => b.id === previous && b.up && !b.fenced && !b.isolated);
    c.activeController =
      c.quorumLeader === null
        ? null
        : (sitting?.id ?? world.brokers.find((b) => b.up && !b.fenced && !b.isolated)?.id ?? null);
  }
  if (c.activeController !== previous) {
    c.epoch += 1;
    ctx.emit({
      type: 'controller.elected',
      controller: c.activeController,
      epoch: c.epoch,
      mode: world.settings.mode,
    });
  }
}
