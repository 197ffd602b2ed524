// Consumer lag: every group's total, or one group's partitions when the reader picks it.
import { useId, useMemo, useState } from 'react';
import type { MetricsSample } from '../../engine';
import { groupsIn, lagByGroup, lagByPartition } from './chartSeries';
import { describeChart } from './chartSummary';
import { LineChart } from './LineChart';

const ALL = '';

export function LagChart({
  samples,
  xDomain,
}: {
  samples: readonly MetricsSample[];
  xDomain: readonly [number, number];
}) {
  const selectId = useId();
  const [choice, setChoice] = useState(ALL);
  const groups = useMemo(() => groupsIn(samples), [samples]);
  // A group that left the window is no longer offered: fall back to all groups.
  const group = groups.includes(choice) ? choice : ALL;
  const series = useMemo(
    () => (group === ALL ? lagByGroup(samples) : lagByPartition(samples, group)),
    [samples, group],
  );
  const what = group === ALL ? 'Consumer lag, all groups' : `Consumer lag of group ${group}`;
  return (
    <LineChart
      title="Consumer lag"
      summary={describeChart(what, series, 'records')}
      series={series}
      xDomain={xDomain}
      unit="records"
      integer
      emptyText="No consumer groups yet."
      controls={
        <span className="chart-control">
          <label htmlFor={selectId}>Group</label>
          <select id={selectId} value={group} onChange={(e) => setChoice(e.target.value)}>
            <option value={ALL}>All groups</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </span>
      }
    />
  );
}
