// One small line chart: plain SVG from a pure layout, a legend in text (colour is never the only
// cue), and an aria-label that says in a sentence what the lines show now.
import { memo, useMemo, type ReactNode } from 'react';
import { latest, type Series } from './chartSeries';
import { formatValue } from './chartSummary';
import { layoutLineChart, VIEW } from './lineChartLayout';

export interface LineChartProps {
  readonly title: string;
  /** The aria-label: one sentence with the current values. */
  readonly summary: string;
  readonly series: readonly Series[];
  /** Virtual seconds; memoised by the caller, so a frame that brings no sample redraws nothing. */
  readonly xDomain: readonly [number, number];
  readonly unit: string;
  readonly integer?: boolean;
  readonly emptyText: string;
  /** Above the plot: e.g. the lag chart's group picker. */
  readonly controls?: ReactNode;
  /** Below the legend: a line of text the lines do not show. */
  readonly note?: ReactNode;
}

export const LineChart = memo(function LineChart(props: LineChartProps) {
  const { title, summary, series, xDomain, unit, integer = false, emptyText } = props;
  const layout = useMemo(
    () => layoutLineChart(series, xDomain, integer),
    [series, xDomain, integer],
  );
  const { plot } = layout;
  return (
    <div className="chart">
      <div className="chart-head">
        <h3 className="chart-title">{title}</h3>
        {props.controls}
      </div>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        role="img"
        aria-label={summary}
      >
        {layout.yTicks.map((t) => (
          <g key={t.label} className="chart-tick">
            <line className="chart-grid" x1={plot.left} x2={plot.right} y1={t.pos} y2={t.pos} />
            <text x={plot.left - 4} y={t.pos} textAnchor="end" dominantBaseline="middle">
              {t.label}
            </text>
          </g>
        ))}
        {layout.xTicks.map((t) => (
          <text
            key={t.label}
            className="chart-tick"
            x={t.pos}
            y={plot.bottom + 14}
            textAnchor="middle"
          >
            {t.label} s
          </text>
        ))}
        <line
          className="chart-axis"
          x1={plot.left}
          x2={plot.right}
          y1={plot.bottom}
          y2={plot.bottom}
        />
        {layout.lines.map((l) => (
          <g key={l.name} stroke={l.color} fill={l.color}>
            <path className="chart-line" d={l.d}>
              <title>{l.name}</title>
            </path>
            {l.end && <circle cx={l.end.x} cy={l.end.y} r={2.5} />}
          </g>
        ))}
        {series.length === 0 && (
          <text
            className="chart-empty-text"
            x={VIEW.width / 2}
            y={VIEW.height / 2}
            textAnchor="middle"
          >
            {emptyText}
          </text>
        )}
      </svg>
      <ul className="chart-legend" aria-label={`${title}: legend`}>
        {layout.lines.map((l, i) => {
          const v = latest(series[i]!);
          return (
            <li key={l.name}>
              <span className="chart-swatch" style={{ background: l.color }} aria-hidden="true" />
              <span className="chart-name">{l.name}</span>
              <span className="chart-value">
                {v === undefined ? '–' : `${formatValue(v)} ${unit}`}
              </span>
            </li>
          );
        })}
      </ul>
      {props.note}
    </div>
  );
});
