// The simulation: commands in, events out, snapshot() on demand. Time is virtual and moves only
// when advanceTo() is called; randomness comes only from the seeded Rng. Same seed and same
// commands at the same virtual times give the same events, byte for byte.
import type { CommandOutcome, SimCommand } from './commands';
import { addPartitions, alterTopicConfig, createTopic, deleteTopic } from './cluster/topics';
import { commitNow, seek, startConsumer, stopConsumer } from './consumer/consumer';
import { setProcessingTime } from './consumer/processingTime';
import { BROKER_DEFAULTS, SIM_DEFAULTS } from './defaults';
import type { Result } from './errors';
import type { SimEvent, UnstampedEvent } from './events';
import { brokerId, simTime, type SimTimeMs } from './ids';
import { createProducer, flushProducer, produce } from './producer/producer';
import { setLoad } from './producer/load';
import { brokerFault, electLeaders, quorumFault } from './cluster/brokers';
import { electController } from './cluster/controller';
import { deleteGroup, deleteGroupOffsets, resetGroupOffsets } from './group/admin';
import { createRng, seedState, type Rng } from './random';
import {
  takeSnapshot,
  type RecordView,
  type SnapshotOptions,
  type WorldSnapshot,
} from './snapshot';
import { recordAt } from './cluster/partitionLog';
import type { Ctx } from './world/context';
import { sampleMetrics, type MetricsSample } from './timeline/metrics';
import {
  captureCheckpoint,
  restoreCheckpoint,
  type EngineState,
  type SimCheckpoint,
} from './checkpoint';
import { runTask } from './world/runTask';
import type { Task } from './world/tasks';
import { TaskQueue } from './world/taskQueue';
import type { World } from './world/world';

export interface SimulationOptions {
  readonly seed: number;
  /** Broker ids; Kafka's quickstart is one broker with id 0. */
  readonly brokers?: readonly number[];
  readonly mode?: 'kraft' | 'zookeeper';
  readonly networkLatencyMs?: number;
  /** Broker configs by Kafka name that differ from Kafka's defaults. */
  readonly brokerConfig?: { readonly 'log.retention.check.interval.ms'?: number };
  /** ZooKeeper mode: the ensemble's size (3, 5 or 7). */
  readonly zookeeperServers?: number;
  /** KRaft: 'combined' (brokers vote) or the number of dedicated controllers. */
  readonly kraftControllers?: 'combined' | number;
}

/** Dedicated KRaft controllers are numbered from here, clear of the brokers' ids. */
const DEDICATED_CONTROLLER_BASE_ID = 3000;

type Outcome<C extends SimCommand> = Result<CommandOutcome[C['type']]>;

export class Simulation {
  private eventSeq = 0;
  private pending: SimEvent[] = [];
  private readonly rng: Rng;
  private readonly world: World;
  private readonly queue: TaskQueue<Task>;
  private readonly ctx: Ctx;

  /** A simulation that goes on exactly as the one that took the checkpoint did. */
  static fromCheckpoint(checkpoint: SimCheckpoint): Simulation {
    return new Simulation({ seed: 0 }, restoreCheckpoint(checkpoint));
  }

  constructor(options: SimulationOptions, restored?: EngineState) {
    if (restored) {
      this.rng = createRng(restored.rng);
      this.world = restored.world;
      this.queue = new TaskQueue(restored.queue);
      this.eventSeq = restored.eventSeq;
      this.ctx = this.makeContext();
      return;
    }
    this.queue = new TaskQueue<Task>();
    this.rng = createRng(seedState(options.seed));
    const ids = [...new Set(options.brokers ?? [0])].sort((a, b) => a - b);
    this.world = {
      now: simTime(0),
      settings: {
        mode: options.mode ?? 'kraft',
        networkLatencyMs: options.networkLatencyMs ?? SIM_DEFAULTS.networkLatencyMs,
        offsetsTopicReplicationFactor: BROKER_DEFAULTS['offsets.topic.replication.factor'],
        retentionCheckIntervalMs:
          options.brokerConfig?.['log.retention.check.interval.ms'] ??
          BROKER_DEFAULTS['log.retention.check.interval.ms'],
      },
      brokers: [],
      topics: new Map(),
      producers: new Map(),
      consumers: new Map(),
      groups: new Map(),
      clientCounters: { producer: 0, consumer: 0 },
      waitingFetches: [],
      controller: { quorum: [], quorumLeader: null, activeController: null, epoch: 0 },
      fetchers: {},
      waitingReplicaFetches: [],
      nextFetchId: 1,
      nextRecordId: 1,
      loads: new Map(),
      deliveries: new Map(),
    };
    this.ctx = this.makeContext();
    ids.forEach((id, index) => {
      const broker = {
        id: brokerId(id),
        host: 'localhost',
        port: SIM_DEFAULTS.firstPort + index,
        up: true,
        fenced: false,
        isolated: false,
        fetchDelayMs: 0,
        lastHeartbeatAt: 0,
      };
      this.world.brokers.push(broker);
      this.emit({
        type: 'broker.registered',
        broker: broker.id,
        host: broker.host,
        port: broker.port,
      });
    });
    // KRaft: a single broker is its own controller (combined mode, like the quickstart); a
    // cluster gets a quorum of dedicated controllers (ids 3000…). ZooKeeper mode: an ensemble of
    // its own (3, 5 or 7 servers, ids 1…N).
    const controllers = options.kraftControllers ?? (ids.length === 1 ? 'combined' : 3);
    const quorum =
      this.world.settings.mode === 'zookeeper'
        ? Array.from({ length: options.zookeeperServers ?? 3 }, (_, i) => i + 1)
        : controllers === 'combined'
          ? ids.slice(0, 3)
          : Array.from({ length: controllers }, (_, i) => DEDICATED_CONTROLLER_BASE_ID + i);
    for (const id of quorum) this.world.controller.quorum.push({ id, up: true });
    electController(this.ctx);
    this.ctx.schedule(this.world.settings.retentionCheckIntervalMs, { kind: 'retentionCheck' });
    this.ctx.schedule(BROKER_DEFAULTS['broker.heartbeat.interval.ms'], {
      kind: 'brokerHeartbeats',
    });
    this.ctx.schedule(BROKER_DEFAULTS['replica.lag.time.max.ms'] / 2, { kind: 'isrCheck' });
    this.ctx.schedule(BROKER_DEFAULTS['leader.imbalance.check.interval.seconds'] * 1000, {
      kind: 'leaderRebalance',
    });
  }

