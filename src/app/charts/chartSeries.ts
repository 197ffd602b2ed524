// Turns the worker's metrics samples (one per virtual second) into the lines the charts draw.
// Data in, data out: tested in Node, while the views only scale and render.
import type { MetricsSample } from '../../engine';

/** One value at a virtual time, in seconds (what the x axis shows). */
export interface Point {
  readonly t: number;
  readonly v: number;
}

export interface Series {
  readonly name: string;
  readonly points: readonly Point[];
}

export const DEFAULT_WINDOW_MS = 300_000;
export const MAX_POINTS = 600;
/** The x axis spans at least this much, so the first seconds are not stretched across it. */
const MIN_SPAN_S = 10;

export interface WindowOptions {
  /** Where the window ends, in virtual ms; defaults to the last sample. */
  readonly endMs?: number;
  readonly windowMs?: number;
  readonly maxPoints?: number;
}

export interface ChartWindow {
  readonly samples: readonly MetricsSample[];
  /** The x axis, in virtual seconds. */
  readonly xDomain: readonly [number, number];
}

/** The samples of the last `windowMs`, thinned to at most `maxPoints`, and the x axis to show. */
export function chartWindow(
  samples: readonly MetricsSample[],
  opts: WindowOptions = {},
): ChartWindow {
  const { windowMs = DEFAULT_WINDOW_MS, maxPoints = MAX_POINTS } = opts;
  const endMs = Math.max(opts.endMs ?? 0, samples.at(-1)?.at ?? 0);
  const first = firstAtOrAfter(samples, endMs - windowMs);
  const visible = thin(samples.slice(first), first, maxPoints);
  const start = (visible[0]?.at ?? endMs) / 1000;
  return { samples: visible, xDomain: [start, Math.max(endMs / 1000, start + MIN_SPAN_S)] };
}

/** Samples are in time order, so a binary search finds the window's start in a long session. */
function firstAtOrAfter(samples: readonly MetricsSample[], at: number): number {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function thin(samples: MetricsSample[], offset: number, maxPoints: number): MetricsSample[] {
  if (samples.length <= maxPoints) return samples;
  const stride = Math.ceil(samples.length / (maxPoints - 1));
  // Counted from the session's first sample, not the window's, so the kept samples stay the
  // same as the window slides (otherwise the lines shimmer).
  const kept = samples.filter((_, i) => (i + offset) % stride === 0);
  const last = samples.at(-1)!;
  if (kept.at(-1) !== last) kept.push(last);
  return kept;
}

/** One series per name, in order of first appearance; a name absent from a sample has no point there. */
function collect(
  samples: readonly MetricsSample[],
  entries: (s: MetricsSample, i: number) => Iterable<readonly [string, number]>,
): Series[] {
  const byName = new Map<string, Point[]>();
  samples.forEach((s, i) => {
    for (const [name, v] of entries(s, i)) {
      let points = byName.get(name);
      if (!points) byName.set(name, (points = []));
      points.push({ t: s.at / 1000, v });
    }
  });
  return [...byName].map(([name, points]) => ({ name, points }));
}

const sum = (values: Iterable<number>) => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

export function groupsIn(samples: readonly MetricsSample[]): string[] {
  const groups = new Set<string>();
  for (const s of samples) for (const g of Object.keys(s.lag)) groups.add(g);
  return [...groups];
}

/** Total lag of each group, over all the partitions it has committed offsets for. */
export function lagByGroup(samples: readonly MetricsSample[]): Series[] {
  return collect(samples, (s) =>
    Object.entries(s.lag).map(([g, parts]) => [g, sum(Object.values(parts))] as const),
  );
}

/** One group's lag on each of its partitions, ordered by topic then partition number. */
export function lagByPartition(samples: readonly MetricsSample[], group: string): Series[] {
  return collect(samples, (s) => Object.entries(s.lag[group] ?? {})).sort((a, b) =>
    comparePartitions(a.name, b.name),
  );
}

/** "topic-partition", where the topic may itself contain '-': the number is after the last one. */
function comparePartitions(a: string, b: string): number {
  const [ta, pa] = splitPartition(a);
  const [tb, pb] = splitPartition(b);
  return ta < tb ? -1 : ta > tb ? 1 : pa - pb;
}

function splitPartition(name: string): [string, number] {
  const dash = name.lastIndexOf('-');
  return [name.slice(0, dash), Number(name.slice(dash + 1))];
}

/** Records appended per second: the first sample (or a topic's first) has nothing to compare with. */
export function throughputByTopic(samples: readonly MetricsSample[]): Series[] {
  return collect(samples, (s, i) => {
    const prev = samples[i - 1];
    if (!prev || s.at <= prev.at) return [];
    const seconds = (s.at - prev.at) / 1000;
    return Object.entries(s.topics).flatMap(([topic, now]) => {
      const before = prev.topics[topic];
      // A truncated log's end moves back; that is not negative throughput.
      return before ? [[topic, Math.max(0, now.logEnd - before.logEnd) / seconds] as const] : [];
    });
  });
}

export function underReplicatedByTopic(samples: readonly MetricsSample[]): Series[] {
  return collect(samples, (s) =>
    Object.entries(s.topics).map(([topic, t]) => [topic, t.underReplicated] as const),
  );
}

export function minIsrByTopic(samples: readonly MetricsSample[]): Series[] {
  return collect(samples, (s) =>
    Object.entries(s.topics).map(([topic, t]) => [topic, t.minIsr] as const),
  );
}

/** Offline partitions over all topics, as one series named `name`. */
export function offlinePartitions(samples: readonly MetricsSample[], name = 'offline'): Series {
  const points = samples.map((s) => ({
    t: s.at / 1000,
    v: sum(Object.values(s.topics).map((t) => t.offline)),
  }));
  return { name, points };
}

export const latest = (series: Series): number | undefined => series.points.at(-1)?.v;
