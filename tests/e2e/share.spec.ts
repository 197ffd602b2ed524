// Sharing a sandbox: a link opened in a fresh page, an exported file imported in another, and a
// reload — each shows the same world at the same virtual moment. Bad files and a corrupt autosave
// are refused with a message, and change nothing.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SimulatorPage } from './pages/SimulatorPage';

/** What the stage draws, as text: equal texts mean the same world shown. */
const shown = (page: Page) =>
  page.evaluate(() =>
    JSON.stringify({ now: window.__sim!.now(), world: window.__sim!.snapshot() }),
  );

/** Builds a scenario with the builder: a topic, a keyed GPS load, a group of two, a crash. */
async function buildScenario(sim: SimulatorPage): Promise<void> {
  await sim.setSpeed(5);
  await sim.unfold('Create a topic');
  const topics = sim.page.getByTestId('fold-topic-heading');
  await topics.getByLabel('Name').fill('trucks_gps');
  await topics.getByLabel('Partitions', { exact: true }).fill('4');
  await topics.getByLabel('Replication factor').fill('2');
  await topics.getByRole('button', { name: 'Create topic' }).click();
  await expect(sim.page.getByTestId('equivalents')).toContainText(
    'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic trucks_gps --partitions 4 --replication-factor 2',
  );
  await sim.unfold('Steady load');
  const load = sim.page.getByTestId('fold-load-heading');
  await load.getByLabel('Topic').selectOption('trucks_gps');
  await load.getByLabel('Record keys').selectOption('truck');
  await load.getByLabel('Values').selectOption('gps');
  await load.getByTestId('start-load').click();
  await expect(sim.page.getByText('sim load load-generator trucks_gps 20 --keys 6')).toBeVisible();
  await sim.page
    .getByTestId('fold-consumers-heading')
    .getByLabel('Topic')
    .selectOption('trucks_gps');
  await sim.addConsumer('dashboard');
  await sim.addConsumer('dashboard');
  await expect.poll(() => sim.page.evaluate(() => window.__sim!.now())).toBeGreaterThan(8_000);
  await sim.crashBroker(102);
  await expect.poll(() => sim.page.evaluate(() => window.__sim!.now())).toBeGreaterThan(20_000);
  await sim.pause();
}

// Each test builds a scenario through the panels and opens a second page: slower than most on a
// busy machine (CI runs two browsers at once).
test.describe.configure({ timeout: 120_000 });

async function openShare(page: Page) {
  await page.getByTestId('share').click();
  await expect(page.getByRole('dialog', { name: 'Share and export' })).toBeVisible();
}

test('a copied link opens the same world at the same virtual moment in a fresh page', async ({
  page,
  browser,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await buildScenario(sim);
  const before = await shown(page);
  await openShare(page);
  await page.getByTestId('make-link').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/#\/s\/[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = new SimulatorPage(await fresh.newPage());
  await other.page.goto(link);
  await expect(other.page.getByTestId('notice')).toContainText('The shared scenario is loaded');
  await expect.poll(() => shown(other.page)).toBe(before);
  expect((JSON.parse(before) as { now: number }).now).toBeGreaterThan(20_000);
  // The link did its job: the address is the sandbox's again, and the page is paused there.
  expect(new URL(other.page.url()).hash).toBe('#/');
  await expect(other.page.getByTestId('play-pause')).toHaveText('Play');
  expect(other.errors).toEqual([]);
  await fresh.close();
});

test('an exported file imports into another page; a broken one is refused and changes nothing', async ({
  page,
  browser,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await buildScenario(sim);
  const before = await shown(page);
  await openShare(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ]);
  const file = readFileSync(await download.path(), 'utf8');

  const fresh = await browser.newContext();
  const other = new SimulatorPage(await fresh.newPage());
  await other.open();
  await other.pause();
  const untouched = await shown(other.page);
  await openShare(other.page);
  await other.page.getByTestId('import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...(JSON.parse(file) as object), version: 9 })),
  });
  await expect(other.page.getByRole('dialog').getByRole('alert')).toContainText(
    'broken.json is not a valid session:\n- version: must be 1',
  );
  expect(await shown(other.page)).toBe(untouched);
  await other.page.getByTestId('import-file').setInputFiles({
    name: 'session.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(other.page.getByTestId('notice')).toContainText('session.json is loaded');
  await expect.poll(() => shown(other.page)).toBe(before);
  await fresh.close();
});

test('a reload restores the sandbox; a corrupt saved one is reported and the app starts fresh', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await buildScenario(sim);
  const before = await shown(page);
  const now = (JSON.parse(before) as { now: number }).now;
  // The autosave runs every two seconds while the sandbox changes.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (
            JSON.parse(localStorage.getItem('kafka-visual-simulator.sandbox.v1') ?? '{}') as {
              at?: number;
            }
          ).at,
      ),
    )
    .toBe(now);
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('Your sandbox is restored');
  await expect.poll(() => shown(page)).toBe(before);

  await page.evaluate(() =>
    localStorage.setItem('kafka-visual-simulator.sandbox.v1', '{"format":"kafkasim-session"'),
  );
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText(
    'Your saved sandbox could not be restored, so a fresh one starts',
  );
  await expect(page.getByTestId('notice')).toContainText('The saved sandbox is not JSON');
  // Set aside, not thrown away.
  expect(
    await page.evaluate(() => localStorage.getItem('kafka-visual-simulator.sandbox.broken')),
  ).toBe('{"format":"kafkasim-session"');
  await page.waitForFunction(() => window.__sim?.ready() === true);
  await expect(page.getByTestId('broker-101')).toBeVisible();
  expect(await page.evaluate(() => window.__sim!.snapshot()!.topics.map((t) => t.name))).toContain(
    'orders',
  );
  expect(sim.errors).toEqual([]);
});
