// The stage against Kafka's behaviour: each test drives the UI as a user would, asserts what the
// SVG shows (data-* attributes), and checks the exact engine state through window.__sim.
import { expect, test } from '@playwright/test';
import type { EventOf, GroupView, SimEventType, WorldSnapshot } from '../../src/engine';
import { formatSimTime } from '../../src/app/narration/describeEvent';
import { SimulatorPage } from './pages/SimulatorPage';

/** Kafka's defaults the tests lean on (the engine's BROKER_DEFAULTS / CONSUMER_DEFAULTS). */
const BROKER_SESSION_TIMEOUT_MS = 9_000; // broker.session.timeout.ms (KRaft)
const BROKER_HEARTBEAT_INTERVAL_MS = 2_000; // broker.heartbeat.interval.ms
const SESSION_TIMEOUT_MS = 45_000; // session.timeout.ms, consumers, Kafka 3.x
const HEARTBEAT_INTERVAL_MS = 3_000; // heartbeat.interval.ms, consumers
const ALL = 'orders-0 orders-1 orders-2';

function partitionOf(snapshot: WorldSnapshot | null, topic: string, partition: number) {
  const view = snapshot?.topics.find((t) => t.name === topic)?.partitions[partition];
  if (!view) throw new Error(`no ${topic}-${partition} in the snapshot`);
  return view;
}

function groupOf(snapshot: WorldSnapshot | null, groupId: string): GroupView | undefined {
  return snapshot?.groups.find((g) => g.groupId === groupId);
}

const tps = (assignment: readonly { topic: string; partition: number }[]) =>
  assignment
    .map((tp) => `${tp.topic}-${tp.partition}`)
    .sort()
    .join(' ');

async function eventsOf<T extends SimEventType>(sim: SimulatorPage, type: T) {
  return (await sim.events()).filter((e): e is EventOf<T> => e.type === type);
}

/** The group is Stable with these members, and each client holds its share of this generation. */
async function settled(sim: SimulatorPage, groupId: string, clientIds: string[]) {
  const snapshot = await sim.snapshot();
  const group = groupOf(snapshot, groupId);
  const members = group?.members.map((m) => m.clientId).sort() ?? [];
  const clients = (snapshot?.consumers ?? []).filter((c) => clientIds.includes(c.clientId));
  return (
    group?.state === 'Stable' &&
    JSON.stringify(members) === JSON.stringify([...clientIds].sort()) &&
    clients.length === clientIds.length &&
    clients.every((c) => c.assignment.length > 0 && c.generation === group.generation)
  );
}

/** Waits until the group has settled (see settled) and the stage says Stable. */
async function expectStableGroup(sim: SimulatorPage, groupId: string, clientIds: string[]) {
  await expect.poll(() => settled(sim, groupId, clientIds)).toBe(true);
  await expect(sim.group(groupId)).toHaveAttribute('data-state', 'Stable');
}

