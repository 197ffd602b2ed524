// The simulation: commands in, events out, snapshot() on demand. Time is virtual and moves only
// when advanceTo() is called; randomness comes only from the seeded Rng. Same seed and same
// commands at the same virtual times give the same events, byte for byte.
import type { CommandOutcome, Produce, SimCommand, CreateTopic } from './commands';
import { KAFKA_DEFAULTS, SIM_DEFAULTS } from './defaults';
import { fail, ok, type Result } from './errors';
import type { SimEvent, UnstampedEvent } from './events';
import { brokerId, offset, partitionId, simTime, type BrokerId, type SimTimeMs } from './ids';
import { partitionForKey, roundRobinPartition } from './kernels/partitioner';
import { placeReplicasRackUnaware } from './kernels/replicaPlacementZk';
import { unifyCollisionChars, validateTopicName } from './kernels/topicName';
import { createRng, seedState, type Rng } from './random';
import { takeSnapshot, type SnapshotOptions, type WorldSnapshot } from './snapshot';
import type { BrokerState, PartitionState, ProducerState, Task, TopicState } from './world/state';
import { TaskQueue } from './world/taskQueue';

export interface SimulationOptions {
  readonly seed: number;
  /** Broker ids; Kafka's quickstart is one broker with id 0. */
  readonly brokers?: readonly number[];
  readonly networkLatencyMs?: number;
}

type Outcome<C extends SimCommand> = Result<CommandOutcome[C['type']]>;

export class Simulation {
  private clock: SimTimeMs = simTime(0);
  private eventSeq = 0;
  private pending: SimEvent[] = [];
  private readonly rng: Rng;
  private readonly latency: number;
  private readonly brokers: BrokerState[] = [];
  private readonly topics: TopicState[] = [];
  private readonly producers = new Map<string, ProducerState>();
  private readonly queue = new TaskQueue<Task>();

  constructor(options: SimulationOptions) {
    this.rng = createRng(seedState(options.seed));
    this.latency = options.networkLatencyMs ?? SIM_DEFAULTS.networkLatencyMs;
    const ids = [...(options.brokers ?? [0])].sort((a, b) => a - b);
    ids.forEach((id, index) => {
      const broker: BrokerState = {
        id: brokerId(id),
        host: 'localhost',
        port: SIM_DEFAULTS.firstPort + index,
        up: true,
      };
      this.brokers.push(broker);
      this.emit({
        type: 'broker.registered',
        broker: broker.id,
        host: broker.host,
        port: broker.port,
      });
    });
  }

  get now(): SimTimeMs {
    return this.clock;
  }

  /** When the next scheduled task is due, if any: "step to the next event" jumps there. */
  nextDueAt(): SimTimeMs | undefined {
    return this.queue.peek()?.at;
  }

  execute<C extends SimCommand>(command: C): Outcome<C> {
    switch (command.type) {
      case 'createTopic':
        return this.createTopic(command) as Outcome<C>;
      case 'produce':
        return this.produce(command) as Outcome<C>;
    }
  }

  /** Runs every task due up to and including `target`, then sets the clock to it. */
  advanceTo(target: SimTimeMs): void {
    if (target < this.clock) throw new RangeError(`time cannot go back: ${target} < ${this.clock}`);
    for (
      let next = this.queue.peek();
      next !== undefined && next.at <= target;
      next = this.queue.peek()
    ) {
      this.queue.pop();
      this.clock = next.at;
      this.run(next.task);
    }
    this.clock = target;
  }

  advanceBy(ms: number): void {
    this.advanceTo(simTime(this.clock + ms));
  }

  /** Runs until nothing is scheduled. */
  runUntilIdle(): void {
    for (let next = this.queue.peek(); next !== undefined; next = this.queue.peek()) {
      this.advanceTo(next.at);
    }
  }

  /** Hands over the events since the last call. */
  drainEvents(): SimEvent[] {
    const events = this.pending;
    this.pending = [];
    return events;
  }

  snapshot(options?: SnapshotOptions): WorldSnapshot {
    return takeSnapshot(this.clock, this.brokers, this.topics, this.queue.size, options);
  }

  private emit(event: UnstampedEvent): void {
    this.pending.push({ ...event, seq: this.eventSeq++, at: this.clock });
  }

  private findTopic(name: string): TopicState | undefined {
    return this.topics.find((t) => t.name === name);
  }

