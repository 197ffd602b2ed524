// Records appended per second, one line per topic.
import { useMemo } from 'react';
import type { MetricsSample } from '../../engine';
import { throughputByTopic } from './chartSeries';
import { describeChart } from './chartSummary';
import { LineChart } from './LineChart';

export function ThroughputChart({
  samples,
  xDomain,
}: {
  samples: readonly MetricsSample[];
  xDomain: readonly [number, number];
}) {
  const series = useMemo(() => throughputByTopic(samples), [samples]);
  return (
    <LineChart
      title="Throughput"
      summary={describeChart('Throughput per topic', series, 'records/s')}
      series={series}
      xDomain={xDomain}
      unit="records/s"
      emptyText="Rates start after a second."
    />
  );
}
