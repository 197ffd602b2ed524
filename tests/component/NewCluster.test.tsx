// The New cluster panel: broker ids that are not whole, distinct numbers are refused with a
// message and nothing changes; good ones start a fresh world in the chosen metadata mode.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { preferReducedMotion, renderApp } from '../support/renderApp';

beforeEach(() => preferReducedMotion(true));

const panel = () => within(screen.getByTestId('fold-cluster-heading'));

async function typeIds(user: ReturnType<typeof userEvent.setup>, ids: string) {
  await user.clear(panel().getByTestId('cluster-brokers'));
  await user.type(panel().getByTestId('cluster-brokers'), ids);
}

describe('the new cluster panel', () => {
  it.each([
    ['1 two 3', 'Broker ids are whole numbers, e.g. 101 102 103.'],
    ['1 -2', 'Broker ids are whole numbers, e.g. 101 102 103.'],
    ['1.5', 'Broker ids are whole numbers, e.g. 101 102 103.'],
    [' , ', 'Broker ids are whole numbers, e.g. 101 102 103.'],
    ['7, 8, 7', 'Broker ids must differ.'],
  ])('refuses broker ids %j with a message, and changes nothing', async (ids, message) => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const before = store.getState().snapshot;
    await typeIds(user, ids);
    await user.click(panel().getByTestId('new-cluster'));
    advance(100);

    expect(panel().getByRole('alert')).toHaveTextContent(message);
    expect(store.getState().snapshot).toBe(before);
    expect(screen.getByTestId('broker-101')).toBeInTheDocument();
  });

  it('starts a ZooKeeper world with the brokers given, in place of the old one', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    await typeIds(user, '1 2 3 4');
    await user.selectOptions(panel().getByLabelText('Metadata'), 'ZooKeeper (before 4.0)');
    expect(panel().getByText(/In the terminal/)).toHaveTextContent(
      'In the terminal, before any topic exists: sim brokers 1 2 3 4 then sim mode zookeeper.',
    );
    await user.click(panel().getByTestId('new-cluster'));
    advance(100);

    const snapshot = store.getState().snapshot!;
    expect(snapshot.mode).toBe('zookeeper');
    expect(snapshot.brokers.map((b) => b.id)).toEqual([1, 2, 3, 4]);
    // A fresh world: the old cluster's topics are gone with it.
    expect(snapshot.topics.filter((t) => !t.internal)).toEqual([]);
    expect(panel().queryByRole('alert')).not.toBeInTheDocument();
    for (const id of [1, 2, 3, 4]) expect(screen.getByTestId(`broker-${id}`)).toBeInTheDocument();
    expect(screen.queryByTestId('broker-101')).not.toBeInTheDocument();
  });

  it('takes ids separated by commas as well as spaces', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    await typeIds(user, '7,8, 9');
    await user.click(panel().getByTestId('new-cluster'));
    advance(100);
    expect(store.getState().snapshot!.brokers.map((b) => b.id)).toEqual([7, 8, 9]);
  });

  // `sim brokers` takes ids separated by spaces only (with commas the terminal answers "broker ids
  // are whole numbers"): the line shown is the one the terminal takes.
  it('shows a terminal line the terminal takes, whatever separates the ids', async () => {
    const user = userEvent.setup();
    renderApp();
    await typeIds(user, '7, 8');
    expect(panel().getByText(/In the terminal/)).toHaveTextContent(
      'In the terminal, before any topic exists: sim brokers 7 8.',
    );
  });

  it('a refused try is forgotten once good ids start a cluster', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    await typeIds(user, '5 5');
    await user.click(panel().getByTestId('new-cluster'));
    expect(panel().getByRole('alert')).toHaveTextContent('Broker ids must differ.');
    await typeIds(user, '5 6');
    await user.click(panel().getByTestId('new-cluster'));
    advance(100);

    expect(panel().queryByRole('alert')).not.toBeInTheDocument();
    expect(store.getState().snapshot!.brokers.map((b) => b.id)).toEqual([5, 6]);
    expect(store.getState().snapshot!.mode).toBe('kraft');
  });
});
