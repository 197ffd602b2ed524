// Offline after the first load: the service worker (dist/sw.js) keeps every file of the built
// site, so that with the network gone a reload still starts the app, its terminal (a lazy chunk)
// and any lesson, even one never opened online, at the root and under a sub-path alike.
import { expect, test, type Page, type Response } from '@playwright/test';
import { LessonPlayer } from './pages/LessonPlayer';
import { SimulatorPage } from './pages/SimulatorPage';

const BS = '--bootstrap-server localhost:9092';

for (const path of ['./', '/nested/sub/path/']) {
  test(`after one visit the site works offline: app, terminal and an unopened lesson (${path})`, async ({
    page,
    context,
  }) => {
    const sim = new SimulatorPage(page);
    const lesson = new LessonPlayer(page);
    await sim.open(path);
    await untilControlled(page);

    await context.setOffline(true);
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.reload();
    await page.waitForFunction(() => window.__sim?.ready() === true);
    await expect(sim.broker(101)).toBeVisible();

    await sim.typeCommand(`kafka-topics.sh ${BS} --list`);
    await expect(sim.terminalScreen()).toContainText('orders');

    const index = await lesson.openIndex();
    await expect(index.getByRole('listitem')).toHaveCount(15);
    await index.getByTestId('open-retention-replay').click();
    await lesson.expectStep(1, 'Kafka keeps records for a while');

    // A reload offline at a #/lessons/… address: the kept index.html, the lesson resumed.
    await page.reload();
    await page.waitForFunction(() => window.__sim?.ready() === true);
    await lesson.expectStep(1, 'Kafka keeps records for a while');

    // Everything since the network went came from the service worker, none of it from a host.
    expect(responses.length).toBeGreaterThan(0);
    expect(responses.filter((r) => !r.fromServiceWorker()).map((r) => r.url())).toEqual([]);
    expect(sim.errors).toEqual([]);
  });
}

/** Waits until the service worker is active and controls the page (it claims it at once). */
async function untilControlled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), {
      message: 'a service worker controls the page',
    })
    .toBe('activated');
}
