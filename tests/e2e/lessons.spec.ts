// A learner plays a whole lesson in the browser: picks it from the index, reads, guesses, lets
// "Do it for me" act in the UI and in the terminal, goes Back (time rewinds to where that step
// began), reloads half-way and carries on where they were, and finishes it.
import { expect, test } from '@playwright/test';
import { LessonPlayer } from './pages/LessonPlayer';
import { SimulatorPage } from './pages/SimulatorPage';

test('plays the replication lesson through, with Back and a reload half-way', async ({ page }) => {
  const sim = new SimulatorPage(page);
  const lesson = new LessonPlayer(page);
  await sim.open();
  const index = await lesson.openIndex();
  await expect(index.getByRole('listitem')).toHaveCount(15);
  await index.getByTestId('open-replication').click();

  await lesson.expectStep(1, 'Two copies of every partition');
  await expect(page.getByLabel('Myth and fact')).toContainText('6 replicas, not 6 partitions');
  await expect(page).toHaveURL(/#\/lessons\/replication\/1$/);
  await lesson.next();

  await lesson.expectStep(2, 'Write six records');
  await expect(page.getByTestId('lesson-next')).toBeDisabled();
  await lesson.doIt();
  await lesson.expectDone();
  await expect.poll(async () => recordsIn(sim, 'Topic-A')).toBe(6);
  await lesson.next();

  // Predict, then see: Do it for me waits for a guess.
  await lesson.expectStep(3, 'Broker 102 fails');
  await expect(page.getByTestId('do-it')).toBeDisabled();
  await lesson.guess('The other copy takes over: no record is lost.');
  await sim.setSpeed(25);
  await lesson.doIt();
  await lesson.expectDone();
  await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
  expect((await sim.snapshot())?.brokers.find((b) => b.id === 102)?.fenced).toBe(true);

  // Back: to the very start of step 2 — no records yet, broker 102 up, the step waiting again.
  await lesson.back();
  await lesson.expectStep(2, 'Write six records');
  await expect(page.getByTestId('lesson-next')).toBeDisabled();
  await expect.poll(async () => recordsIn(sim, 'Topic-A')).toBe(0);
  expect((await sim.snapshot())?.brokers.find((b) => b.id === 102)?.up).toBe(true);
  await expect(page).toHaveURL(/#\/lessons\/replication\/2$/);

  await lesson.doIt();
  await lesson.expectDone();
  await lesson.next();
  await lesson.expectStep(3, 'Broker 102 fails');

  // A reload half-way: the lesson resumes at step 3, its world rebuilt (six records there).
  await page.reload();
  await page.waitForFunction(() => window.__sim?.ready() === true);
  await lesson.expectStep(3, 'Broker 102 fails');
  await expect.poll(async () => recordsIn(sim, 'Topic-A')).toBe(6);
  await lesson.guess('They are lost until 102 comes back.');
  await sim.setSpeed(25);
  await lesson.doIt();
  await lesson.expectDone();
  await expect(page.getByRole('status').filter({ hasText: 'Not quite.' })).toBeVisible();
  await lesson.next();

  // A terminal step: Do it for me types the command at the prompt, the consumer reads all six.
  await lesson.expectStep(4, 'Every record is still there');
  await lesson.doIt();
  await expect(sim.terminalScreen()).toContainText('Processed a total of 6 messages');
  await lesson.expectDone();
  await lesson.next();

  await lesson.expectStep(5, 'A replication factor needs enough brokers');
  await lesson.doIt();
  await expect(sim.terminalScreen()).toContainText('cannot be reached because only 3 broker(s)');
  await lesson.expectDone();
  await lesson.next();

  await lesson.expectStep(6, 'Broker 102 returns');
  await sim.setSpeed(25);
  await lesson.doIt();
  await lesson.expectDone();
  await page.getByRole('button', { name: 'Finish ✓' }).click();
  const done = page.getByRole('dialog', { name: 'Lessons' });
  await expect(done.getByRole('listitem').filter({ hasText: 'Replication' })).toContainText('✓');
  expect(sim.errors).toEqual([]);
});

test('a deep link opens a lesson at its step; a link to no lesson says so', async ({ page }) => {
  const sim = new SimulatorPage(page);
  const lesson = new LessonPlayer(page);
  await sim.open('./#/lessons/why-kafka/2');
  await expect(lesson.stepTitle()).not.toBeEmpty();
  await expect(page.getByTestId('lesson-player')).toContainText('step 2 of');
  await expect(page.getByTestId('scene')).toBeVisible();
  await page.goto('./#/lessons/no-such-lesson/1');
  await expect(page.getByTestId('lesson-error')).toHaveText('There is no lesson "no-such-lesson".');
});

async function recordsIn(sim: SimulatorPage, topic: string): Promise<number> {
  const snapshot = await sim.snapshot();
  const t = snapshot?.topics.find((x) => x.name === topic);
  return t?.partitions.reduce((sum, p) => sum + p.highWatermark, 0) ?? 0;
}
