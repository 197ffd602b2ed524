import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { partitionForKey } from '../../src/engine';
import { preferReducedMotion, renderApp } from '../support/renderApp';

beforeEach(() => preferReducedMotion(true));

describe('the inspector', () => {
  it('shows a broker’s details when it is focused on the stage and Enter is pressed; Escape closes them', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(screen.queryByTestId('inspector')).not.toBeInTheDocument();
    const broker = screen.getByTestId('broker-101');
    expect(broker).toHaveAttribute('role', 'button');
    broker.focus();
    expect(broker).toHaveFocus();
    await user.keyboard('{Enter}');
    const inspector = screen.getByTestId('inspector');
    expect(within(inspector).getByRole('heading', { name: 'Broker 101' })).toBeInTheDocument();
    expect(inspector).toHaveTextContent('localhost:9092');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('inspector')).not.toBeInTheDocument();
  });

  it('closes with its × button too', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByTestId('broker-102'));
    expect(screen.getByRole('heading', { name: 'Broker 102' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close the details' }));
    expect(screen.queryByTestId('inspector')).not.toBeInTheDocument();
  });

  it('lists a partition’s newest records as buttons, newest first, and a chosen record shows its journey', async () => {
    const user = userEvent.setup();
    const { advance } = renderApp();
    const partition = partitionForKey('truck_1', 3);
    for (const value of ['lat=51.5', 'lat=51.6']) {
      await user.type(screen.getByLabelText(/Key/), 'truck_1');
      await user.type(screen.getByLabelText('Value'), value);
      await user.click(screen.getByRole('button', { name: 'Produce' }));
      await user.clear(screen.getByLabelText(/Key/));
      await user.clear(screen.getByLabelText('Value'));
    }
    advance(200);

    const label = screen.getByTestId(`partition-label-orders-${partition}`);
    label.focus();
    await user.keyboard('{Enter}');
    const inspector = screen.getByTestId('inspector');
    expect(
      within(inspector).getByRole('heading', { name: `Partition orders-${partition}` }),
    ).toBeInTheDocument();
    const records = within(inspector)
      .getAllByRole('button')
      .filter((b) => b.textContent?.startsWith('@'));
    expect(records.map((b) => b.textContent)).toEqual([
      '@1 truck_1: lat=51.6',
      '@0 truck_1: lat=51.5',
    ]);

    await user.click(records[1]!);
    expect(
      within(inspector).getByRole('heading', { name: `Record orders-${partition}@0` }),
    ).toBeInTheDocument();
    expect(within(inspector).getByRole('heading', { name: 'Journey' })).toBeInTheDocument();
    const journey = within(screen.getByTestId('journey'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(journey[0]).toMatch(/Sent by producer-sticky \(key partitioning\)$/);
    expect(journey[1]).toMatch(/Appended by the leader, broker \d+, at offset 0$/);
    // RF 3: both followers copy it, and it goes under the high watermark.
    expect(journey.filter((t) => /Copied by follower broker \d+$/.test(t ?? ''))).toHaveLength(2);
    expect(journey.some((t) => /Under the high watermark \(\d+\)/.test(t ?? ''))).toBe(true);
    expect(journey.some((t) => /Acknowledged to producer-sticky$/.test(t ?? ''))).toBe(true);
  });
});

describe('the keyboard shortcuts', () => {
  // jsdom has no HTMLDialogElement#showModal (browsers do): open the dialog as a browser would.
  const proto = HTMLDialogElement.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'showModal');
  beforeAll(() => {
    Object.defineProperty(proto, 'showModal', {
      configurable: true,
      writable: true,
      value(this: HTMLDialogElement) {
        this.setAttribute('open', '');
      },
    });
  });
  afterAll(() => {
    if (original) Object.defineProperty(proto, 'showModal', original);
    else Reflect.deleteProperty(proto, 'showModal');
  });

  it('→ steps to the next moment something happens while paused, and stays paused', async () => {
    const user = userEvent.setup();
    const { advance, store } = renderApp();
    advance(100);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await user.click(document.body);
    const before = store.getState().now;
    advance(500);
    expect(store.getState().now).toBe(before);
    await user.keyboard('{ArrowRight}');
    expect(store.getState().now).toBeGreaterThan(before);
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('→ steps onto a record’s append after it is produced while paused', async () => {
    const user = userEvent.setup();
    const { advance, store } = renderApp();
    advance(100);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await user.type(screen.getByLabelText(/Key/), 'truck_1');
    await user.type(screen.getByLabelText('Value'), 'x');
    await user.click(screen.getByRole('button', { name: 'Produce' }));
    advance(50);
    const cell = `cell-orders-${partitionForKey('truck_1', 3)}-0`;
    expect(screen.queryByTestId(cell)).not.toBeInTheDocument();
    await user.click(document.body);
    const sentAt = store.getState().now;
    // The first step sends the batch (linger.ms=0: at the same virtual moment)…
    await user.keyboard('{ArrowRight}');
    advance(16);
    expect(store.getState().log.at(-1)?.type).toBe('batch.sent');
    expect(screen.queryByTestId(cell)).not.toBeInTheDocument();
    // …the next is the leader's append, a network hop later.
    await user.keyboard('{ArrowRight}');
    advance(16);
    expect(store.getState().log.at(-1)?.type).toBe('records.appended');
    expect(store.getState().now).toBeGreaterThan(sentAt);
    expect(screen.getByTestId(cell)).toBeInTheDocument();
    expect(store.getState().playing).toBe(false);
  });

  it('? opens the list of shortcuts in a dialog', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(document.body);
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Play or pause');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('d switches between the light and dark themes', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(document.documentElement.dataset.theme).toBe('light');
    await user.click(document.body);
    await user.keyboard('d');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByTestId('theme')).toHaveTextContent('Light');
    await user.keyboard('d');
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('ignores the shortcuts while the user types in a field', async () => {
    const user = userEvent.setup();
    renderApp();
    const theme = document.documentElement.dataset.theme;
    await user.type(screen.getByLabelText('Value'), 'd?');
    expect(document.documentElement.dataset.theme).toBe(theme);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Value')).toHaveValue('d?');
  });
});
