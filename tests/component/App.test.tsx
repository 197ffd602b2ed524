import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { partitionForKey } from '../../src/engine';
import { preferReducedMotion, renderApp } from '../support/renderApp';

beforeEach(() => preferReducedMotion(true));

describe('the first screen', () => {
  it("shows the scenario's brokers and the orders topic's partitions, and describes them in text", () => {
    renderApp();
    for (const id of [101, 102, 103])
      expect(screen.getByTestId(`broker-${id}`)).toBeInTheDocument();
    for (const p of [0, 1, 2])
      expect(screen.getByTestId(`partition-orders-${p}`)).toBeInTheDocument();
    expect(
      screen.getByRole('group', {
        name: /Cluster of 3 brokers \(101, 102, 103\); Controller: 3000\. topic orders: partition 0 has 0 records \(leader \d+, in-sync replicas/,
      }),
    ).toBeInTheDocument();
  });

  it("produces a keyed record that lands at offset 0 of its key's partition, and narrates it", async () => {
    const user = userEvent.setup();
    const { advance } = renderApp();
    await user.type(screen.getByLabelText(/Key/), 'truck_1');
    await user.type(screen.getByLabelText('Value'), 'lat=51.5');
    await user.click(screen.getByRole('button', { name: 'Produce' }));
    advance(50);
    const partition = partitionForKey('truck_1', 3);
    const cell = screen.getByTestId(`cell-orders-${partition}-0`);
    expect(cell).toHaveAttribute('data-state', 'landed');
    expect(cell).toHaveAttribute('data-key', 'truck_1');
    expect(screen.getByRole('status')).toHaveTextContent(
      `Sent to orders, partition ${partition} (key hash).`,
    );
    // And how to send the same from a terminal, here or on a real cluster.
    expect(screen.getByTestId('equivalents')).toHaveTextContent(
      'echo truck_1:lat=51.5 | kafka-console-producer.sh --bootstrap-server localhost:9092 --topic orders --property parse.key=true --property key.separator=:',
    );
    const log = within(screen.getByRole('list', { name: 'Events, oldest first' }));
    // The log and the narrator follow a few times a second, not every frame.
    expect(
      await log.findByText(
        new RegExp(`appended the record with key "truck_1" to orders-${partition} at offset 0`),
      ),
    ).toBeInTheDocument();
    await waitFor(
      () =>
        expect(screen.getByTestId('narrator')).toHaveTextContent(`orders-${partition} at offset 0`),
      { timeout: 2000 },
    );
  });

  it("shows Kafka's error when a topic already exists, and changes nothing", async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const before = store.getState().snapshot;
    await user.type(screen.getByLabelText('Name'), 'orders');
    await user.click(screen.getByRole('button', { name: 'Create topic' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "TopicExistsException: Topic 'orders' already exists.",
    );
    expect(store.getState().snapshot).toBe(before);
  });

  it('creates a topic that then appears on the stage and in the producer’s topic list', async () => {
    const user = userEvent.setup();
    const { advance } = renderApp();
    await user.type(screen.getByLabelText('Name'), 'trucks_gps');
    await user.clear(screen.getByLabelText('Partitions'));
    await user.type(screen.getByLabelText('Partitions'), '10');
    await user.click(screen.getByRole('button', { name: 'Create topic' }));
    advance(16);
    expect(screen.getByTestId('partition-trucks_gps-9')).toBeInTheDocument();
    // In the producer's list (and the consumer panel's).
    expect(screen.getAllByRole('option', { name: 'trucks_gps' }).length).toBeGreaterThan(0);
  });

  it('pauses and plays with the button and with Space; virtual time stands still while paused', async () => {
    const user = userEvent.setup();
    const { advance } = renderApp();
    advance(100);
    const clock = screen.getByRole('timer');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    const frozen = clock.textContent;
    advance(500);
    expect(clock.textContent).toBe(frozen);
    await user.click(document.body);
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    advance(500);
    expect(clock.textContent).not.toBe(frozen);
  });
});
