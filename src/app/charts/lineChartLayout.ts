// d3 computes, React renders: scales, ticks and path strings for one small line chart, in the
// coordinates of a fixed viewBox (the SVG scales to its container's width).
import { line, scaleLinear } from 'd3';
import type { Point, Series } from './chartSeries';

export const VIEW = { width: 320, height: 160 } as const;
const MARGIN = { top: 8, right: 10, bottom: 22, left: 34 } as const;

export interface Tick {
  readonly pos: number;
  readonly label: string;
}

export interface LaidOutLine {
  readonly name: string;
  readonly color: string;
  readonly d: string;
  /** The newest point, marked with a dot (a series of one point draws no line). */
  readonly end: { readonly x: number; readonly y: number } | null;
}

export interface ChartLayout {
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly lines: readonly LaidOutLine[];
}

/**
 * A fixed categorical palette, by position: the legend and the line share the index. These are
 * d3's schemeTableau10 colours, written out: importing the scheme pulls in all of
 * d3-scale-chromatic (~5 kB gzip) for ten strings.
 */
const TABLEAU10 = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
] as const;
export const seriesColor = (i: number): string => TABLEAU10[i % TABLEAU10.length]!;

export function layoutLineChart(
  series: readonly Series[],
  xDomain: readonly [number, number],
  integer = false,
): ChartLayout {
  const plot = {
    left: MARGIN.left,
    right: VIEW.width - MARGIN.right,
    top: MARGIN.top,
    bottom: VIEW.height - MARGIN.bottom,
  };
  const x = scaleLinear().domain(xDomain).range([plot.left, plot.right]);
  let max = 0;
  for (const s of series) for (const p of s.points) max = Math.max(max, p.v);
  // Never a zero-height domain: an all-zero series sits on the x axis.
  const y = scaleLinear()
    .domain([0, Math.max(max, 1)])
    .nice(4)
    .range([plot.bottom, plot.top]);
  const path = line<Point>()
    .x((p) => x(p.t))
    .y((p) => y(p.v));
  const xFormat = x.tickFormat(4, '~f');
  // SI suffixes keep big rates short ("1.5k"); zero stays "0", not "0k".
  const ySI = y.tickFormat(4, '~s');
  const yFormat = (v: number) => (v === 0 ? '0' : ySI(v));
  return {
    plot,
    xTicks: x.ticks(4).map((t) => ({ pos: x(t), label: xFormat(t) })),
    // Counts have no fractions: 0.5 partitions would be a misleading tick.
    yTicks: y
      .ticks(4)
      .filter((t) => !integer || Number.isInteger(t))
      .map((t) => ({ pos: y(t), label: yFormat(t) })),
    lines: series.map((s, i) => {
      const last = s.points.at(-1);
      return {
        name: s.name,
        color: seriesColor(i),
        d: path(s.points as Point[]) ?? '',
        end: last ? { x: x(last.t), y: y(last.v) } : null,
      };
    }),
  };
}
