// A checkpoint is the engine's whole state at one moment, so that rewinding can restart from it
// and replay the commands that followed. The world is plain data (structuredClone copies it);
// only the records are shared: segments are append-only, so a checkpoint keeps each one's list
// and how long it was, and a restore takes that prefix (sharing the full chunks, see RecordList).
import type { RngState } from './random';
import type { SimTimeMs } from './ids';
import type { Task } from './world/tasks';
import type { TaskQueueState } from './world/taskQueue';
import type { LogRecord, Segment, World } from './world/world';
import { RecordList } from './cluster/recordList';

export interface SimCheckpoint {
  readonly now: SimTimeMs;
  readonly eventSeq: number;
  readonly rng: RngState;
  /** A copy of the world whose segments hold no records (see `records`). */
  readonly world: World;
  readonly queue: TaskQueueState<Task>;
  /** Each segment's records, in the order forEachSegment visits them, and how many were in it. */
  readonly records: readonly { readonly list: RecordList<LogRecord>; readonly length: number }[];
}

export interface EngineState {
  readonly world: World;
  readonly queue: TaskQueueState<Task>;
  readonly rng: RngState;
  readonly eventSeq: number;
}

const NO_RECORDS = new RecordList<LogRecord>();

function forEachSegment(world: World, visit: (segment: Segment) => void): void {
  for (const topic of world.topics.values())
    for (const p of topic.partitions)
      for (const broker of Object.keys(p.logs).sort((a, b) => Number(a) - Number(b)))
        for (const segment of p.logs[Number(broker)]!.segments) visit(segment);
}

export function captureCheckpoint(state: EngineState): SimCheckpoint {
  const records: { list: RecordList<LogRecord>; length: number }[] = [];
  forEachSegment(state.world, (segment) => {
    records.push({ list: segment.records, length: segment.records.length });
    segment.records = NO_RECORDS;
  });
  try {
    // eslint-disable-next-line no-restricted-globals -- a deterministic copy of plain data
    const copy = structuredClone({ world: state.world, queue: state.queue });
    return {
      now: state.world.now,
      eventSeq: state.eventSeq,
      rng: state.rng,
      world: copy.world,
      queue: copy.queue,
      records,
    };
  } finally {
    // Put the live world's records back, in the same order.
    let i = 0;
    forEachSegment(state.world, (segment) => {
      segment.records = records[i++]!.list;
    });
  }
}

/** A fresh, independent engine state from a checkpoint (which stays usable for later restores). */
export function restoreCheckpoint(checkpoint: SimCheckpoint): EngineState {
  // eslint-disable-next-line no-restricted-globals -- a deterministic copy of plain data
  const copy = structuredClone({ world: checkpoint.world, queue: checkpoint.queue });
  let i = 0;
  forEachSegment(copy.world, (segment) => {
    const shared = checkpoint.records[i++]!;
    segment.records = shared.list.prefix(shared.length);
  });
  return {
    world: copy.world,
    queue: copy.queue,
    rng: checkpoint.rng,
    eventSeq: checkpoint.eventSeq,
  };
}
