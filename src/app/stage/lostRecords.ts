// Records a partition lost lately (truncated on a replica after an election): the stage marks
// them, so data loss is seen, not only read about in the log.
import type { SimEvent } from '../../engine';

export function lostRecords(events: readonly SimEvent[]): ReadonlyMap<string, number> {
  const lost = new Map<string, number>();
  for (const e of events) {
    if (e.type !== 'records.truncated' || e.topic.startsWith('__')) continue;
    const key = `${e.topic}-${e.partition}`;
    lost.set(key, Math.max(lost.get(key) ?? 0, e.records.length));
  }
  return lost;
}
