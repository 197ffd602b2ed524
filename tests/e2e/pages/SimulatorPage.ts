// A page object for the simulator: tests say what a user does, this says how.
import { expect, type Locator, type Page } from '@playwright/test';
import type { SimTestHook } from '../../../src/app/testHook';
import type { WorldSnapshot } from '../../../src/engine';

// The app installs window.__sim (typed by SimTestHook) for tests to read the engine's state.
export type { SimTestHook };

export class SimulatorPage {
  /** Every URL the page asked for, in order: the site must need nothing but its own files. */
  readonly requests: URL[] = [];
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('request', (request) => this.requests.push(new URL(request.url())));
  }

  /** Requests to anywhere but the origin the site was served from. */
  requestsElsewhere(origin: string): string[] {
    return this.requests
      .filter((url) => url.origin !== origin && url.protocol !== 'data:')
      .map(String);
  }

  async open(path = './'): Promise<void> {
    await this.page.goto(path);
    await this.page.waitForFunction(() => window.__sim?.ready() === true);
  }

  async produce(key: string | null, value: string): Promise<void> {
    await this.page.getByLabel(/^Key/).fill(key ?? '');
    await this.page.getByLabel('Value').fill(value);
    await this.page.getByRole('button', { name: 'Produce' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Sent to' })).toBeVisible();
  }

  async createTopic(name: string, partitions: number): Promise<void> {
    await this.page.getByLabel('Name').fill(name);
    await this.page.getByLabel('Partitions').fill(String(partitions));
    await this.page.getByRole('button', { name: 'Create topic' }).click();
  }

  cell(topic: string, partition: number, offset: number): Locator {
    return this.page.getByTestId(`cell-${topic}-${partition}-${offset}`);
  }

  /** The visible terminal tab's screen. */
  terminalScreen(): Locator {
    return this.page.locator('.terminal-pane:not([hidden]) .xterm-rows');
  }

  /** Types a line into the visible terminal tab, as a user would, and presses Enter. */
  async typeCommand(line: string): Promise<void> {
    await this.page.locator('.terminal-pane:not([hidden]) .xterm').click();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
  }

  async openTerminalTab(): Promise<void> {
    await this.page.getByRole('button', { name: 'New terminal tab' }).click();
  }

  async showTerminalTab(n: number): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${n}\\b`) }).click();
  }

  snapshot(): Promise<WorldSnapshot | null> {
    return this.page.evaluate(() => window.__sim?.snapshot() ?? null);
  }

  async partitionCount(topic: string): Promise<number> {
    const snapshot = await this.snapshot();
    return snapshot?.topics.find((t) => t.name === topic)?.partitions.length ?? 0;
  }
}
