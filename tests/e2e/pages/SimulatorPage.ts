// A page object for the simulator: tests say what a user does, this says how.
import { expect, type Locator, type Page } from '@playwright/test';
import type { SimTestHook } from '../../../src/app/testHook';
import type { SimEvent, WorldSnapshot } from '../../../src/engine';

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
    const form = this.fold('produce-heading');
    await form.getByLabel(/^Key/).fill(key ?? '');
    await form.getByLabel('Value').fill(value);
    await this.page.getByRole('button', { name: 'Produce', exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Sent to' })).toBeVisible();
  }

  /** A builder section of the side panel, by its heading's id (produce-heading, load-heading…). */
  fold(id: string): Locator {
    return this.page.getByTestId(`fold-${id}`);
  }

  /** Opens a folded builder section (Steady load, Create a topic, New cluster…). */
  async unfold(title: string): Promise<void> {
    const fold = this.page.locator('details.fold').filter({
      has: this.page.getByRole('heading', { name: title }),
    });
    if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  }

  async createTopic(name: string, partitions: number): Promise<void> {
    await this.unfold('Create a topic');
    const form = this.fold('topic-heading');
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Partitions', { exact: true }).fill(String(partitions));
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

  // ---- Time: the top bar. ----

  /** Virtual time as the page knows it, in milliseconds. */
  now(): Promise<number> {
    return this.page.evaluate(() => window.__sim?.now() ?? 0);
  }

  events(): Promise<readonly SimEvent[]> {
    return this.page.evaluate(() => window.__sim?.events() ?? []);
  }

  clock(): Locator {
    return this.page.getByTestId('clock');
  }

  scrubber(): Locator {
    return this.page.getByTestId('scrubber');
  }

  async setSpeed(speed: number): Promise<void> {
    await this.page.getByTestId('speed').selectOption(String(speed));
    await expect(this.page.getByTestId('speed')).toHaveValue(String(speed));
  }

  /** Pauses with the Play/Pause button; resolves once the worker has stopped the clock. */
  async pause(): Promise<void> {
    const button = this.page.getByTestId('play-pause');
    await expect(button).toHaveText('Pause');
    await button.click();
    await expect(button).toHaveText('Play');
  }

  async play(): Promise<void> {
    const button = this.page.getByTestId('play-pause');
    await expect(button).toHaveText('Play');
    await button.click();
    await expect(button).toHaveText('Pause');
  }

  /** Moves the scrubber to `ms`, as dragging it there would (the range input's input event). */
  async scrubTo(ms: number): Promise<void> {
    await this.scrubber().fill(String(ms));
  }

  /** The timeline's marks of one kind (broker, election, isr, member, rebalance, loss, topic). */
  markers(kind: string): Locator {
    return this.page.getByTestId('marker-strip').locator(`rect[data-kind="${kind}"]`);
  }

  // ---- The side panel. ----

  async crashBroker(broker: number): Promise<void> {
    await this.page.getByTestId('fault-broker').selectOption(String(broker));
    await this.page.getByTestId('crash-broker').click();
  }

  /** Adds a consumer to `group` (subscribed to the panel's topic) and returns its client id. */
  async addConsumer(group = 'billing'): Promise<string> {
    const before = new Set(((await this.snapshot())?.consumers ?? []).map((c) => c.clientId));
    await this.page.getByTestId('consumer-group').fill(group);
    await this.page.getByTestId('add-consumer').click();
    let added: string | undefined;
    // (A busy machine — CI runs two browsers — can take more than the default 5 s to show it.)
    await expect
      .poll(
        async () => {
          added = (await this.snapshot())?.consumers.find(
            (c) => c.group === group && !before.has(c.clientId),
          )?.clientId;
          return added;
        },
        { timeout: 20_000 },
      )
      .toBeDefined();
    return added!;
  }

  /** Starts the panel's steady load on its topic, at `recordsPerSecond` if given. */
  async startLoad(recordsPerSecond?: number): Promise<void> {
    await this.unfold('Steady load');
    if (recordsPerSecond !== undefined)
      await this.fold('load-heading')
        .getByLabel('Records per second')
        .fill(String(recordsPerSecond));
    await this.page.getByTestId('start-load').click();
  }

  /**
   * Step forward (⏭): pauses and runs to the next moment something happens. Resolves once the
   * page has that moment (its events have arrived), so the stage shows it.
   */
  async stepForward(): Promise<void> {
    const last = await this.lastEventSeq();
    await this.page.getByTestId('step-forward').click();
    await expect.poll(() => this.lastEventSeq()).toBeGreaterThan(last);
  }

  /** The sequence number of the newest event the page has heard of (-1: none yet). */
  lastEventSeq(): Promise<number> {
    return this.page.evaluate(() => window.__sim?.events().at(-1)?.seq ?? -1);
  }

  // ---- The stage. ----

  broker(id: number): Locator {
    return this.page.getByTestId(`broker-${id}`);
  }

  partition(topic: string, partition: number): Locator {
    return this.page.getByTestId(`partition-${topic}-${partition}`);
  }

  replica(topic: string, partition: number, broker: number): Locator {
    return this.page.getByTestId(`partition-${topic}-${partition}-replica-${broker}`);
  }

  group(groupId: string): Locator {
    return this.page.getByTestId(`group-${groupId}`);
  }

  member(clientId: string): Locator {
    return this.page.getByTestId(`member-${clientId}`);
  }

  link(groupId: string, topic: string, partition: number): Locator {
    return this.page.getByTestId(`link-${groupId}-${topic}-${partition}`);
  }

  flights(): Locator {
    return this.page.getByTestId('flight');
  }

  /**
   * Starts recording every value `attribute` of the stage element `testId` takes, as the user
   * would have seen it frame by frame (a MutationObserver: no sampling, nothing missed).
   */
  async watchAttribute(testId: string, attribute: string): Promise<void> {
    await this.page.evaluate(
      ({ testId, attribute }) => {
        const w = window as unknown as { __seen?: Record<string, (string | null)[]> };
        const seen = ((w.__seen ??= {})[`${testId}@${attribute}`] = [] as (string | null)[]);
        const look = () => {
          const value =
            document.querySelector(`[data-testid="${testId}"]`)?.getAttribute(attribute) ?? null;
          if (seen[seen.length - 1] !== value) seen.push(value);
        };
        look();
        new MutationObserver(look).observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: [attribute],
        });
      },
      { testId, attribute },
    );
  }

  /** The values recorded since watchAttribute(testId, attribute), without repeats. */
  seenAttribute(testId: string, attribute: string): Promise<(string | null)[]> {
    return this.page.evaluate(
      (key) =>
        (window as unknown as { __seen?: Record<string, (string | null)[]> }).__seen?.[key] ?? [],
      `${testId}@${attribute}`,
    );
  }

  /** Starts counting every element with this test id the page ever adds (one that only flashes too). */
  async countAdded(testId: string): Promise<void> {
    await this.page.evaluate((testId) => {
      const w = window as unknown as { __added?: Record<string, number> };
      const added = (w.__added ??= {});
      added[testId] = document.querySelectorAll(`[data-testid="${testId}"]`).length;
      new MutationObserver((mutations) => {
        for (const m of mutations)
          for (const node of m.addedNodes) {
            if (!(node instanceof Element)) continue;
            if (node.getAttribute('data-testid') === testId) added[testId]! += 1;
            added[testId]! += node.querySelectorAll(`[data-testid="${testId}"]`).length;
          }
      }).observe(document.body, { subtree: true, childList: true });
    }, testId);
  }

  added(testId: string): Promise<number> {
    return this.page.evaluate(
      (testId) =>
        (window as unknown as { __added?: Record<string, number> }).__added?.[testId] ?? 0,
      testId,
    );
  }

  /** The offsets of the cells the stage draws for one partition, in order. */
  async shownOffsets(topic: string, partition: number): Promise<number[]> {
    const prefix = `cell-${topic}-${partition}-`;
    const ids = await this.partition(topic, partition)
      .locator(`[data-testid^="${prefix}"]`)
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-testid') ?? ''));
    return ids.map((id) => Number(id.slice(prefix.length))).sort((a, b) => a - b);
  }
}