test('a crashed broker: KRaft fences it after broker.session.timeout.ms, a new leader comes from the ISR and the ISR shrinks', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  const before = partitionOf(await sim.snapshot(), 'orders', 0);
  const victim = before.leader!;
  expect(before.isr).toHaveLength(3);
  await expect(sim.partition('orders', 0)).toHaveAttribute('data-leader', String(victim));
  await expect(sim.partition('orders', 0)).toHaveAttribute('data-isr', before.isr.join(','));
  await expect(sim.replica('orders', 0, victim)).toHaveAttribute('data-state', 'leader');

  await sim.setSpeed(25);
  await sim.crashBroker(victim);

  // At once: the process is gone, and its replica with it.
  await expect(sim.broker(victim)).toHaveClass(/\bis-down\b/);
  await expect(sim.replica('orders', 0, victim)).toHaveAttribute('data-state', 'offline');

  // Once the controller fences it: another leader, elected from the ISR, and a smaller ISR.
  const row = sim.partition('orders', 0);
  await expect(row).not.toHaveAttribute('data-leader', String(victim));
  await expect(row).not.toHaveAttribute('data-leader', 'none');
  await expect(row).not.toHaveAttribute('data-isr', new RegExp(`\\b${victim}\\b`));
  const after = partitionOf(await sim.snapshot(), 'orders', 0);
  expect(before.isr).toContain(after.leader);
  expect(after.isr).toEqual(before.isr.filter((b) => b !== victim));
  expect(after.leaderEpoch).toBeGreaterThan(before.leaderEpoch);
  await expect(row).toHaveAttribute('data-leader', String(after.leader));
  await expect(row).toHaveAttribute('data-isr', after.isr.join(','));
  await expect(sim.replica('orders', 0, after.leader!)).toHaveAttribute('data-state', 'leader');

  // Not before the broker's session ran out: nothing was elected in between.
  const stopped = (await eventsOf(sim, 'broker.stopped')).find((e) => e.broker === victim)!;
  const fenced = (await eventsOf(sim, 'broker.fenced')).find((e) => e.broker === victim)!;
  const elected = (await eventsOf(sim, 'leader.elected')).find(
    (e) => e.topic === 'orders' && e.partition === 0 && e.previous === victim,
  )!;
  expect(stopped.how).toBe('crash');
  expect(fenced.reason).toBe('broker.session.timeout.ms');
  // Its last heartbeat may have come up to one heartbeat interval before the crash.
  expect(fenced.at - stopped.at).toBeGreaterThanOrEqual(
    BROKER_SESSION_TIMEOUT_MS - BROKER_HEARTBEAT_INTERVAL_MS,
  );
  expect(elected.at).toBeGreaterThanOrEqual(fenced.at);
  expect(elected.leader).toBe(after.leader);
  const meanwhile = (await eventsOf(sim, 'leader.elected')).filter(
    (e) => e.topic === 'orders' && e.at >= stopped.at && e.at < fenced.at,
  );
  expect(meanwhile).toEqual([]);

  // The timeline marks the crash.
  await expect(sim.markers('broker')).toHaveCount(1);
  expect(sim.errors).toEqual([]);
});

// The fence, the ISR shrink and the election share one millisecond: each keeps its own tick.
test('the timeline marks the election that follows a broker crash', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  const victim = partitionOf(await sim.snapshot(), 'orders', 0).leader!;
  await sim.setSpeed(25);
  await sim.crashBroker(victim);
  await expect(sim.partition('orders', 0)).not.toHaveAttribute('data-leader', String(victim));
  await expect(sim.markers('broker').first()).toBeAttached();
  await expect(sim.markers('election').first()).toBeAttached();
});

test('a second consumer joins the group: a rebalance, then the range assignor splits the 3 partitions 2 + 1', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.setSpeed(25);

  const first = await sim.addConsumer('billing');
  await expectStableGroup(sim, 'billing', [first]);
  await expect(sim.member(first)).toHaveAttribute('data-partitions', ALL);
  for (const p of [0, 1, 2]) await expect(sim.link('billing', 'orders', p)).toHaveCount(1);
  const generation = groupOf(await sim.snapshot(), 'billing')!.generation;

  // Paused, then moment by moment with ⏭, so every state of the rebalance is on screen.
  await sim.pause();
  await sim.watchAttribute('group-billing', 'data-state');
  await sim.watchAttribute(`member-${first}`, 'data-partitions');
  const second = await sim.addConsumer('billing');
  for (let step = 0; step < 200 && !(await settled(sim, 'billing', [first, second])); step++)
    await sim.stepForward();
  await expectStableGroup(sim, 'billing', [first, second]);

  const group = groupOf(await sim.snapshot(), 'billing')!;
  expect(group.generation).toBeGreaterThan(generation);
  // The stage showed the group leave Stable for the rebalance, then settle again.
  const states = await sim.seenAttribute('group-billing', 'data-state');
  expect(states[0]).toBe('Stable');
  expect(states).toContain('PreparingRebalance');
  expect(states.at(-1)).toBe('Stable');
  const started = (await eventsOf(sim, 'rebalance.started')).filter(
    (e) => e.group === 'billing' && e.generation >= generation,
  );
  expect(started.length).toBeGreaterThan(0);

  // Kafka 3.x consumers list [range, cooperative-sticky]: the group agrees on range. Range sorts
  // the members by member id and gives the first (3 % 2 =) 1 of them one partition extra.
  expect(group.protocol).toBe('range');
  const [firstInOrder, secondInOrder] = [...group.members].sort((a, b) =>
    a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0,
  );
  expect(tps(firstInOrder!.assignment)).toBe('orders-0 orders-1');
  expect(tps(secondInOrder!.assignment)).toBe('orders-2');
  await expect(sim.member(firstInOrder!.clientId)).toHaveAttribute(
    'data-partitions',
    'orders-0 orders-1',
  );
  await expect(sim.member(secondInOrder!.clientId)).toHaveAttribute('data-partitions', 'orders-2');
  // Every partition once, none shared.
  for (const p of [0, 1, 2]) await expect(sim.link('billing', 'orders', p)).toHaveCount(1);
  // Range is an eager protocol: the first member gave everything back before it rejoined.
  const firstShare = tps(group.members.find((m) => m.clientId === first)!.assignment);
  expect(await sim.seenAttribute(`member-${first}`, 'data-partitions')).toEqual([
    ALL,
    '(none)',
    firstShare,
  ]);
  expect(sim.errors).toEqual([]);
});

