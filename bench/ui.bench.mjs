// UI benchmark of the production build in headless Chromium (Playwright). A measurement, not a
// test: it prints what it saw, the last line one JSON object, and exits 0 when a budget is missed.
// It runs `vite build`, serves dist/ with tests/support/serveDist.mjs and drives the page through
// its test hook, window.__sim. What it measures, against DESIGN.md's budgets:
//   1. steady load: 3 brokers, `orders` 12 partitions RF 3, groups billing and stock × 4 consumers,
//      1,000 records/s at 1×, 1280×720, 10 s after a 3 s warm-up: rAF fps median ≥ 58, and no
//      main-thread task over 50 ms (PerformanceObserver 'longtask');
//   2. big cluster: 100 brokers, a topic of 1,000 partitions RF 3, from `init` sent until its
//      header says "1000 partitions" and two frames passed: < 1,000 ms; then the topic expanded
//      and scrolled 40 px a frame for 3 s: fps median ≥ 30;
//   3. seek in a BENCH_SESSION_MIN-minute session (default 60) at the steady load: 10 seeks, each
//      from `seek` sent until __sim.now() is there and a frame passed: median < 200 ms.
// Env: BENCH_PORT (4392), BENCH_SESSION_MIN (60), BENCH_ADVANCE_TIMEOUT_S (600: the session
// stops growing there, and the seeks run in what was reached). If the page crashes on the way,
// the seeks run in a fresh session as long as the last mark reached before the crash.
import { spawn, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4392);
const URL = `http://127.0.0.1:${PORT}/`;
const SESSION_MIN = Number(process.env.BENCH_SESSION_MIN ?? 60);
const ADVANCE_TIMEOUT_MS = Number(process.env.BENCH_ADVANCE_TIMEOUT_S ?? 600) * 1000;
const CHUNK_MS = 5 * 60_000;
const VIEWPORT = { width: 1280, height: 720 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];
const median = (xs) => quantile(xs, 0.5);
const log = (...args) => console.log(...args);

const topics = ['orders'];
const consumers = ['billing', 'stock'].flatMap((group) =>
  [1, 2, 3, 4].map((n) => ({ type: 'startConsumer', consumer: `${group}-${n}`, group, topics })),
);
const STEADY = {
  seed: 1,
  brokers: [101, 102, 103],
  setup: [
    { type: 'createTopic', topic: 'orders', partitions: 12, replicationFactor: 3 },
    ...consumers,
    { type: 'setLoad', producer: 'load', topic: 'orders', recordsPerSecond: 1000, keys: 12 },
  ],
};

