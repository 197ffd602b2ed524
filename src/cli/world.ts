// The CLI's hold on the simulated world: the engine, and a way to start a new one (`sim brokers`).
import { Timeline, VIRTUAL_EPOCH_MS, type SimulationOptions } from '../engine';

export interface WorldHandle {
  /** The seed every world this handle starts is made from. */
  readonly seed: number;
  /** The engine with its past: the worker rewinds it; tools just use it. */
  readonly sim: Timeline;
  /** Starts a fresh world (only before any topic exists, as `sim brokers` allows). */
  reset(options: Omit<SimulationOptions, 'seed'>): void;
  readonly options: Omit<SimulationOptions, 'seed'>;
  /**
   * Each tool run is its own client in the engine, in every terminal tab: a second
   * console-consumer is console-consumer-2 there (Kafka would let both share the name).
   */
  uniqueClientId(base: string): string;
}

/** Virtual time 0 as a wall-clock moment, for tools that print timestamps (CreateTime, dates). */
export { VIRTUAL_EPOCH_MS };

/** The default world: Kafka's quickstart, one broker with id 0 on localhost:9092 (KRaft). */
export const DEFAULT_WORLD: Omit<SimulationOptions, 'seed'> = { brokers: [0], mode: 'kraft' };

export function createWorld(seed: number, options = DEFAULT_WORLD): WorldHandle {
  let sim = new Timeline({ seed, ...options });
  let current = options;
  let clientIds = new Map<string, number>();
  return {
    seed,
    uniqueClientId(base) {
      // Names the engine knows already are skipped too: a world replayed from a shared session
      // holds clients this handle never named.
      const { consumers, producers } = sim.snapshot({ recordsPerPartition: 0 });
      const known = new Set([...consumers, ...producers].map((c) => c.clientId));
      for (;;) {
        const n = (clientIds.get(base) ?? 0) + 1;
        clientIds.set(base, n);
        const name = n === 1 ? base : `${base}-${n}`;
        if (!known.has(name)) return name;
      }
    },
    get sim() {
      return sim;
    },
    get options() {
      return current;
    },
    reset(next) {
      current = next;
      sim = new Timeline({ seed, ...next });
      clientIds = new Map();
    },
  };
}
