// Presenter mode: the Present button and the P key turn it on and off (on <html>, for the
// stylesheet), it is kept for the next visit, and P typed into a field is only a letter.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { preferReducedMotion, renderApp } from '../support/renderApp';

const html = document.documentElement;
const present = () => screen.getByRole('button', { name: 'Present' });

beforeEach(() => {
  preferReducedMotion(true);
  localStorage.clear();
  html.removeAttribute('data-presenter');
});

describe('presenter mode', () => {
  it('the Present button turns it on and off', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    expect(present()).toHaveAttribute('aria-pressed', 'false');
    expect(html).not.toHaveAttribute('data-presenter');

    await user.click(present());
    expect(present()).toHaveAttribute('aria-pressed', 'true');
    expect(html).toHaveAttribute('data-presenter');
    expect(store.getState().presenter).toBe(true);

    await user.click(present());
    expect(present()).toHaveAttribute('aria-pressed', 'false');
    expect(html).not.toHaveAttribute('data-presenter');
  });

  it('the P key turns it on and off, in either case', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(document.body);
    await user.keyboard('p');
    expect(present()).toHaveAttribute('aria-pressed', 'true');
    expect(html).toHaveAttribute('data-presenter');
    await user.keyboard('P');
    expect(present()).toHaveAttribute('aria-pressed', 'false');
    expect(html).not.toHaveAttribute('data-presenter');
  });

  it('is kept across a reload, and so is turning it off', async () => {
    const user = userEvent.setup();
    const first = renderApp();
    await user.click(present());
    first.unmount();
    html.removeAttribute('data-presenter');

    const second = renderApp();
    expect(present()).toHaveAttribute('aria-pressed', 'true');
    expect(html).toHaveAttribute('data-presenter');
    await user.click(present());
    second.unmount();

    renderApp();
    expect(present()).toHaveAttribute('aria-pressed', 'false');
    expect(html).not.toHaveAttribute('data-presenter');
  });

  it('P typed into a field is a letter, not the shortcut', async () => {
    const user = userEvent.setup();
    renderApp();
    const key = screen.getByLabelText(/Key/);
    await user.type(key, 'Pp');
    expect(key).toHaveValue('Pp');
    expect(present()).toHaveAttribute('aria-pressed', 'false');
    expect(html).not.toHaveAttribute('data-presenter');
  });

  it('Ctrl+P is the browser’s, not the shortcut', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(document.body);
    await user.keyboard('{Control>}p{/Control}');
    expect(present()).toHaveAttribute('aria-pressed', 'false');
  });
});