  private makeContext(): Ctx {
    return {
      world: this.world,
      rng: this.rng,
      emit: (event) => this.emit(event),
      emitStamped: (event) => this.pending.push(event),
      nextSeq: () => this.eventSeq++,
      schedule: (delayMs, task) => this.queue.schedule(simTime(this.world.now + delayMs), task),
    };
  }

  /**
   * The whole state now, for rewinding. Take it between steps (events drained): events not yet
   * drained are not part of it.
   */
  checkpoint(): SimCheckpoint {
    return captureCheckpoint({
      world: this.world,
      queue: this.queue.state(),
      rng: this.rng.state(),
      eventSeq: this.eventSeq,
    });
  }

  /** The seq the next event will get: events before it have happened. */
  get nextEventSeq(): number {
    return this.eventSeq;
  }

  get now(): SimTimeMs {
    return this.world.now;
  }

  /** When the next scheduled task is due, if any: "step to the next event" jumps there. */
  nextDueAt(): SimTimeMs | undefined {
    return this.queue.peek()?.at;
  }

  execute<C extends SimCommand>(command: C): Outcome<C> {
    return this.dispatch(command) as Outcome<C>;
  }

  private dispatch(command: SimCommand): Result<unknown> {
    const ctx = this.ctx;
    switch (command.type) {
      case 'setLoad':
        return setLoad(ctx, command);
      case 'createTopic':
        return createTopic(ctx, command);
      case 'deleteTopic':
        return deleteTopic(ctx, command);
      case 'addPartitions':
        return addPartitions(ctx, command);
      case 'alterTopicConfig':
        return alterTopicConfig(ctx, command);
      case 'createProducer':
        return createProducer(ctx, command);
      case 'flushProducer':
        return flushProducer(ctx, command);
      case 'produce':
        return produce(ctx, command);
      case 'startConsumer':
        return startConsumer(ctx, command);
      case 'stopConsumer':
        return stopConsumer(ctx, command);
      case 'setProcessingTime':
        return setProcessingTime(ctx, command);
      case 'seek':
        return seek(ctx, command);
      case 'commit':
        return commitNow(ctx, command);
      case 'brokerFault':
        return brokerFault(ctx, command);
      case 'electLeaders':
        return electLeaders(ctx, command);
      case 'quorumFault':
        return quorumFault(ctx, command);
      case 'resetGroupOffsets':
        return resetGroupOffsets(ctx, command);
      case 'deleteGroup':
        return deleteGroup(ctx, command);
      case 'deleteGroupOffsets':
        return deleteGroupOffsets(ctx, command);
    }
  }

  /** Runs every task due up to and including `target`, then sets the clock to it. */
  advanceTo(target: SimTimeMs): void {
    if (target < this.world.now)
      throw new RangeError(`time cannot go back: ${target} < ${this.world.now}`);
    for (
      let next = this.queue.peek();
      next !== undefined && next.at <= target;
      next = this.queue.peek()
    ) {
      this.queue.pop();
      this.world.now = next.at;
      runTask(this.ctx, next.task);
    }
    this.world.now = target;
  }

  advanceBy(ms: number): void {
    this.advanceTo(simTime(this.world.now + ms));
  }

  /** Hands over the events since the last call. */
  drainEvents(): SimEvent[] {
    const events = this.pending;
    this.pending = [];
    return events;
  }

  /** Records of a partition's leader log from `from`, at most `max` (for tools that print them). */
  records(topic: string, partition: number, from: number, max: number): RecordView[] {
    const p = this.world.topics.get(topic)?.partitions[partition];
    if (!p) return [];
    const out: RecordView[] = [];
    for (
      let o = Math.max(from, p.log.logStartOffset);
      o < p.log.logEndOffset && out.length < max;
      o++
    ) {
      const r = recordAt(p.log, o);
      if (r)
        out.push({
          offset: r.offset,
          recordId: r.recordId,
          key: r.key,
          value: r.value,
          timestamp: r.timestamp,
          headers: r.headers,
        });
    }
    return out;
  }

  /** The figures the charts plot, now. */
  metrics(): MetricsSample {
    return sampleMetrics(this.world);
  }

  snapshot(options?: SnapshotOptions): WorldSnapshot {
    return takeSnapshot(this.world, this.queue.size, options);
  }

  private emit(event: UnstampedEvent): void {
    this.pending.push({ ...event, seq: this.eventSeq++, at: this.world.now });
  }
}
