// The words a screen reader hears for a chart (its aria-label) and the values the legend shows:
// what a sighted reader takes from the lines' ends.
import { latest, type Series } from './chartSeries';

/** Integers as they are; rates to one decimal, without a trailing ".0". */
export function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 10) / 10);
}

/** "name value unit, name value unit": each series' newest value. */
export function latestValues(series: readonly Series[], unit = ''): string {
  return series
    .map((s) => {
      const v = latest(s);
      return `${s.name} ${v === undefined ? 'no data' : formatValue(v)}${unit && v !== undefined ? ` ${unit}` : ''}`;
    })
    .join(', ');
}

/** One sentence: "Consumer lag, all groups, now: billing 12 records, audit 0 records." */
export function describeChart(what: string, series: readonly Series[], unit = ''): string {
  return series.length ? `${what}, now: ${latestValues(series, unit)}.` : `${what}: no data yet.`;
}
