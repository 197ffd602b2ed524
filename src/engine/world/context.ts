// What the engine's modules act through: the world, the seeded Rng, events out, tasks later.
import type { UnstampedEvent } from '../events';
import type { Rng } from '../random';
import type { Task } from './tasks';
import type { World } from './world';

export interface Ctx {
  readonly world: World;
  readonly rng: Rng;
  emit(event: UnstampedEvent): void;
  /** Runs `task` after `delayMs` of virtual time (0: later in this same millisecond). */
  schedule(delayMs: number, task: Task): void;
}
