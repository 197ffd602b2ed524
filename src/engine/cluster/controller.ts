// The controller: it hears brokers' heartbeats, fences a broker that goes quiet, and elects new
// partition leaders from the ISR (unclean.leader.election.enable: from any live replica). KRaft
// runs a quorum of voters (combined mode: the first three brokers) whose Raft leader is the active
// controller; ZooKeeper mode has an ensemble and one broker elected controller. Without a quorum
// nothing is fenced or elected: the cluster's metadata is frozen.
import { BROKER_DEFAULTS } from '../defaults';
import type { BrokerId } from '../ids';
import { electLeader, electPreferred, imbalanceRatio } from '../kernels/leaderElection';
import type { Ctx } from '../world/context';
import type { BrokerState, PartitionState, TopicState, World } from '../world/world';
import { advanceHighWatermark, failDelayed } from './leaderAppend';
import { recordAt } from './partitionLog';
import { reachable, syncFetchers } from './replication';
import { OFFSETS_TOPIC } from '../kernels/coordinator';
import { onOffsetsLeaderChange } from '../group/groups';

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
  if (world.controller.activeController === null || !hasQuorum(world)) return;
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
  broker.fenced = true;
  ctx.emit({ type: 'broker.fenced', broker: broker.id, reason });
  if (
    broker.id === ctx.world.controller.activeController &&
    ctx.world.settings.mode === 'zookeeper'
  )
    electController(ctx);
  moveLeadershipAway(ctx, broker.id, 'broker failure');
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
      // The last member of an ISR stays in it (KRaft keeps it so that it can come back clean).
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

/** Elects a leader for `p` (or none), with the records the choice loses. */
export function elect(ctx: Ctx, topic: TopicState, p: PartitionState, reason: string): void {
  const { world } = ctx;
  const previous = p.leader;
  const choice = electLeader(p.replicas, p.isr, (b) => isLive(world, b), uncleanAllowed(topic));
  if (choice.leader === previous) return;
  // A live old leader answers its waiting acks=all produces with an error; a dead one cannot.
  if (reachable(world, previous)) failDelayed(ctx, p, 'NOT_LEADER_OR_FOLLOWER');
  else p.delayed = [];
  p.leaderEpoch += 1;
  p.leader = choice.leader;
  if (choice.leader === null) {
    ctx.emit({
      type: 'leader.elected',
      topic: topic.name,
      partition: p.id,
      leader: null,
      previous,
      epoch: p.leaderEpoch,
      isr: [...p.isr],
      unclean: false,
      reason,
      lost: [],
    });
    if (topic.name === OFFSETS_TOPIC) onOffsetsLeaderChange(ctx, p.id, previous, null);
    return;
  }
  const oldLog = p.log;
  const newLog = p.logs[choice.leader]!;
  // Whatever the old leader had beyond what the new one has is gone: it will be truncated.
  const lost = [];
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
  if (choice.unclean) p.isr = [choice.leader];
  p.log = newLog;
  p.highWatermark = Math.min(Math.max(newLog.highWatermark, 0), newLog.logEndOffset);
  newLog.highWatermark = p.highWatermark;
  p.followers = {};
  for (const b of p.isr)
    if (b !== choice.leader)
      p.followers[b] = { logEndOffset: p.logs[b]?.logEndOffset ?? 0, lastCaughtUpAt: world.now };
  ctx.emit({
    type: 'leader.elected',
    topic: topic.name,
    partition: p.id,
    leader: choice.leader,
    previous,
    epoch: p.leaderEpoch,
    isr: [...p.isr],
    unclean: choice.unclean,
    reason,
    lost,
  });
  advanceHighWatermark(ctx, topic, p);
  if (topic.name === OFFSETS_TOPIC) onOffsetsLeaderChange(ctx, p.id, previous, choice.leader);
}

/** The leader drops followers that have not caught up within replica.lag.time.max.ms. */
export function checkIsr(ctx: Ctx): void {
  const { world } = ctx;
  const lag = BROKER_DEFAULTS['replica.lag.time.max.ms'];
  ctx.schedule(lag / 2, { kind: 'isrCheck' });
  for (const topic of world.topics.values()) {
    for (const p of topic.partitions) {
      if (p.leader === null || !isLive(world, p.leader)) continue;
      const late = p.isr.filter(
        (b) => b !== p.leader && world.now - (p.followers[b]?.lastCaughtUpAt ?? world.now) > lag,
      );
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

/** auto.leader.rebalance.enable: leadership goes back to preferred replicas when a broker's imbalance is over 10%. */
export function rebalanceLeaders(ctx: Ctx, force = false): void {
  const { world } = ctx;
  if (!force)
    ctx.schedule(BROKER_DEFAULTS['leader.imbalance.check.interval.seconds'] * 1000, {
      kind: 'leaderRebalance',
    });
  if (world.controller.activeController === null || !hasQuorum(world)) return;
  for (const broker of world.brokers) {
    const preferredHere: { topic: TopicState; p: PartitionState }[] = [];
    for (const topic of world.topics.values())
      for (const p of topic.partitions)
        if (p.replicas[0] === broker.id) preferredHere.push({ topic, p });
    const notLeading = preferredHere.filter(({ p }) => p.leader !== broker.id);
    const ratio = imbalanceRatio(preferredHere.length, notLeading.length);
    if (!force && ratio * 100 <= BROKER_DEFAULTS['leader.imbalance.per.broker.percentage'])
      continue;
    for (const { topic, p } of notLeading) electPreferredLeader(ctx, topic, p);
  }
  syncFetchers(ctx);
}

export function electPreferredLeader(ctx: Ctx, topic: TopicState, p: PartitionState): boolean {
  const preferred = electPreferred(p.replicas, p.isr, (b) => isLive(ctx.world, b));
  if (preferred === null || preferred === p.leader) return false;
  failDelayed(ctx, p, 'NOT_LEADER_OR_FOLLOWER');
  const previous = p.leader;
  p.leaderEpoch += 1;
  p.leader = preferred;
  p.log = p.logs[preferred]!;
  p.log.highWatermark = Math.min(p.highWatermark, p.log.logEndOffset);
  p.followers = {};
  for (const b of p.isr)
    if (b !== preferred)
      p.followers[b] = {
        logEndOffset: p.logs[b]?.logEndOffset ?? 0,
        lastCaughtUpAt: ctx.world.now,
      };
  ctx.emit({
    type: 'leader.elected',
    topic: topic.name,
    partition: p.id,
    leader: preferred,
    previous,
    epoch: p.leaderEpoch,
    isr: [...p.isr],
    unclean: false,
    reason: 'preferred replica',
    lost: [],
  });
  if (topic.name === OFFSETS_TOPIC) onOffsetsLeaderChange(ctx, p.id, previous, preferred);
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
  } else {
    const zk = c.quorum.filter((v) => v.up);
    c.quorumLeader = hasQuorum(world) ? (zk.at(-1)?.id ?? null) : null;
    c.activeController =
      c.quorumLeader === null
        ? null
        : (world.brokers.find((b) => b.up && !b.fenced && !b.isolated)?.id ?? null);
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
