// The charts panel: consumer lag, throughput and replication health over the last minutes of
// virtual time, drawn from the metrics samples the worker takes once a virtual second.
import { useId, useMemo } from 'react';
import type { MetricsSample } from '../../engine';
import { chartWindow } from './chartSeries';
import { IsrChart } from './IsrChart';
import { LagChart } from './LagChart';
import { ThroughputChart } from './ThroughputChart';
import './charts.css';

export interface ChartsProps {
  readonly samples: readonly MetricsSample[];
  /** Virtual ms: the x axis reaches it even while no sample comes. */
  readonly now: number;
}

export function Charts({ samples, now }: ChartsProps) {
  const headingId = useId();
  // Whole seconds only: `now` moves every frame, and the charts must not redraw every frame.
  const nowSecond = Math.floor(now / 1000);
  const view = useMemo(
    () => chartWindow(samples, { endMs: nowSecond * 1000 }),
    [samples, nowSecond],
  );
  return (
    <section className="chart-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Charts</h2>
      {samples.length === 0 ? (
        <p className="chart-empty">No data yet — produce some records.</p>
      ) : (
        <div className="chart-row">
          <LagChart samples={view.samples} xDomain={view.xDomain} />
          <ThroughputChart samples={view.samples} xDomain={view.xDomain} />
          <IsrChart samples={view.samples} xDomain={view.xDomain} />
        </div>
      )}
    </section>
  );
}