  private createTopic(command: CreateTopic): Result<{ topic: string }> {
    const name = validateTopicName(command.topic);
    if (!name.ok) return name;
    if (this.findTopic(command.topic))
      return fail('TopicExistsException', `Topic '${command.topic}' already exists.`);
    const colliding = this.topics.find(
      (t) => unifyCollisionChars(t.name) === unifyCollisionChars(command.topic),
    );
    if (colliding)
      return fail(
        'InvalidTopicException',
        `Topic '${command.topic}' collides with existing topic: ${colliding.name}`,
      );
    const partitions = command.partitions ?? KAFKA_DEFAULTS['num.partitions'];
    const rf = command.replicationFactor ?? KAFKA_DEFAULTS['default.replication.factor'];
    if (!Number.isInteger(partitions) || partitions < 1)
      return fail('InvalidPartitionsException', 'Number of partitions must be larger than 0.');
    if (!Number.isInteger(rf) || rf < 1)
      return fail('InvalidReplicationFactorException', 'Replication factor must be larger than 0.');
    const live = this.brokers.filter((b) => b.up).map((b) => b.id);
    if (rf > live.length)
      return fail(
        'InvalidReplicationFactorException',
        `Replication factor: ${rf} larger than available brokers: ${live.length}.`,
      );
    const assignment = placeReplicasRackUnaware(live, partitions, rf, this.rng);
    this.topics.push({
      name: command.topic,
      partitions: assignment.map((replicas, i): PartitionState => ({
        id: partitionId(i),
        replicas,
        leader: replicas[0]!,
        logStartOffset: 0,
        log: [],
      })),
    });
    this.emit({
      type: 'topic.created',
      topic: command.topic,
      partitions,
      replicationFactor: rf,
      assignment,
    });
    return ok({ topic: command.topic });
  }

  private producer(clientId: string): ProducerState {
    let producer = this.producers.get(clientId);
    if (!producer) {
      producer = { clientId, roundRobin: {}, sent: 0 };
      this.producers.set(clientId, producer);
    }
    return producer;
  }

  private produce(command: Produce): Result<{ recordId: string; partition: number }> {
    const topic = this.findTopic(command.topic);
    if (!topic)
      return fail(
        'UnknownTopicOrPartitionException',
        `Topic ${command.topic} not present in metadata.`,
      );
    const count = topic.partitions.length;
    const producer = this.producer(command.producer ?? 'producer-1');
    let partition;
    let partitionedBy: 'key' | 'explicit' | 'round-robin';
    if (command.partition !== undefined) {
      if (
        !Number.isInteger(command.partition) ||
        command.partition < 0 ||
        command.partition >= count
      )
        return fail(
          'IllegalArgumentException',
          `Invalid partition given with record: ${command.partition} is not in the range [0...${count}].`,
        );
      partition = partitionId(command.partition);
      partitionedBy = 'explicit';
    } else if (command.key !== null) {
      partition = partitionForKey(command.key, count);
      partitionedBy = 'key';
    } else {
      const chosen = roundRobinPartition(producer.roundRobin[topic.name] ?? 0, count);
      producer.roundRobin[topic.name] = chosen.next;
      partition = chosen.partition;
      partitionedBy = 'round-robin';
    }
    producer.sent += 1;
    const recordId = `${producer.clientId}#${producer.sent}`;
    const leader: BrokerId = topic.partitions[partition]!.leader;
    this.emit({
      type: 'record.sent',
      recordId,
      producer: producer.clientId,
      topic: topic.name,
      partition,
      leader,
      key: command.key,
      value: command.value,
      partitionedBy,
    });
    this.queue.schedule(simTime(this.clock + this.latency), {
      kind: 'deliverProduce',
      recordId,
      topic: topic.name,
      partition,
      key: command.key,
      value: command.value,
      timestamp: this.clock,
    });
    return ok({ recordId, partition });
  }

  private run(task: Task): void {
    switch (task.kind) {
      case 'deliverProduce': {
        const partition = this.findTopic(task.topic)?.partitions[task.partition];
        if (!partition) return;
        const at = offset(partition.logStartOffset + partition.log.length);
        partition.log.push({
          offset: at,
          recordId: task.recordId,
          key: task.key,
          value: task.value,
          timestamp: task.timestamp,
        });
        this.emit({
          type: 'record.appended',
          recordId: task.recordId,
          topic: task.topic,
          partition: task.partition,
          offset: at,
          broker: partition.leader,
          key: task.key,
        });
      }
    }
  }
}
