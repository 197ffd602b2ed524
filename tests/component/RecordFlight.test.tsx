// In its own file: framer-motion reads prefers-reduced-motion once per page.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { partitionForKey } from '../../src/engine';
import { preferReducedMotion, renderApp } from '../support/renderApp';

describe('with full motion', () => {
  preferReducedMotion(false);

  it('draws the record in flight, its cell waiting, until the flight lands', async () => {
    const user = userEvent.setup();
    const { advance, store } = renderApp();
    await user.type(screen.getByLabelText(/Key/), 'k');
    await user.type(screen.getByLabelText('Value'), 'x');
    await user.click(screen.getByRole('button', { name: 'Produce' }));
    advance(50);
    const kinds = screen.getAllByTestId('flight').map((f) => f.getAttribute('data-kind'));
    expect(kinds).toContain('produce');
    const partition = partitionForKey('k', 3);
    expect(screen.getByTestId(`cell-orders-${partition}-0`)).toHaveAttribute(
      'data-state',
      'incoming',
    );
    // The flight's end is the animation's business; the store's landFlight is what it calls.
    const [flight] = store.getState().flights;
    expect(flight).toMatchObject({ topic: 'orders', partition, offset: 0 });
  });
});