test('kill -9 on a consumer: nothing moves at once; after session.timeout.ms its partitions go to the survivor', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.setSpeed(25);
  const survivor = await sim.addConsumer('billing');
  await expectStableGroup(sim, 'billing', [survivor]);
  const victim = await sim.addConsumer('billing');
  await expectStableGroup(sim, 'billing', [survivor, victim]);
  const held = tps(
    groupOf(await sim.snapshot(), 'billing')!.members.find((m) => m.clientId === victim)!
      .assignment,
  );

  // Paused, so "at once" is exact: the crash happens, and no virtual time passes after it.
  await sim.pause();
  await page.getByTestId(`kill-${victim}`).click();
  await expect(page.getByTestId(`kill-${victim}`)).toHaveCount(0);
  const crashed = (await eventsOf(sim, 'consumer.crashed')).find((e) => e.consumer === victim)!;
  const killedAt = await sim.now();
  expect(killedAt).toBe(crashed.at);
  // No LeaveGroup from a killed process: the coordinator still counts it as a member.
  const atKill = groupOf(await sim.snapshot(), 'billing')!;
  expect(atKill.state).toBe('Stable');
  expect(atKill.members.map((m) => m.clientId).sort()).toEqual([survivor, victim].sort());
  const survivorShare = tps(atKill.members.find((m) => m.clientId === survivor)!.assignment);
  expect(survivorShare).not.toBe(ALL);
  await expect(sim.member(victim)).toHaveAttribute('data-partitions', held);
  await expect(sim.member(survivor)).toHaveAttribute('data-partitions', survivorShare);

  await sim.play();
  await expect(sim.member(victim)).toHaveCount(0);
  await expect(sim.member(survivor)).toHaveAttribute('data-partitions', ALL);
  await expect(sim.group('billing')).toHaveAttribute('data-state', 'Stable');
  const changedAt = await sim.now();
  const group = groupOf(await sim.snapshot(), 'billing')!;
  expect(group.members.map((m) => m.clientId)).toEqual([survivor]);
  expect(tps(group.members[0]!.assignment)).toBe(ALL);
  for (const p of [0, 1, 2]) await expect(sim.link('billing', 'orders', p)).toHaveCount(1);

  // The coordinator expired it on session.timeout.ms, counted from its last heartbeat (which may
  // have come up to heartbeat.interval.ms before the kill), and not a moment earlier.
  const expired = (await eventsOf(sim, 'member.expired')).find((e) => e.group === 'billing')!;
  expect(expired.reason).toBe('session.timeout.ms');
  expect(expired.at - killedAt).toBeGreaterThanOrEqual(SESSION_TIMEOUT_MS - HEARTBEAT_INTERVAL_MS);
  expect(expired.at - killedAt).toBeLessThanOrEqual(SESSION_TIMEOUT_MS);
  // The survivor got the dead member's partitions only then (the stage saw it a little later).
  const moved = (await eventsOf(sim, 'partitions.assigned')).find(
    (e) => e.consumer === survivor && e.at > killedAt,
  )!;
  expect(tps(moved.partitions)).toBe(ALL);
  expect(moved.at).toBeGreaterThanOrEqual(expired.at);
  expect(changedAt).toBeGreaterThanOrEqual(moved.at);
  // Until then its partitions stayed where they were: no rebalance between the kill and the expiry.
  const rebalances = (await eventsOf(sim, 'rebalance.started')).filter(
    (e) => e.group === 'billing' && e.at >= killedAt && e.at < expired.at,
  );
  expect(rebalances).toEqual([]);
  expect(sim.errors).toEqual([]);
});

