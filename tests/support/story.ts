// A test driver for the engine that reads like a story (STYLE.md §6):
//   story().brokers(101, 102, 103).topic('orders', 3).produce('orders', 'k', 'v').advance(100)
// Every command must succeed unless the test says otherwise (`tryTo`); every event is kept.
import {
  Simulation,
  type EventOf,
  type Result,
  type SimCommand,
  type SimEvent,
  type SimEventType,
  type StartConsumer,
  type WorldSnapshot,
} from '../../src/engine';

export class Story {
  readonly events: SimEvent[] = [];
  private simulation: Simulation;

  constructor(
    private readonly seed = 1,
    brokers: readonly number[] = [101, 102, 103],
    mode: 'kraft' | 'zookeeper' = 'kraft',
  ) {
    this.simulation = new Simulation({ seed, brokers, mode });
    this.collect();
  }

  get sim(): Simulation {
    return this.simulation;
  }

  get now(): number {
    return this.simulation.now;
  }

  /** A fresh world with these brokers (call before anything else). */
  brokers(...ids: number[]): this {
    this.simulation = new Simulation({ seed: this.seed, brokers: ids });
    this.events.length = 0;
    this.collect();
    return this;
  }

  do(command: SimCommand): this {
    const result = this.simulation.execute(command);
    if (!result.ok)
      throw new Error(`${command.type} failed: ${result.error.name}: ${result.error.message}`);
    this.collect();
    return this;
  }

  tryTo(command: SimCommand): Result<unknown> {
    const result = this.simulation.execute(command);
    this.collect();
    return result;
  }

  topic(name: string, partitions: number, config?: Record<string, string>): this {
    return this.do({ type: 'createTopic', topic: name, partitions, ...(config ? { config } : {}) });
  }

  producer(producer: string, partitioner: 'sticky' | 'round-robin' = 'sticky'): this {
    return this.do({ type: 'createProducer', producer, config: { partitioner } });
  }

  produce(topic: string, key: string | null, value: string, producer?: string): this {
    return this.do({ type: 'produce', topic, key, value, ...(producer ? { producer } : {}) });
  }

  /** Produces `count` records whose keys come from `key(i)` (null: keyless). */
  produceMany(topic: string, count: number, key: (i: number) => string | null = () => null): this {
    for (let i = 0; i < count; i++) this.produce(topic, key(i), `v${i}`);
    return this;
  }

  consumer(consumer: string, options: Omit<StartConsumer, 'type' | 'consumer'>): this {
    return this.do({ type: 'startConsumer', consumer, ...options });
  }

  close(consumer: string): this {
    return this.do({ type: 'stopConsumer', consumer, how: 'close' });
  }

  crash(consumer: string): this {
    return this.do({ type: 'stopConsumer', consumer, how: 'crash' });
  }

  advance(ms: number): this {
    this.simulation.advanceBy(ms);
    this.collect();
    return this;
  }

  /** Advances until an event of `type` matching `where` happens (at most `limitMs`). */
  until<T extends SimEventType>(
    type: T,
    where: (e: EventOf<T>) => boolean = () => true,
    limitMs = 600_000,
  ): EventOf<T> {
    const start = this.events.length;
    for (let waited = 0; waited <= limitMs; waited += 10) {
      const found = this.events
        .slice(start)
        .find((e): e is EventOf<T> => e.type === type && where(e as EventOf<T>));
      if (found) return found;
      this.advance(10);
    }
    throw new Error(`no ${type} within ${limitMs} ms`);
  }

  eventsOf<T extends SimEventType>(type: T): EventOf<T>[] {
    return this.events.filter((e): e is EventOf<T> => e.type === type);
  }

  snapshot(): WorldSnapshot {
    return this.simulation.snapshot({ recordsPerPartition: 1_000_000 });
  }

  assignmentOf(consumer: string): string[] {
    const c = this.snapshot().consumers.find((x) => x.clientId === consumer);
    return (c?.assignment ?? []).map((tp) => `${tp.topic}-${tp.partition}`).sort();
  }

  committed(group: string, topic: string, partition: number): number | undefined {
    const g = this.snapshot().groups.find((x) => x.groupId === group);
    return g?.offsets.find((o) => o.topic === topic && o.partition === partition)?.offset;
  }

  private collect(): void {
    this.events.push(...this.simulation.drainEvents());
  }
}

export const story = (
  seed = 1,
  brokers: readonly number[] = [101, 102, 103],
  mode: 'kraft' | 'zookeeper' = 'kraft',
) => new Story(seed, brokers, mode);
