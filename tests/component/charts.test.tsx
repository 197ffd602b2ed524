// The charts panel as a reader sees it: legends, the words behind each chart, the group picker.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Charts } from '../../src/app/charts/Charts';
import type { MetricsSample, TopicSample } from '../../src/engine';

const topic = (logEnd: number, more: Partial<TopicSample> = {}): TopicSample => ({
  logEnd,
  partitions: 2,
  underReplicated: 0,
  offline: 0,
  minIsr: 3,
  ...more,
});

const samples: MetricsSample[] = [
  {
    at: 1000,
    topics: { orders: topic(0), payments: topic(0) },
    lag: { billing: { 'orders-0': 0, 'orders-1': 0 } },
  },
  {
    at: 2000,
    topics: { orders: topic(6), payments: topic(2) },
    lag: { billing: { 'orders-0': 4, 'orders-1': 2 }, audit: { 'payments-0': 1 } },
  },
  {
    at: 3000,
    topics: { orders: topic(10), payments: topic(2, { underReplicated: 1, minIsr: 1 }) },
    lag: { billing: { 'orders-0': 5, 'orders-1': 3 }, audit: { 'payments-0': 0 } },
  },
];

const chart = (name: RegExp) => screen.getByRole('img', { name });
const legend = (title: string) => screen.getByRole('list', { name: `${title}: legend` });

describe('the charts panel', () => {
  it('shows an empty state before any sample', () => {
    render(<Charts samples={[]} now={0} />);
    expect(screen.getByRole('region', { name: 'Charts' })).toBeInTheDocument();
    expect(screen.getByText('No data yet — produce some records.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('names every group and topic in the legends, with its newest value', () => {
    render(<Charts samples={samples} now={3400} />);
    const lag = within(legend('Consumer lag'));
    expect(lag.getByText('billing')).toBeInTheDocument();
    expect(lag.getByText('audit')).toBeInTheDocument();
    expect(lag.getByText('8 records')).toBeInTheDocument();
    const throughput = within(legend('Throughput'));
    expect(throughput.getByText('orders')).toBeInTheDocument();
    expect(throughput.getByText('payments')).toBeInTheDocument();
    expect(within(legend('Under-replicated partitions')).getByText('payments')).toBeInTheDocument();
    // Each line carries its name too, for a pointer over it.
    expect(document.querySelectorAll('path.chart-line > title')).toHaveLength(6);
  });

  it('says the latest values in each chart’s label', () => {
    render(<Charts samples={samples} now={3000} />);
    expect(
      chart(/Consumer lag, all groups, now: billing 8 records, audit 0 records\./),
    ).toBeInTheDocument();
    expect(chart(/orders 4 records\/s, payments 0 records\/s/)).toBeInTheDocument();
    expect(
      chart(/Under-replicated partitions per topic, now: orders 0, payments 1\./),
    ).toHaveAccessibleName(/Offline partitions: 0\. Smallest ISR: orders 3, payments 1\./);
  });

  it("shows one group's partitions when the reader picks it", async () => {
    const user = userEvent.setup();
    render(<Charts samples={samples} now={3000} />);
    const select = screen.getByRole('combobox', { name: 'Group' });
    expect(select).toHaveDisplayValue('All groups');
    await user.selectOptions(select, 'billing');
    const lag = within(legend('Consumer lag'));
    expect(lag.getByText('orders-0')).toBeInTheDocument();
    expect(lag.getByText('orders-1')).toBeInTheDocument();
    expect(lag.queryByText('audit')).not.toBeInTheDocument();
    expect(
      chart(/Consumer lag of group billing, now: orders-0 5 records, orders-1 3 records\./),
    ).toBeInTheDocument();
  });

  it('adds an offline line only when a partition is offline', () => {
    const offline: MetricsSample = {
      at: 4000,
      topics: { orders: topic(10, { offline: 1, underReplicated: 2, minIsr: 0 }) },
      lag: {},
    };
    const { rerender } = render(<Charts samples={samples} now={3000} />);
    const isr = () => within(legend('Under-replicated partitions'));
    expect(isr().queryByText('offline partitions')).not.toBeInTheDocument();
    rerender(<Charts samples={[...samples, offline]} now={4000} />);
    expect(isr().getByText('offline partitions')).toBeInTheDocument();
    expect(chart(/Offline partitions: 1\./)).toBeInTheDocument();
  });
});
