import { expect, test } from '@playwright/test';
import { partitionForKey } from '../../src/engine';
import { SimulatorPage } from './pages/SimulatorPage';

const BS = '--bootstrap-server localhost:9092';

test('typed into the terminal: a topic is created, a producer in one tab sends keyed records, a consumer in another prints them, and the stage shows them', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();

  await sim.typeCommand('sim speed 10');
  await expect(sim.terminalScreen()).toContainText('Speed: 10×');
  await sim.typeCommand(
    `kafka-topics.sh ${BS} --create --topic demo --partitions 3 --replication-factor 3`,
  );
  await expect(sim.terminalScreen()).toContainText('Created topic demo.');
  await expect(page.getByTestId('topic-header-demo')).toBeVisible();

  await sim.openTerminalTab();
  await sim.typeCommand(
    `kafka-console-consumer.sh ${BS} --topic demo --from-beginning --property print.key=true`,
  );
  await expect(page.getByRole('tab', { name: /kafka-console-consumer/ })).toBeVisible();

  await sim.showTerminalTab(1);
  await sim.typeCommand(
    `kafka-console-producer.sh ${BS} --topic demo --property parse.key=true --property key.separator=:`,
  );
  await sim.typeCommand('truck_1:lat=51.50');
  await sim.typeCommand('truck_2:lat=48.85');
  await page.keyboard.press('Control+D');
  // The producer has exited: the tab no longer names a running tool.
  await expect(page.getByRole('tab', { name: /^1\b/ })).not.toContainText('·');

  for (const key of ['truck_1', 'truck_2'])
    await expect(sim.cell('demo', partitionForKey(key, 3), 0)).toHaveAttribute('data-key', key);

  await sim.showTerminalTab(2);
  await expect(sim.terminalScreen()).toContainText(/truck_1\s+lat=51\.50/);
  await expect(sim.terminalScreen()).toContainText(/truck_2\s+lat=48\.85/);
  // Ctrl+C ends the consumer as it ends in a real terminal.
  await page.locator('.terminal-pane:not([hidden]) .xterm').click();
  await page.keyboard.press('Control+C');
  await expect(sim.terminalScreen()).toContainText('Processed a total of 2 messages');
  expect(sim.errors).toEqual([]);
});

test('Tab completes topic names from the world, and Esc then Tab leaves the terminal', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await page.locator('.terminal-pane:not([hidden]) .xterm').click();
  await page.keyboard.type(`kafka-topics.sh ${BS} --describe --topic ord`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(sim.terminalScreen()).toContainText('Topic: orders');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.locator('.terminal-pane:not([hidden]) textarea')).not.toBeFocused();
});
