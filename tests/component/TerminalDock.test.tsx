// The terminal's tabs, as a keyboard user works them.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { preferReducedMotion, renderApp } from '../support/renderApp';

describe('the terminal tabs', () => {
  it('opens a tab, moves between tabs with the arrow keys, and closes one', async () => {
    preferReducedMotion(false);
    renderApp();
    // The terminal loads after the first paint (its own chunk).
    expect(await screen.findAllByRole('tab')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'New terminal tab' }));
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    fireEvent.keyDown(tabs[1]!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('1');
    // Only the chosen tab's screen is shown.
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    // Delete on a focused tab closes it (the × is for the mouse).
    fireEvent.keyDown(screen.getAllByRole('tab')[1]!, { key: 'Delete' });
    expect(screen.getAllByRole('tab')).toHaveLength(1);
  });

  it('closing the last tab opens a fresh one, as a terminal app would', async () => {
    preferReducedMotion(false);
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Close terminal 1' }));
    expect(screen.getAllByRole('tab')).toHaveLength(1);
    expect(screen.getByRole('tab')).toHaveTextContent('2');
  });

  it('leaves the focus where it was when the page opens, so Space still plays and pauses', async () => {
    preferReducedMotion(false);
    renderApp();
    await screen.findAllByRole('tab');
    expect(document.activeElement).toBe(document.body);
  });
});
