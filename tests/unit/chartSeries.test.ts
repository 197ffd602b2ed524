// The charts' data: samples in, series out, no DOM.
import { describe, expect, it } from 'vitest';
import {
  chartWindow,
  groupsIn,
  lagByGroup,
  lagByPartition,
  minIsrByTopic,
  offlinePartitions,
  throughputByTopic,
  underReplicatedByTopic,
} from '../../src/app/charts/chartSeries';
import { describeChart, formatValue } from '../../src/app/charts/chartSummary';
import { layoutLineChart } from '../../src/app/charts/lineChartLayout';
import type { MetricsSample, TopicSample } from '../../src/engine';

const topic = (logEnd: number, more: Partial<TopicSample> = {}): TopicSample => ({
  logEnd,
  partitions: 3,
  underReplicated: 0,
  offline: 0,
  minIsr: 3,
  ...more,
});

const sample = (
  second: number,
  topics: Record<string, TopicSample> = {},
  lag: MetricsSample['lag'] = {},
): MetricsSample => ({ at: second * 1000, topics, lag });

const points = (s: { points: readonly { t: number; v: number }[] } | undefined) =>
  s?.points.map((p) => [p.t, p.v]);

describe('lag', () => {
  const samples = [
    sample(1, {}, { billing: { 'orders-0': 2, 'orders-1': 3 } }),
    sample(2, {}, { billing: { 'orders-1': 1, 'orders-0': 0 }, audit: { 'my-topic-10': 4 } }),
    sample(3, {}, { audit: { 'my-topic-10': 5, 'my-topic-2': 1 } }),
  ];

  it('sums each group over its partitions, a group absent from a sample having no point there', () => {
    const series = lagByGroup(samples);
    expect(series.map((s) => s.name)).toEqual(['billing', 'audit']);
    expect(points(series[0])).toEqual([
      [1, 5],
      [2, 1],
    ]);
    expect(points(series[1])).toEqual([
      [2, 4],
      [3, 6],
    ]);
    expect(groupsIn(samples)).toEqual(['billing', 'audit']);
  });

  it("draws one group's partitions in topic then numeric partition order", () => {
    expect(lagByPartition(samples, 'billing').map((s) => s.name)).toEqual(['orders-0', 'orders-1']);
    const audit = lagByPartition(samples, 'audit');
    expect(audit.map((s) => s.name)).toEqual(['my-topic-2', 'my-topic-10']);
    expect(points(audit[1])).toEqual([
      [2, 4],
      [3, 5],
    ]);
    expect(lagByPartition(samples, 'nobody')).toEqual([]);
  });
});

describe('throughput', () => {
  it('is the growth of the log end per second, from the second sample on, never negative', () => {
    const samples = [
      sample(0, { orders: topic(0) }),
      sample(1, { orders: topic(10) }),
      sample(3, { orders: topic(20), pay: topic(5) }),
      sample(4, { orders: topic(15), pay: topic(8) }), // orders truncated
    ];
    const [orders, pay] = throughputByTopic(samples);
    expect(points(orders)).toEqual([
      [1, 10],
      [3, 5],
      [4, 0],
    ]);
    // A topic's first sample has nothing to compare with.
    expect(points(pay)).toEqual([[4, 3]]);
    expect(throughputByTopic(samples.slice(0, 1))).toEqual([]);
  });
});

describe('replication health', () => {
  const samples = [
    sample(1, { orders: topic(0), pay: topic(0) }),
    sample(2, {
      orders: topic(0, { underReplicated: 2, minIsr: 2 }),
      pay: topic(0, { underReplicated: 1, offline: 1, minIsr: 0 }),
    }),
  ];

  it('counts under-replicated partitions and the smallest ISR per topic', () => {
    const under = underReplicatedByTopic(samples);
    expect(under.map((s) => [s.name, s.points.map((p) => p.v)])).toEqual([
      ['orders', [0, 2]],
      ['pay', [0, 1]],
    ]);
    expect(minIsrByTopic(samples).map((s) => s.points.at(-1)?.v)).toEqual([2, 0]);
  });

  it('adds offline partitions over all topics', () => {
    expect(points(offlinePartitions(samples))).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });
});

describe('the window', () => {
  const hour = Array.from({ length: 3601 }, (_, s) => sample(s, { orders: topic(s * 2) }));

  it('keeps the last five minutes by default, and the x axis ends at now', () => {
    const view = chartWindow(hour, { endMs: 3_600_500 });
    expect(view.samples).toHaveLength(300);
    expect(view.samples[0]!.at).toBe(3_301_000);
    expect(view.xDomain).toEqual([3301, 3600.5]);
  });

  it('thins a long window to at most maxPoints, keeping the newest sample', () => {
    const view = chartWindow(hour, { windowMs: 3_600_000, maxPoints: 600 });
    expect(view.samples.length).toBeLessThanOrEqual(600);
    expect(view.samples.length).toBeGreaterThan(500);
    expect(view.samples.at(-1)).toBe(hour.at(-1));
    // Thinned samples still give the true average rate.
    const rates = throughputByTopic(view.samples)[0]!.points.map((p) => p.v);
    expect(new Set(rates)).toEqual(new Set([2]));
  });

  it('keeps the same samples as the window slides, so lines do not shimmer', () => {
    const opts = { windowMs: 1_000_000, maxPoints: 100 };
    const a = chartWindow(hour.slice(0, 3000), opts).samples.map((s) => s.at);
    const b = chartWindow(hour.slice(0, 3001), opts).samples.map((s) => s.at);
    const kept = new Set(b);
    expect(a.slice(1, -1).filter((at) => at >= b[0]! && !kept.has(at))).toEqual([]);
  });

  it('spans at least ten seconds at the start, and handles no samples', () => {
    expect(chartWindow([sample(0), sample(1)]).xDomain).toEqual([0, 10]);
    expect(chartWindow([]).samples).toEqual([]);
  });
});

describe('layout and words', () => {
  it('scales lines into the plot, with integer ticks for counts', () => {
    const series = [
      {
        name: 'orders',
        points: [
          { t: 0, v: 0 },
          { t: 10, v: 1 },
        ],
      },
    ];
    const layout = layoutLineChart(series, [0, 10], true);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '1']);
    expect(layout.lines[0]!.d).toMatch(/^M/);
    expect(layout.lines[0]!.end).toEqual({ x: layout.plot.right, y: layout.plot.top });
    expect(layout.xTicks.length).toBeGreaterThan(2);
  });

  it('says the newest values in one sentence', () => {
    const series = [{ name: 'orders', points: [{ t: 1, v: 2.25 }] }];
    expect(describeChart('Throughput per topic', series, 'records/s')).toBe(
      'Throughput per topic, now: orders 2.3 records/s.',
    );
    expect(describeChart('Throughput per topic', [])).toBe('Throughput per topic: no data yet.');
    expect(formatValue(3)).toBe('3');
  });
});
