// A segment's records in fixed-size chunks. A chunk, once full, never changes, so a copy of the
// list (a checkpoint's restore, a truncation) shares every full chunk and copies only the last,
// partly filled one: restoring an hour-long log costs a few hundred array slots, not millions.

const CHUNK = 4096;

export class RecordList<T> {
  private chunks: T[][];
  private size: number;

  constructor(chunks: T[][] = [], size = 0) {
    this.chunks = chunks;
    this.size = size;
  }

  get length(): number {
    return this.size;
  }

  get(index: number): T | undefined {
    if (index < 0 || index >= this.size) return undefined;
    return this.chunks[Math.floor(index / CHUNK)]![index % CHUNK];
  }

  push(item: T): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.length < CHUNK) last.push(item);
    else this.chunks.push([item]);
    this.size++;
  }

  /** Items from `start` to the end, as a plain array. */
  tail(start: number): T[] {
    const out: T[] = [];
    for (let i = Math.max(0, start); i < this.size; i++) out.push(this.get(i)!);
    return out;
  }

  /**
   * The first `length` items as a new list that shares the full chunks with this one. Either list
   * may then grow without the other seeing it: only full chunks are shared, and they never change.
   */
  prefix(length: number): RecordList<T> {
    const n = Math.max(0, Math.min(length, this.size));
    const full = Math.floor(n / CHUNK);
    const chunks = this.chunks.slice(0, full);
    const rest = n - full * CHUNK;
    if (rest > 0) chunks.push(this.chunks[full]!.slice(0, rest));
    return new RecordList(chunks, n);
  }
}
