// The worker's side of a lesson: start at any step (a deep link), Do it for me, the step met,
// Next, Back to the exact start of the step before, and a lesson that cannot start.
import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../../src/protocol/messages';
import { SimHost } from '../../src/worker/simHost';
import { readLesson } from '../lessons/lessonFiles';

const lesson = readLesson('05-replication.json');

function host() {
  const out: FromWorker[] = [];
  const sim = new SimHost((m) => out.push(m));
  const send = (m: ToWorker) => sim.receive(m);
  const last = <T extends FromWorker['type']>(type: T) =>
    out.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type).at(-1);
  /** Plays `ms` of wall time at the current speed, a frame every 16 ms. */
  let wall = 0;
  const play = (ms: number) => {
    for (const end = wall + ms; wall < end; wall += 16) sim.tick(wall);
  };
  /** What the terminals printed (in tab `tab`, or in any). */
  const printed = (tab?: number) =>
    out
      .filter((m) => m.type === 'terminal.output' && (tab === undefined || m.tab === tab))
      .map((m) => (m as { text: string }).text)
      .join('');
  return { out, send, last, play, printed };
}

describe('a lesson in the worker', () => {
  it('starts at the first step and waits; Do it for me meets the condition; Next goes on', () => {
    const w = host();
    w.send({ type: 'lesson.start', lesson, step: 1 });
    expect(w.last('lesson.state')?.status).toEqual({
      lessonId: 'replication',
      step: 1,
      done: false,
    });
    w.play(2_000);
    expect(w.last('lesson.state')?.status?.done).toBe(false);
    w.send({ type: 'lesson.doIt' });
    w.play(500);
    expect(w.last('lesson.state')?.status).toEqual({
      lessonId: 'replication',
      step: 1,
      done: true,
    });
    w.send({ type: 'lesson.next' });
    expect(w.last('lesson.state')?.status).toEqual({
      lessonId: 'replication',
      step: 2,
      done: false,
    });
  });

  it('does not go on before the step is met', () => {
    const w = host();
    w.send({ type: 'lesson.start', lesson, step: 1 });
    w.send({ type: 'lesson.next' });
    expect(w.last('lesson.state')?.status?.step).toBe(1);
  });

  it('goes Back to exactly where the step before began: the same world as a deep link there', () => {
    const direct = host();
    direct.send({ type: 'lesson.start', lesson, step: 2 });
    const atStart = direct.last('ready')!.snapshot;

    const w = host();
    w.send({ type: 'lesson.start', lesson, step: 2 });
    w.send({ type: 'lesson.doIt' }); // crash broker 102
    w.play(15_000);
    expect(w.last('lesson.state')?.status?.done).toBe(true);
    w.send({ type: 'lesson.next' });
    w.play(1_000);
    w.send({ type: 'lesson.back' });
    const seeked = w.last('seeked')!;
    expect(w.last('lesson.state')?.status).toEqual({
      lessonId: 'replication',
      step: 2,
      done: false,
    });
    expect(seeked.snapshot).toEqual(atStart);
    expect(seeked.snapshot.brokers.find((b) => b.id === 102)?.up).toBe(true);
  });

  it('a deep link past a step that started a console consumer keeps it printing in its tab', () => {
    const groups = readLesson('08-consumer-groups.json');
    const w = host();
    // Step 1 started a consumer with & in tab 1; step 2 produces M1…M3 and waits for it to print them.
    w.send({ type: 'lesson.start', lesson: groups, step: 1 });
    w.send({ type: 'terminal.open', tab: 1 });
    w.send({ type: 'lesson.doIt' });
    w.play(30_000);
    expect(w.last('lesson.state')?.status).toEqual({
      lessonId: 'consumer-groups',
      step: 1,
      done: true,
    });
    const printed = w.printed(1);
    expect(printed).toContain("the lesson's first 1 step(s) were replayed here");
    expect(printed).toMatch(/M1\n/);
  });

  it('starting a lesson from the sandbox with a terminal open keeps the replayed jobs running', () => {
    const groups = readLesson('08-consumer-groups.json');
    const w = host();
    w.send({ type: 'init', scenario: { seed: 1, brokers: [1], setup: [] } });
    w.send({ type: 'terminal.open', tab: 1 });
    // Step 4 types M4…M6 into the producer that step 2 left running in tab 5.
    w.send({ type: 'lesson.start', lesson: groups, step: 3 });
    w.send({ type: 'lesson.doIt' });
    w.play(30_000);
    expect(w.last('lesson.state')?.status).toMatchObject({ step: 3, done: true });
    const printed = w.printed();
    expect(printed).not.toContain('a new cluster replaced the old one');
    expect(printed).not.toContain('command not found');
  });

  it('Restart keeps a console producer that an earlier step left running, and the step can be redone', () => {
    const groups = readLesson('08-consumer-groups.json');
    const w = host();
    w.send({ type: 'lesson.start', lesson: groups, step: 3 });
    w.send({ type: 'lesson.doIt' });
    w.play(30_000);
    expect(w.last('lesson.state')?.status?.done).toBe(true);
    w.send({ type: 'lesson.restartStep' });
    expect(w.last('lesson.state')?.status).toMatchObject({ step: 3, done: false });
    w.send({ type: 'lesson.doIt' });
    w.play(30_000);
    expect(w.last('lesson.state')?.status).toMatchObject({ step: 3, done: true });
  });

  it('Restart after a kill -9 brings the killed job back, so the step can be done again', () => {
    const groups = readLesson('08-consumer-groups.json');
    const crash = groups.steps.findIndex((s) => s.id === 'crash');
    const w = host();
    w.send({ type: 'lesson.start', lesson: groups, step: crash });
    w.send({ type: 'lesson.doIt' });
    w.play(120_000);
    expect(w.last('lesson.state')?.status).toMatchObject({ step: crash, done: true });
    w.send({ type: 'lesson.restartStep' });
    w.send({ type: 'lesson.doIt' });
    w.play(120_000);
    expect(w.last('lesson.state')?.status).toMatchObject({ step: crash, done: true });
    const printed = w.printed();
    expect(printed).not.toContain('no such job');
  });

  it('a step met stays met when the scrubber moves a little back', () => {
    const w = host();
    w.send({ type: 'lesson.start', lesson, step: 1 });
    w.send({ type: 'lesson.doIt' });
    w.play(1_000);
    expect(w.last('lesson.state')?.status?.done).toBe(true);
    const now = w.last('frame')!.now;
    w.send({ type: 'seek', at: now - 5 });
    expect(w.last('lesson.state')?.status).toMatchObject({ step: 1, done: true });
    // Before the action (the step began at 0, as the step before it only had things to say),
    // it is not met any more.
    w.send({ type: 'seek', at: 0 });
    expect(w.last('lesson.state')?.status).toMatchObject({ step: 1, done: false });
  });

  it('a new cluster from the terminal ends the lesson instead of breaking Back', () => {
    // Lesson 13 creates its topic in step 2: before it, `sim brokers` may replace the cluster.
    const retention = readLesson('13-retention-replay.json');
    const w = host();
    w.send({ type: 'lesson.start', lesson: retention, step: 1 });
    w.send({ type: 'terminal.open', tab: 1 });
    w.send({ type: 'terminal.line', tab: 1, text: 'sim brokers 1 2' });
    w.play(100);
    expect(w.last('lesson.state')?.status).toBeNull();
    expect(w.last('fault')?.message).toMatch(/The lesson ended: a new cluster replaced its world/);
    // Restart then has no lesson to act on: nothing throws.
    w.send({ type: 'lesson.restartStep' });
  });

  it('a lesson whose setup the engine refuses does not start, and the world is kept', () => {
    const w = host();
    w.send({ type: 'lesson.start', lesson, step: 0 });
    const before = w.out.length;
    const broken = {
      ...lesson,
      setup: [{ type: 'createTopic' as const, topic: 'x', partitions: -3 }],
    };
    w.send({ type: 'lesson.start', lesson: broken, step: 0 });
    expect(w.last('lesson.failed')?.message).toMatch(/setup command 1 \(createTopic\) failed/);
    expect(w.out.slice(before).some((m) => m.type === 'ready')).toBe(false);
    expect(w.last('lesson.state')?.status?.lessonId).toBe('replication');
    // A command missing its fields is refused too, not thrown.
    const malformed = { ...lesson, setup: [{ type: 'produce' as const }] };
    w.send({ type: 'lesson.start', lesson: malformed, step: 0 });
    expect(w.last('lesson.failed')?.message).toMatch(/setup command 1 \(produce\) failed/);
  });
});
