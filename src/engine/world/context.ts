// What the engine's modules act through: the world, the seeded Rng, events out, tasks later.
import type { SimEvent, UnstampedEvent } from '../events';
import type { Rng } from '../random';
import type { Task } from './tasks';
import type { World } from './world';

export interface Ctx {
  readonly world: World;
  readonly rng: Rng;
  emit(event: UnstampedEvent): void;
  /**
   * For the hot paths (a million records a second): the caller builds the event with its `seq`
   * (from nextSeq) and `at` already in the literal, so emitting only appends it.
   */
  emitStamped(event: SimEvent): void;
  nextSeq(): number;
  /** Runs `task` after `delayMs` of virtual time (0: later in this same millisecond). */
  schedule(delayMs: number, task: Task): void;
}
