// What can happen to a broker: a controlled shutdown (leaders moved away first), a crash (found
// only when its heartbeats stop), a restart (it catches up and rejoins the ISRs), being cut off
// from the network, and being slow to fetch.
import type { BrokerFault, ElectLeaders, QuorumFault } from '../commands';
import { BROKER_DEFAULTS } from '../defaults';
import { fail, ok, type Result } from '../errors';
import type { Ctx } from '../world/context';
import type { BrokerState } from '../world/world';
import {
  electController,
  electPreferredLeader,
  elect,
  fence,
  hasQuorum,
  moveLeadershipAway,
} from './controller';
import { syncFetchers } from './replication';
import { disconnectFrom } from '../producer/delivery';

function find(ctx: Ctx, id: number): BrokerState | undefined {
  return ctx.world.brokers.find((b) => b.id === id);
}

function stopProcess(ctx: Ctx, b: BrokerState): void {
  b.up = false;
  // Requests parked at it die with it.
  const waiting = ctx.world.waitingReplicaFetches;
  for (let i = waiting.length - 1; i >= 0; i--)
    if (waiting[i]!.leader === b.id) waiting.splice(i, 1);
  if (ctx.world.settings.mode === 'kraft') {
    const voter = ctx.world.controller.quorum.find((v) => v.id === b.id);
    if (voter) voter.up = false;
    if (ctx.world.controller.activeController === b.id)
      loseActiveController(ctx, BROKER_DEFAULTS['controller.quorum.fetch.timeout.ms']);
  }
}

export function brokerFault(ctx: Ctx, command: BrokerFault): Result<{ broker: number }> {
  const b = find(ctx, command.broker);
  if (!b) return fail('IllegalArgumentException', `There is no broker with id ${command.broker}.`);
  switch (command.fault) {
    case 'stop': {
      if (!b.up) return fail('IllegalStateException', `Broker ${b.id} is not running.`);
      ctx.emit({ type: 'broker.stopping', broker: b.id });
      // Controlled shutdown: the controller moves its leaderships first, so nothing is lost.
      if (
        hasQuorum(ctx.world) &&
        ctx.world.controller.activeController !== null &&
        ctx.world.controller.activeController !== b.id
      )
        moveLeadershipAway(ctx, b.id, 'controlled shutdown');
      stopProcess(ctx, b);
      if (!b.fenced) fence(ctx, b, 'controlled shutdown');
      ctx.emit({ type: 'broker.stopped', broker: b.id, how: 'controlled shutdown' });
      return ok({ broker: b.id });
    }
    case 'kill':
      if (!b.up) return fail('IllegalStateException', `Broker ${b.id} is not running.`);
      stopProcess(ctx, b);
      disconnectFrom(ctx, b.id);
      ctx.emit({ type: 'broker.stopped', broker: b.id, how: 'crash' });
      return ok({ broker: b.id });
    case 'start':
      if (b.up) return fail('IllegalStateException', `Broker ${b.id} is already running.`);
      b.up = true;
      b.isolated = false;
      if (ctx.world.settings.mode === 'kraft') {
        const voter = ctx.world.controller.quorum.find((v) => v.id === b.id);
        if (voter) voter.up = true;
        if (ctx.world.controller.activeController === null) electController(ctx);
      }
      ctx.emit({ type: 'broker.started', broker: b.id });
      return ok({ broker: b.id });
    case 'isolate':
    case 'reconnect':
      b.isolated = command.fault === 'isolate';
      ctx.emit({ type: b.isolated ? 'broker.isolated' : 'broker.reconnected', broker: b.id });
      syncFetchers(ctx);
      return ok({ broker: b.id });
    case 'slow':
      b.fetchDelayMs = Math.max(0, command.fetchDelayMs ?? 0);
      ctx.emit({ type: 'broker.slowed', broker: b.id, fetchDelayMs: b.fetchDelayMs });
      return ok({ broker: b.id });
  }
}

/** A controller (KRaft) or ZooKeeper server stops or starts; losing the majority freezes the cluster. */
export function quorumFault(ctx: Ctx, command: QuorumFault): Result<{ node: number }> {
  const c = ctx.world.controller;
  const node = c.quorum.find((v) => v.id === command.node);
  if (!node)
    return fail(
      'IllegalArgumentException',
      `There is no controller or ZooKeeper server with id ${command.node}.`,
    );
  if (ctx.world.brokers.some((b) => b.id === command.node))
    return fail(
      'IllegalArgumentException',
      `Node ${command.node} is a broker in combined mode: stop or start it as a broker.`,
    );
  if ((command.fault === 'stop') !== node.up)
    return fail(
      'IllegalStateException',
      `Node ${command.node} is already ${node.up ? 'running' : 'stopped'}.`,
    );
  node.up = command.fault === 'start';
  ctx.emit({
    type: 'quorum.changed',
    node: command.node,
    up: node.up,
    mode: ctx.world.settings.mode,
  });
  if (ctx.world.settings.mode === 'zookeeper') {
    // ZooKeeper elects its own leader among the servers; Kafka's controller only notices if the
    // ensemble loses its majority (or gets it back).
    const zkLeader = hasQuorum(ctx.world)
      ? (c.quorum.filter((v) => v.up).at(-1)?.id ?? null)
      : null;
    c.quorumLeader = zkLeader;
    if ((zkLeader === null) !== (c.activeController === null)) electController(ctx);
    return ok({ node: command.node });
  }
  if (c.quorumLeader === command.node && !node.up) loseActiveController(ctx, 0);
  else if (c.activeController === null && hasQuorum(ctx.world)) scheduleControllerElection(ctx, 0);
  else if (!hasQuorum(ctx.world)) electController(ctx);
  return ok({ node: command.node });
}

/**
 * The active KRaft controller is gone. A stopped one resigns at once; a crashed one is noticed
 * after controller.quorum.fetch.timeout.ms. The voters then elect within a random backoff of up to
 * controller.quorum.election.backoff.max.ms.
 */
function loseActiveController(ctx: Ctx, noticeAfterMs: number): void {
  const c = ctx.world.controller;
  c.quorumLeader = null;
  c.activeController = null;
  ctx.emit({
    type: 'controller.elected',
    controller: null,
    epoch: c.epoch,
    mode: ctx.world.settings.mode,
  });
  scheduleControllerElection(ctx, noticeAfterMs);
}

function scheduleControllerElection(ctx: Ctx, noticeAfterMs: number): void {
  const backoff = ctx.rng.nextInt(BROKER_DEFAULTS['controller.quorum.election.backoff.max.ms']);
  ctx.schedule(noticeAfterMs + backoff, {
    kind: 'controllerElection',
    epoch: ctx.world.controller.epoch,
  });
}

/** kafka-leader-election: preferred (back to the first replica) or unclean (any live replica). */
export function electLeaders(ctx: Ctx, command: ElectLeaders): Result<{ elected: number }> {
  let elected = 0;
  for (const topic of ctx.world.topics.values()) {
    if (command.topic !== undefined && topic.name !== command.topic) continue;
    for (const p of topic.partitions) {
      if (command.partition !== undefined && p.id !== command.partition) continue;
      if (command.election === 'preferred') elected += electPreferredLeader(ctx, topic, p) ? 1 : 0;
      else if (p.leader === null) {
        elect(ctx, topic, p, 'unclean election (kafka-leader-election)', true);
        if (p.leader !== null) elected += 1;
      }
    }
  }
  syncFetchers(ctx);
  return ok({ elected });
}
