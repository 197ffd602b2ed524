// The Share dialog: a session file is imported (or refused, said in the dialog, with the world left
// as it was), the session is downloaded as a file that imports back, and a link is copied.
// jsdom has no HTMLDialogElement.showModal (and hides a <dialog> that is not open), no
// URL.createObjectURL, and navigates on <a>.click(): this file stubs all three.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeSession, LINK_PREFIX } from '../../src/scenario/link';
import { preferReducedMotion, renderApp } from '../support/renderApp';

/** What the page offered to download: the file's name and its contents. */
let downloads: { name: string; blob: Blob }[] = [];
let restores: (() => void)[] = [];

/** Puts `value` at `target[key]` for this file's tests; afterAll puts back what was there. */
function stub(target: object, key: string, value: unknown): void {
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  restores.push(() =>
    before ? Object.defineProperty(target, key, before) : Reflect.deleteProperty(target, key),
  );
}

beforeAll(() => {
  stub(HTMLDialogElement.prototype, 'showModal', function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  });
  const blobs = new Map<string, Blob>();
  stub(URL, 'createObjectURL', (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  stub(URL, 'revokeObjectURL', () => {});
  stub(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterAll(() => {
  restores.reverse().forEach((restore) => restore());
  restores = [];
});
beforeEach(() => {
  preferReducedMotion(true);
  downloads = [];
});

type App = ReturnType<typeof renderApp>;
const dialog = () => within(screen.getByRole('dialog', { name: 'Share and export' }));
const topicNames = (app: App) => app.store.getState().snapshot!.topics.map((t) => t.name);
const json = (name: string, text: string) => new File([text], name, { type: 'application/json' });

async function createTopic(app: App, topic: string) {
  const result = await app.store.getState().run({ type: 'createTopic', topic, partitions: 1 });
  expect(result.ok).toBe(true);
  app.advance(100);
}

async function openShare(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByTestId('share'));
  return dialog();
}

describe('importing a session in the share dialog', () => {
  it.each([
    ['notes.json', 'these are my notes', /^notes\.json is not JSON: /],
    [
      'old.json',
      '{"format":"kafkasim-session","version":2}',
      /^old\.json is not a valid session:.*version: must be 1 \(this simulator reads version 1\)/s,
    ],
  ])('refuses %s in the dialog, and the world is unchanged', async (name, text, message) => {
    const user = userEvent.setup();
    const app = renderApp();
    await createTopic(app, 'payments');
    const before = topicNames(app);
    const share = await openShare(user);
    await user.upload(share.getByTestId('import-file'), json(name, text));
    app.advance(100);

    expect(share.getByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('dialog', { name: 'Share and export' })).toBeInTheDocument();
    expect(topicNames(app)).toEqual(before);
    // Said in the dialog, not behind it as well.
    expect(screen.queryByTestId('notice')).not.toBeInTheDocument();
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const user = userEvent.setup();
    const app = renderApp();
    const before = topicNames(app);
    const big = json('huge.json', '{}');
    Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 + 1 });
    const read = vi.spyOn(big, 'text');
    const share = await openShare(user);
    await user.upload(share.getByTestId('import-file'), big);

    expect(share.getByRole('alert')).toHaveTextContent('huge.json is too large (at most 5 MB).');
    expect(read).not.toHaveBeenCalled();
    expect(topicNames(app)).toEqual(before);
  });

  it('loads a valid session paused at its moment, closes the dialog and says so; × dismisses it', async () => {
    const user = userEvent.setup();
    const app = renderApp();
    await createTopic(app, 'payments');
    const saved = await app.store.getState().saveSession();
    // The world moves on: a topic the saved session does not have.
    await createTopic(app, 'scratch');
    expect(topicNames(app)).toContain('scratch');

    const share = await openShare(user);
    await user.upload(
      share.getByTestId('import-file'),
      json('session.json', JSON.stringify(saved)),
    );
    app.advance(100);

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(topicNames(app)).toContain('payments');
    expect(topicNames(app)).not.toContain('scratch');
    expect(app.store.getState().playing).toBe(false);
    const notice = screen.getByTestId('notice');
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent(
      'session.json is loaded, paused at its moment. Press Play to go on.',
    );

    await user.click(within(notice).getByRole('button', { name: 'Dismiss this message' }));
    expect(screen.queryByTestId('notice')).not.toBeInTheDocument();
    expect(app.store.getState().notice).toBeNull();
  });
});

describe('exporting from the share dialog', () => {
  it('downloads the session under its name, and that file imports back', async () => {
    const user = userEvent.setup();
    const app = renderApp();
    await createTopic(app, 'payments');
    const share = await openShare(user);
    await user.type(share.getByLabelText(/^Name/), 'Broker 102 fails');
    await user.click(share.getByTestId('export-json'));

    expect(downloads.map((d) => d.name)).toEqual(['Broker-102-fails.json']);
    const text = await downloads[0]!.blob.text();
    expect(JSON.parse(text)).toMatchObject({
      format: 'kafkasim-session',
      title: 'Broker 102 fails',
    });

    await createTopic(app, 'scratch');
    await user.upload(share.getByTestId('import-file'), json('Broker-102-fails.json', text));
    app.advance(100);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(topicNames(app)).toContain('payments');
    expect(topicNames(app)).not.toContain('scratch');
    expect(screen.getByTestId('notice')).toHaveTextContent('Broker-102-fails.json is loaded');
  });

  it('copies a link that carries the session, its name included', async () => {
    const user = userEvent.setup();
    const app = renderApp();
    await createTopic(app, 'payments');
    const share = await openShare(user);
    await user.type(share.getByLabelText(/^Name/), 'Payments');
    await user.click(share.getByTestId('make-link'));

    const link = await share.findByTestId<HTMLInputElement>('share-link');
    expect(link.value.startsWith(`${location.href.split('#')[0]}${LINK_PREFIX}`)).toBe(true);
    expect(await navigator.clipboard.readText()).toBe(link.value);
    expect(share.getByRole('status')).toHaveTextContent(
      `Link copied (${link.value.length.toLocaleString('en')} characters).`,
    );
    const check = await decodeSession(link.value.split(LINK_PREFIX)[1]!);
    expect(check.ok && check.session.title).toBe('Payments');
    expect(check.ok && check.session.actions.some((a) => a.command.type === 'createTopic')).toBe(
      true,
    );
  });

  it('Close closes the dialog and leaves the world alone', async () => {
    const user = userEvent.setup();
    const app = renderApp();
    const before = topicNames(app);
    const share = await openShare(user);
    await user.click(share.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(topicNames(app)).toEqual(before);
  });
});
