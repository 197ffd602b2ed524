// A step's condition in words, so the learner knows what the step waits for.
import type { Condition } from '../format/schema';

export function describeCondition(c: Condition): string {
  if ('all' in c) return c.all.map(describeCondition).join(', and ');
  if ('any' in c) return c.any.map(describeCondition).join(', or ');
  if ('event' in c) {
    const where = Object.entries(c.where ?? {}).map(([k, v]) => `${k} ${String(v)}`);
    const times = (c.count ?? 1) > 1 ? ` ×${c.count}` : '';
    return `${c.event}${where.length ? ` (${where.join(', ')})` : ''}${times}`;
  }
  if ('printed' in c) return `the terminal to print “${c.printed}”`;
  if ('records' in c)
    return `${c.records.atLeast} records in ${c.records.topic}${c.records.partition === undefined ? '' : `-${c.records.partition}`}`;
  if ('topic' in c)
    return `topic ${c.topic}${c.partitions === undefined ? '' : ` with ${c.partitions} partitions`}`;
  if ('broker' in c) return `broker ${c.broker} ${c.is}`;
  if ('partition' in c) {
    const p = `${c.partition.topic}-${c.partition.partition}`;
    const parts = [
      c.leader !== undefined && `leader ${c.leader ?? 'none'}`,
      c.notLeader !== undefined && `a leader other than ${c.notLeader}`,
      c.isrSize !== undefined && `an ISR of ${c.isrSize}`,
      c.inIsr !== undefined && `${c.inIsr} in the ISR`,
      c.notInIsr !== undefined && `${c.notInIsr} out of the ISR`,
    ].filter(Boolean);
    return `${p}: ${parts.join(', ')}`;
  }
  const parts = [
    c.members !== undefined && `${c.members} member${c.members === 1 ? '' : 's'}`,
    c.state && `state ${c.state}`,
    c.lagAtMost !== undefined && `lag ≤ ${c.lagAtMost}`,
    c.committedAtLeast !== undefined && `${c.committedAtLeast} offsets committed`,
    c.processedAtLeast !== undefined && `${c.processedAtLeast} records processed`,
    c.duplicatesAtLeast !== undefined && `${c.duplicatesAtLeast} duplicate(s)`,
    c.skippedAtLeast !== undefined && `${c.skippedAtLeast} record(s) skipped`,
  ].filter(Boolean);
  return `group ${c.group}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}
