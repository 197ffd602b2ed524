// A reset plan as --from-file reads it (and --export writes it): CSV lines of topic,partition,offset
// when one group is named and the first line has that shape, else group,topic,partition,offset.
import type { TopicPartition } from '../../engine';

export type ResetPlan = Map<string, (TopicPartition & { readonly offset: number })[]>;

/** One CSV line's fields: commas split, double quotes group (and "" is a quote). */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

const int = (s: string | undefined): number | null =>
  s !== undefined && /^[+-]?\d+$/.test(s.trim()) ? Number(s.trim()) : null;

export function parseResetPlan(
  csv: string,
  singleGroup: string | null,
): { ok: true; plan: ResetPlan } | { ok: false; error: string } {
  const lines = csv
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l !== '');
  const first = fields(lines[0] ?? '');
  const oldFormat = first.length === 3 && int(first[1]) !== null && int(first[2]) !== null;
  const plan: ResetPlan = new Map();
  for (const line of lines) {
    const f = fields(line);
    const withGroup = !(singleGroup !== null && oldFormat);
    const [group, topic, partition, offset] = withGroup
      ? [f[0]!, f[1], int(f[2]), f[3] === undefined ? 0 : int(f[3])]
      : [singleGroup ?? '', f[0], int(f[1]), int(f[2])];
    if (
      topic === undefined ||
      partition === null ||
      offset === null ||
      f.length > (withGroup ? 4 : 3)
    )
      return { ok: false, error: `java.io.IOException: Cannot read reset plan line '${line}'` };
    const entries = plan.get(group) ?? [];
    const at = entries.findIndex((e) => e.topic === topic && e.partition === partition);
    if (at >= 0) entries.splice(at, 1);
    entries.push({ topic, partition, offset });
    plan.set(group, entries);
  }
  return { ok: true, plan };
}