test('scrubbing back to a moment restores exactly the state the world had then', async ({
  page,
}) => {
  // Flying records are beside the point of a rewind, and costly here: Playwright's trace recorder
  // (trace: retain-on-failure) follows every animated attribute, and at 10× with the steady load
  // that starved the page so that clicks timed out (4 s for this test untraced; with 5 records/s
  // instead of 20, 27 s traced).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.setSpeed(10);
  await sim.startLoad();
  await expect
    .poll(async () => partitionOf(await sim.snapshot(), 'orders', 0).logEndOffset)
    .toBeGreaterThan(5);

  await sim.pause();
  const t1 = await sim.now();
  const s1 = await sim.snapshot();
  expect(s1?.now).toBe(t1);
  await expect(sim.clock()).toHaveText(`t = ${formatSimTime(t1)}`);

  await sim.play();
  await expect.poll(() => sim.now()).toBeGreaterThan(t1 + 5_000);
  await sim.pause();
  const later = await sim.snapshot();
  expect(partitionOf(later, 'orders', 0).logEndOffset).toBeGreaterThan(
    partitionOf(s1, 'orders', 0).logEndOffset,
  );

  await sim.scrubTo(t1);
  await expect(sim.clock()).toHaveText(`t = ${formatSimTime(t1)}`);
  await expect(sim.scrubber()).toHaveValue(String(t1));
  await expect.poll(() => sim.now()).toBe(t1);
  expect(await sim.snapshot()).toStrictEqual(s1);
  await expect(page.getByTestId('future-note')).toBeVisible();
  await expect(page.getByTestId('play-pause')).toHaveText('Play');

  await sim.play();
  await expect.poll(() => sim.now()).toBeGreaterThan(t1);
  await expect(sim.clock()).not.toHaveText(`t = ${formatSimTime(t1)}`);
  expect(sim.errors).toEqual([]);
});

test('with reduced motion the stage shows the same records, landed in place, and nothing ever flies', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.countAdded('flight');
  await sim.setSpeed(5);
  await sim.startLoad();

  const total = async () =>
    (await sim.snapshot())?.topics
      .find((t) => t.name === 'orders')
      ?.partitions.reduce((sum, p) => sum + p.logEndOffset, 0) ?? 0;
  for (const atLeast of [5, 15, 30, 45]) {
    await expect.poll(total).toBeGreaterThanOrEqual(atLeast);
    expect(await sim.flights().count()).toBe(0);
    expect(
      await page.locator('[data-testid^="cell-orders-"]:not([data-state="landed"])').count(),
    ).toBe(0);
  }

  await sim.pause();
  const snapshot = await sim.snapshot();
  for (const p of [0, 1, 2]) {
    const view = partitionOf(snapshot, 'orders', p);
    const shown = await sim.shownOffsets('orders', p);
    const offsets = view.records.map((r) => r.offset);
    // The newest records, the log's end included, in a window as wide as the stage allows.
    expect(shown).toEqual(offsets.slice(offsets.length - shown.length));
    if (view.logEndOffset > 0) {
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.at(-1)).toBe(view.logEndOffset - 1);
      await expect(sim.cell('orders', p, view.logEndOffset - 1)).toHaveAttribute(
        'data-state',
        'landed',
      );
    }
    // The slot after the log's end shows the offset the next record gets: the log end offset.
    await expect(page.getByTestId(`next-orders-${p}`).locator('text')).toHaveText(
      String(view.logEndOffset),
    );
  }
  expect(await sim.added('flight')).toBe(0);
  await expect(sim.flights()).toHaveCount(0);
  expect(sim.errors).toEqual([]);
});
