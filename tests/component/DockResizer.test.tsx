// The stage–dock splitter, as a keyboard user moves it.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { preferReducedMotion, renderApp } from '../support/renderApp';

describe('the splitter between the stage and the dock', () => {
  it('gives the terminal more room with ArrowUp and less with ArrowDown, within bounds', () => {
    preferReducedMotion(false);
    const { container } = renderApp();
    const splitter = screen.getByRole('separator', { name: /Resize the terminal/ });
    const app = container.querySelector<HTMLElement>('.app')!;
    expect(splitter).toHaveAttribute('aria-valuenow', '38');
    fireEvent.keyDown(splitter, { key: 'ArrowUp' });
    expect(splitter).toHaveAttribute('aria-valuenow', '43');
    expect(app.style.getPropertyValue('--dock-height')).toBe('43vh');
    fireEvent.keyDown(splitter, { key: 'Home' });
    expect(splitter).toHaveAttribute('aria-valuenow', '15');
    fireEvent.keyDown(splitter, { key: 'ArrowDown' });
    expect(splitter).toHaveAttribute('aria-valuenow', '15');
    fireEvent.keyDown(splitter, { key: 'End' });
    expect(splitter).toHaveAttribute('aria-valuenow', '75');
  });
});
