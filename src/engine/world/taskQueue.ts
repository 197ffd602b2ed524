// The engine's future: tasks due at virtual times, taken earliest first and, at equal times, in
// the order they were scheduled. A binary heap keeps both cheap at a million records a second.
import type { SimTimeMs } from '../ids';

export interface Scheduled<T> {
  readonly at: SimTimeMs;
  readonly seq: number;
  readonly task: T;
}

/** The queue's whole state, for checkpoints. */
export interface TaskQueueState<T> {
  readonly heap: readonly Scheduled<T>[];
  readonly nextSeq: number;
}

export class TaskQueue<T> {
  private readonly heap: Scheduled<T>[] = [];
  private nextSeq = 0;

  constructor(state?: TaskQueueState<T>) {
    if (state) {
      this.heap = [...state.heap];
      this.nextSeq = state.nextSeq;
    }
  }

  /** The heap as it is (not a copy): the caller clones it. */
  state(): TaskQueueState<T> {
    return { heap: this.heap, nextSeq: this.nextSeq };
  }

  get size(): number {
    return this.heap.length;
  }

  schedule(at: SimTimeMs, task: T): void {
    this.heap.push({ at, seq: this.nextSeq++, task });
    this.siftUp(this.heap.length - 1);
  }

  peek(): Scheduled<T> | undefined {
    return this.heap[0];
  }

  pop(): Scheduled<T> | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top !== undefined && last !== undefined && this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private before(a: Scheduled<T>, b: Scheduled<T>): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < heap.length && this.before(heap[left]!, heap[best]!)) best = left;
      if (right < heap.length && this.before(heap[right]!, heap[best]!)) best = right;
      if (best === i) return;
      [heap[i], heap[best]] = [heap[best]!, heap[i]!];
      i = best;
    }
  }
}
