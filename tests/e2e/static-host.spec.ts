import { expect, test } from '@playwright/test';
import { partitionForKey } from '../../src/engine';
import { SimulatorPage } from './pages/SimulatorPage';

test('the built site works from a sub-path and asks nothing of any other host', async ({
  page,
  baseURL,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open('/nested/sub/path/');
  await sim.produce('greeting', 'hello');
  await expect(sim.cell('orders', partitionForKey('greeting', 3), 0)).toHaveAttribute(
    'data-state',
    'landed',
  );
  expect(sim.requestsElsewhere(new URL(baseURL ?? '').origin)).toEqual([]);
  const requested = sim.requests.map((url) => url.pathname);
  // Every file, the worker's included, came from under the sub-path.
  expect(requested.every((path) => path.startsWith('/nested/sub/path/'))).toBe(true);
  expect(requested.some((path) => /\/assets\/main-.*\.js$/.test(path))).toBe(true);
  expect(sim.errors).toEqual([]);
});