/** Runs in the page: frame-driven waits, rAF timestamps and the long tasks seen so far. */
function installProbes() {
  const bench = (window.__bench = { longTasks: [] });
  bench.frame = () => new Promise((r) => requestAnimationFrame(r));
  /** Resolves on the first frame where `test()` holds. */
  bench.until = (test, timeoutMs = 300_000) =>
    new Promise((resolve, reject) => {
      const t0 = performance.now();
      const check = () => {
        if (test()) resolve();
        else if (performance.now() - t0 > timeoutMs) reject(new Error(`waited ${timeoutMs} ms`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  /** The rAF timestamps of `ms` of wall time; `each` runs every frame. */
  bench.frames = (ms, each) =>
    new Promise((r) => {
      const stamps = [];
      const tick = (t) => {
        stamps.push(t);
        each?.();
        if (t - stamps[0] < ms) requestAnimationFrame(tick);
        else r(stamps);
      };
      requestAnimationFrame(tick);
    });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ at: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Frames in each whole second of rAF timestamps. */
function fpsPerSecond(stamps) {
  const out = [];
  for (let from = stamps[0]; from + 1000 <= stamps.at(-1); from += 1000)
    out.push(stamps.filter((t) => t >= from && t < from + 1000).length);
  return out;
}

async function openPage(browser) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.on('pageerror', (e) => log(`  page error: ${e.message}`));
  await page.goto(URL);
  await page.waitForFunction(() => window.__sim?.ready() === true);
  await page.evaluate(installProbes);
  return page;
}

/** Starts the steady-load world and waits until the page shows it. */
async function startSteady(page) {
  await page.evaluate(async (scenario) => {
    window.__sim.send({ type: 'init', scenario });
    await window.__bench.until(() => {
      const s = window.__sim.snapshot();
      return (
        s.consumers.length === 8 &&
        s.topics.find((t) => t.name === 'orders')?.partitions.length === 12
      );
    });
  }, STEADY);
}

const totals = (page) =>
  page.evaluate(() => {
    const s = window.__sim.snapshot();
    const sum = (xs, f) => xs.reduce((n, x) => n + f(x), 0);
    const billing = s.groups.find((g) => g.groupId === 'billing')?.offsets ?? [];
    return {
      now: s.now,
      wall: performance.now(),
      produced: sum(s.topics.find((t) => t.name === 'orders').partitions, (p) => p.logEndOffset),
      consumed: sum(billing, (o) => o.offset),
    };
  });

async function steady(browser) {
  const page = await openPage(browser);
  await startSteady(page);
  await page.evaluate(() => {
    window.__sim.send({ type: 'setSpeed', speed: 1 });
    window.__sim.send({ type: 'play' });
  });
  await sleep(3000);
  const before = await totals(page);
  const stamps = await page.evaluate(() => window.__bench.frames(10_000));
  const after = await totals(page);
  const tasks = await page.evaluate(() => window.__bench.longTasks);
  await page.close();
  const inWindow = tasks.filter((t) => t.at >= stamps[0] && t.at <= stamps.at(-1));
  const fps = fpsPerSecond(stamps);
  const wallS = (after.wall - before.wall) / 1000;
  return {
    fpsMedian: median(fps),
    fpsP5: quantile(fps, 0.05),
    longTasksOver50ms: inWindow.length,
    longestTaskMs: round(Math.max(0, ...inWindow.map((t) => t.ms))),
    recordsPerSecWall: Math.round((after.produced - before.produced) / wallS),
    consumedPerSecWall: Math.round((after.consumed - before.consumed) / wallS),
    virtualMsPerWallMs: round((after.now - before.now) / (after.wall - before.wall), 2),
  };
}

async function bigCluster(browser) {
  const page = await openPage(browser);
  const header = '[data-testid="topic-header-big"]';
  const scenario = {
    seed: 1,
    brokers: Array.from({ length: 100 }, (_, i) => i + 1),
    setup: [{ type: 'createTopic', topic: 'big', partitions: 1000, replicationFactor: 3 }],
  };
  /** Milliseconds from `act` (sending the init, or a click on the header) until `test` holds
   *  for the header and two frames passed. */
  const timeUntil = (act, test) =>
    page.evaluate(
      async ([act, test, header, scenario]) => {
        const el = () => document.querySelector(header);
        const t0 = performance.now();
        if (act === 'init') window.__sim.send({ type: 'init', scenario });
        else el().dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await window.__bench.until(() => new Function('el', `return ${test}`)(el()));
        await window.__bench.frame();
        await window.__bench.frame();
        return performance.now() - t0;
      },
      [act, test, header, scenario],
    );
  const renderMs = await timeUntil('init', "el?.textContent.includes('1000 partitions')");
  const expandMs = await timeUntil('click', "el.getAttribute('aria-expanded') === 'true'");
  const pan = await page.evaluate(async () => {
    const viewport = document.querySelector('[data-testid="stage-viewport"]');
    const from = viewport.scrollTop;
    const stamps = await window.__bench.frames(3000, () => (viewport.scrollTop += 40));
    const tasks = window.__bench.longTasks.filter((t) => t.at >= stamps[0]);
    return {
      stamps,
      scrolled: viewport.scrollTop - from,
      longest: Math.max(0, ...tasks.map((t) => t.ms)),
    };
  });
  await page.close();
  const fps = fpsPerSecond(pan.stamps);
  return {
    bigClusterRenderMs: round(renderMs),
    bigClusterExpandMs: round(expandMs),
    bigClusterPanFps: median(fps),
    bigClusterPanFpsMin: Math.min(...fps),
    bigClusterPanScrolledPx: Math.round(pan.scrolled),
    bigClusterPanLongestTaskMs: round(pan.longest),
  };
}

/** A paused steady-load session, advanced `minutes` in 5-minute steps (or to a crash, the deadline). */
async function longSession(browser, minutes) {
  const page = await openPage(browser);
  await startSteady(page);
  await page.evaluate(() => window.__sim.send({ type: 'pause' }));
  const started = Date.now();
  let reached = await page.evaluate(() => window.__sim.now());
  try {
    while (reached < minutes * 60_000 && Date.now() - started < ADVANCE_TIMEOUT_MS) {
      const goal = Math.min(minutes * 60_000, (Math.floor(reached / CHUNK_MS) + 1) * CHUNK_MS);
      await page.evaluate((ms) => window.__sim.send({ type: 'advance', ms }), goal - reached);
      await page.waitForFunction((goal) => window.__sim.now() >= goal, goal, {
        timeout: 0,
        polling: 250,
      });
      reached = await page.evaluate(() => window.__sim.now());
      const s = round((Date.now() - started) / 1000);
      log(`  advanced to ${round(reached / 60_000)} min in ${s} s`);
    }
  } catch (e) {
    log(
      `  the page crashed going on from ${round(reached / 60_000)} min: ${e.message.split('\n')[0]}`,
    );
    await page.close().catch(() => {});
    return { page: null, reached, seconds: (Date.now() - started) / 1000 };
  }
  return { page, reached, seconds: (Date.now() - started) / 1000 };
}

async function seeks(browser) {
  let session = await longSession(browser, SESSION_MIN);
  const crashedAfter = session.page ? undefined : round(session.reached / 60_000, 2);
  if (!session.page && session.reached > 0) {
    log(`  again, ${round(session.reached / 60_000)} min long this time`);
    session = await longSession(browser, session.reached / 60_000);
  }
  const { page, reached } = session;
  if (!page) return { seekMs: null, sessionMinutes: 0, sessionCrashedAfterMin: crashedAfter };
  log(`  ${round(session.seconds)} s to reach ${round(reached / 60_000, 2)} min; seeking`);
  const records = (await totals(page)).produced;
  const seekTimes = [];
  for (const f of [5 / 60, 59 / 60, 0.5, 12.345 / 60, 0.999, 0.01, 41.7 / 60, 0.25, 0.75, 1 / 3]) {
    const at = Math.round(f * reached);
    const ms = await page.evaluate(async (at) => {
      const t0 = performance.now();
      window.__sim.send({ type: 'seek', at });
      await window.__bench.until(() => window.__sim.now() === at);
      await window.__bench.frame();
      return performance.now() - t0;
    }, at);
    log(`  seek to ${round(at / 60_000, 3)} min: ${round(ms)} ms`);
    seekTimes.push(ms);
  }
  await page.close();
  return {
    seekMs: round(median(seekTimes)),
    seekMsMax: round(Math.max(...seekTimes)),
    sessionMinutes: round(reached / 60_000, 2),
    sessionMinutesRequested: SESSION_MIN,
    sessionCrashedAfterMin: crashedAfter,
    advanceSeconds: round(session.seconds),
    advanceRealTimeFactor: round(reached / 1000 / session.seconds),
    records,
  };
}

const answers = () => fetch(URL).then((r) => r.ok, () => false); // prettier-ignore

log('building (vite build)…');
const build = spawnSync('npx', ['vite', 'build'], { encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const server = spawn('node', ['tests/support/serveDist.mjs', String(PORT)], { stdio: 'ignore' });
let browser;
try {
  for (let i = 0; !(await answers()); i++) {
    if (i > 100 || server.exitCode !== null) throw new Error(`nothing answers at ${URL}`);
    await sleep(100);
  }
  const args = ['--no-sandbox'];
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
  // What this machine's headless Chromium does with nothing to draw, to read the rest against.
  const blank = await browser.newPage({ viewport: VIEWPORT });
  await blank.evaluate(installProbes);
  const baselineFps = median(fpsPerSecond(await blank.evaluate(() => window.__bench.frames(3000))));
  await blank.close();
  log(`0. a blank page: ${baselineFps} fps; load average ${loadavg()[0].toFixed(2)}`);
  const result = { baselineFps };
  for (const [title, measure] of [
    ['1. steady load: 3 brokers, 12 partitions, 2 groups × 4 consumers, 1,000 records/s', steady],
    ['2. big cluster: 100 brokers, 1,000 partitions RF 3', bigCluster],
    [`3. seeks in a ${SESSION_MIN}-minute session at 1,000 records/s`, seeks],
  ]) {
    log(title);
    const figures = await measure(browser);
    for (const [name, value] of Object.entries(figures))
      if (value !== undefined) log(`  ${name}: ${value}`);
    Object.assign(result, figures);
  }
  result.loadAvg1m = round(loadavg()[0], 2);
  log('budgets:');
  for (const [name, met] of [
    ['fps median ≥ 58', result.fpsMedian >= 58],
    ['no task over 50 ms', result.longTasksOver50ms === 0],
    ['big cluster on stage < 1000 ms', result.bigClusterRenderMs < 1000],
    ['big cluster pans ≥ 30 fps', result.bigClusterPanFps >= 30],
    [`seek < 200 ms (${result.sessionMinutes} min session)`, result.seekMs < 200],
  ])
    log(`  ${met ? 'met   ' : 'MISSED'} ${name}`);
  console.log(JSON.stringify(result));
} finally {
  await browser?.close();
  server.kill();
}
