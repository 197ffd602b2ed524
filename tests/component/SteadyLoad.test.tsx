// The Steady load panel: a new producer made with the chosen acks, then a load keyed and valued
// as chosen, changed and stopped from the list of running loads.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { preferReducedMotion, renderApp } from '../support/renderApp';

beforeEach(() => preferReducedMotion(true));

const panel = () => within(screen.getByTestId('fold-load-heading'));

/** What the panel's equivalents show, by their label ("In the terminal:", "On a real cluster:"…). */
const shown = (p: ReturnType<typeof panel>): Record<string, string> =>
  Object.fromEntries(
    [...p.getByTestId('equivalents').querySelectorAll('p + pre')].map((pre) => [
      pre.previousElementSibling!.textContent,
      pre.textContent,
    ]),
  );

/** Names a new producer "trucks" with acks=1 and a load of truck ids and GPS values. */
async function startTruckLoad(user: ReturnType<typeof userEvent.setup>) {
  const p = panel();
  await user.click(screen.getByRole('heading', { name: 'Steady load' }));
  await user.clear(p.getByTestId('load-producer'));
  await user.type(p.getByTestId('load-producer'), 'trucks');
  await user.selectOptions(p.getByLabelText('Record keys'), 'truck ids: truck-0…');
  await user.selectOptions(p.getByLabelText('Values'), 'GPS positions (JSON)');
  await user.selectOptions(p.getByLabelText('acks'), '1');
  await user.click(p.getByRole('button', { name: 'Start the load' }));
}

describe('the steady load panel', () => {
  it('creates a new producer with the chosen acks, then starts its load of truck ids and GPS values', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    await startTruckLoad(user);
    advance(1000);

    const trucks = store.getState().snapshot!.producers.find((x) => x.clientId === 'trucks');
    expect(trucks?.acks).toBe('1');
    expect(trucks?.load).toEqual({
      topic: 'orders',
      recordsPerSecond: 20,
      keys: 6,
      keyPrefix: 'truck-',
      values: 'gps',
    });
    const p = panel();
    expect(
      within(p.getByRole('list', { name: 'Running loads' })).getByText('trucks → orders, 20/s'),
    ).toBeInTheDocument();
    // The same producer again: its load is changed, and its own settings are not asked for.
    expect(p.getByRole('button', { name: 'Change the load' })).toBeInTheDocument();
    expect(p.queryByLabelText('acks')).not.toBeInTheDocument();
    expect(shown(p)['In the terminal:']).toBe(
      'sim load trucks orders 20 --keys 6 --key-prefix=truck- --values gps',
    );
    expect(shown(p)['On a real cluster:']).toMatch(
      /^kafka-producer-perf-test\.sh --topic orders --throughput 20 .*--record-size 44 /,
    );
    // Records flow: a second of load at 20/s has landed some in orders.
    const records = store
      .getState()
      .snapshot!.topics.find((t) => t.name === 'orders')!
      .partitions.reduce((n, part) => n + part.logEndOffset, 0);
    expect(records).toBeGreaterThan(0);
  });

  it('Stop stops the load: the producer stays, its load is gone', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    await startTruckLoad(user);
    advance(200);
    const p = panel();
    await user.click(p.getByRole('button', { name: "Stop trucks's load" }));
    advance(100);

    const trucks = store.getState().snapshot!.producers.find((x) => x.clientId === 'trucks');
    expect(trucks).toBeDefined();
    expect(trucks!.load).toBeNull();
    expect(
      within(p.getByRole('list', { name: 'Running loads' })).queryByText(/^trucks/),
    ).not.toBeInTheDocument();
    expect(shown(p)['In the terminal:']).toBe('sim load trucks stop');
  });

  it('keyless records from an existing producer use none of the key settings', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const p = panel();
    await user.clear(p.getByTestId('load-producer'));
    await user.type(p.getByTestId('load-producer'), 'producer-round-robin');
    // An existing producer keeps its own settings: acks is not offered.
    expect(p.queryByLabelText('acks')).not.toBeInTheDocument();
    await user.selectOptions(p.getByLabelText('Record keys'), 'none (keyless)');
    expect(p.queryByLabelText('How many')).not.toBeInTheDocument();
    await user.clear(p.getByLabelText('Records per second'));
    await user.type(p.getByLabelText('Records per second'), '50');
    await user.click(p.getByTestId('start-load'));
    advance(100);

    const producer = store
      .getState()
      .snapshot!.producers.find((x) => x.clientId === 'producer-round-robin')!;
    expect(producer.partitioner).toBe('round-robin');
    expect(producer.load).toMatchObject({ topic: 'orders', recordsPerSecond: 50, keys: 0 });
  });

  // The perf test shown for a load carries the producer's own settings (acks=1 here); without
  // them a real run would use acks=all.
  it('the real perf test sends with the producer’s own acks', async () => {
    const user = userEvent.setup();
    const { advance } = renderApp();
    await startTruckLoad(user);
    advance(100);
    expect(shown(panel())['On a real cluster:']).toContain('acks=1');
  });
});
