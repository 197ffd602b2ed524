// The Faults panel: a broker cut off the network and reconnected, made a slow follower and normal
// again, crashed and started; each success shows what an operator does to a real broker.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { preferReducedMotion, renderApp } from '../support/renderApp';

beforeEach(() => preferReducedMotion(true));

const panel = () => within(screen.getByTestId('fold-faults-heading'));

/** What the panel's equivalents show, by their label ("In the terminal:", "On real machines:"…). */
const shown = (p: ReturnType<typeof panel>): Record<string, string> =>
  Object.fromEntries(
    [...p.getByTestId('equivalents').querySelectorAll('p + pre')].map((pre) => [
      pre.previousElementSibling!.textContent,
      pre.textContent,
    ]),
  );

describe('the faults panel', () => {
  it('isolates the chosen broker, then reconnects it', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const p = panel();
    const broker = (id: number) => store.getState().snapshot!.brokers.find((b) => b.id === id)!;
    await user.selectOptions(p.getByTestId('fault-broker'), '102');
    await user.click(p.getByRole('button', { name: 'Isolate' }));
    advance(100);

    expect(broker(102).isolated).toBe(true);
    expect(broker(102).up).toBe(true);
    expect(broker(101).isolated).toBe(false);
    expect(p.getByRole('option', { name: '102 (isolated)' })).toBeInTheDocument();
    expect(shown(p)).toEqual({
      'In the terminal:': 'sim broker isolate 102',
      'On real machines:': 'docker network disconnect <network> kafka-102',
    });

    await user.click(p.getByRole('button', { name: 'Reconnect' }));
    advance(100);
    expect(broker(102).isolated).toBe(false);
    expect(p.getByRole('button', { name: 'Isolate' })).toBeInTheDocument();
    expect(shown(p)['In the terminal:']).toBe('sim broker reconnect 102');
  });

  it('slows the chosen broker’s fetches by the delay given, and 0 makes it normal again', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const p = panel();
    const delay = () => store.getState().snapshot!.brokers.find((b) => b.id === 103)!.fetchDelayMs;
    await user.selectOptions(p.getByTestId('fault-broker'), '103');
    await user.clear(p.getByLabelText('Fetch delay (ms)'));
    await user.type(p.getByLabelText('Fetch delay (ms)'), '1500');
    await user.click(p.getByRole('button', { name: 'Slow it' }));
    advance(100);

    expect(delay()).toBe(1500);
    expect(store.getState().snapshot!.brokers.find((b) => b.id === 101)!.fetchDelayMs).toBe(0);
    expect(shown(p)).toEqual({
      'In the terminal:': 'sim broker slow 103 1500',
      'On real machines:': 'docker exec kafka-103 tc qdisc add dev eth0 root netem delay 1500ms',
    });

    await user.clear(p.getByLabelText('Fetch delay (ms)'));
    await user.type(p.getByLabelText('Fetch delay (ms)'), '0');
    await user.click(p.getByRole('button', { name: 'Make normal' }));
    advance(100);
    expect(delay()).toBe(0);
    expect(shown(p)['In the terminal:']).toBe('sim broker slow 103 0');
  });

  it('crashes a broker, which shows as down and can be started again', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const p = panel();
    const up = () => store.getState().snapshot!.brokers.find((b) => b.id === 101)!.up;
    await user.click(p.getByTestId('crash-broker'));
    advance(100);

    expect(up()).toBe(false);
    expect(p.getByRole('option', { name: '101 (down)' })).toBeInTheDocument();
    expect(p.queryByRole('button', { name: 'Isolate' })).not.toBeInTheDocument();
    expect(shown(p)['In the terminal:']).toBe('sim broker kill 101');

    await user.click(p.getByTestId('start-broker'));
    advance(100);
    expect(up()).toBe(true);
    expect(p.getByRole('option', { name: '101' })).toBeInTheDocument();
  });

  // A broker chosen before a new cluster replaced the world is not acted on (it was: "Start" for
  // the old id, refused with "There is no broker with id 102.").
  it('after a new cluster, acts on the broker the select shows', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    await user.selectOptions(panel().getByTestId('fault-broker'), '102');
    const cluster = within(screen.getByTestId('fold-cluster-heading'));
    await user.clear(cluster.getByTestId('cluster-brokers'));
    await user.type(cluster.getByTestId('cluster-brokers'), '1 2 3');
    await user.click(cluster.getByTestId('new-cluster'));
    advance(100);

    expect(panel().getByTestId('fault-broker')).toHaveValue('1');
    await user.click(panel().getByTestId('crash-broker'));
    advance(100);
    expect(panel().queryByRole('alert')).not.toBeInTheDocument();
    expect(store.getState().snapshot!.brokers.find((b) => b.id === 1)!.up).toBe(false);
  });
});
