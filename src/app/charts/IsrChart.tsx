// Replication health: under-replicated partitions per topic, offline partitions when there are
// any, and (in words) each topic's smallest ISR.
import { useMemo } from 'react';
import type { MetricsSample } from '../../engine';
import { minIsrByTopic, offlinePartitions, underReplicatedByTopic } from './chartSeries';
import { describeChart, latestValues } from './chartSummary';
import { LineChart } from './LineChart';

const OFFLINE = 'offline partitions';

export function IsrChart({
  samples,
  xDomain,
}: {
  samples: readonly MetricsSample[];
  xDomain: readonly [number, number];
}) {
  const { series, minIsr, offline } = useMemo(() => {
    const offline = offlinePartitions(samples, OFFLINE);
    const under = underReplicatedByTopic(samples);
    // An always-zero offline line would only hide the under-replicated ones.
    const anyOffline = offline.points.some((p) => p.v > 0);
    return {
      series: anyOffline ? [...under, offline] : under,
      minIsr: minIsrByTopic(samples),
      offline: offline.points.at(-1)?.v ?? 0,
    };
  }, [samples]);
  const topics = series.filter((s) => s.name !== OFFLINE);
  const summary =
    `${describeChart('Under-replicated partitions per topic', topics)} ` +
    `Offline partitions: ${offline}. ` +
    (minIsr.length ? `Smallest ISR: ${latestValues(minIsr)}.` : '');
  return (
    <LineChart
      title="Under-replicated partitions"
      summary={summary.trim()}
      series={series}
      xDomain={xDomain}
      unit="partitions"
      integer
      emptyText="No topics yet."
      note={minIsr.length > 0 && <p className="chart-note">Smallest ISR: {latestValues(minIsr)}</p>}
    />
  );
}
