import { expect, test } from '@playwright/test';
import { partitionForKey } from '../../src/engine';
import { SimulatorPage } from './pages/SimulatorPage';

test('two records with one key fly to offsets 0 and 1 of the partition Kafka’s key hash picks', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  const partitions = await sim.partitionCount('orders');
  expect(partitions).toBe(3);
  const partition = partitionForKey('truck_7', partitions);

  await sim.produce('truck_7', 'lat=51.50');
  await sim.produce('truck_7', 'lat=51.51');

  await expect(sim.cell('orders', partition, 0)).toHaveAttribute('data-state', 'landed');
  await expect(sim.cell('orders', partition, 1)).toHaveAttribute('data-state', 'landed');
  await expect(sim.cell('orders', partition, 1)).toHaveAttribute('data-key', 'truck_7');
  const log = (await sim.snapshot())?.topics[0]?.partitions[partition];
  expect(log?.records.map((r) => [r.offset, r.key, r.value])).toEqual([
    [0, 'truck_7', 'lat=51.50'],
    [1, 'truck_7', 'lat=51.51'],
  ]);
  // No other partition got anything.
  const others = (await sim.snapshot())?.topics[0]?.partitions.filter((p) => p.id !== partition);
  expect(others?.map((p) => p.logEndOffset)).toEqual([0, 0]);
  expect(sim.errors).toEqual([]);
});

test('keyless records go round-robin across the partitions when the notes’ partitioner is chosen', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.fold('produce-heading').getByLabel('Records without a key').selectOption('round-robin');
  for (const value of ['a', 'b', 'c']) await sim.produce(null, value);
  for (const p of [0, 1, 2])
    await expect(sim.cell('orders', p, 0)).toHaveAttribute('data-state', 'landed');
});

test('with reduced motion, records appear in place without flying', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.produce('k', 'v');
  const partition = partitionForKey('k', 3);
  await expect(sim.cell('orders', partition, 0)).toHaveAttribute('data-state', 'landed');
  await expect(page.getByTestId('flight')).toHaveCount(0);
});

test('time can be paused and resumed from the keyboard alone', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await page.getByTestId('stage').click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const frozen = await page.getByRole('timer').textContent();
  await sim.produce('k', 'v'); // sent, but with time stopped it cannot arrive
  await expect(page.getByRole('timer')).toHaveText(frozen ?? '');
  const partition = partitionForKey('k', 3);
  expect((await sim.snapshot())?.topics[0]?.partitions[partition]?.logEndOffset).toBe(0);
  await page.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Enter');
  await expect(sim.cell('orders', partitionForKey('k', 3), 0)).toHaveAttribute(
    'data-state',
    'landed',
  );
});
