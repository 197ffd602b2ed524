// Every lesson, played headlessly with "Do it for me": each step's condition must be met, in
// order, and a step that asks the learner to act must not be met before they do.
import { describe, expect, it } from 'vitest';
import { replayLesson } from '../../src/worker/lessonHost';
import { lessonFileNames, readLesson } from './lessonFiles';

const files = lessonFileNames();

describe('the lessons', () => {
  it('are all there: 15 lessons numbered 1 to 15, each id once', () => {
    const lessons = files.map(readLesson);
    expect(lessons.map((l) => l.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
    expect(new Set(lessons.map((l) => l.id)).size).toBe(lessons.length);
  });

  for (const file of files)
    it(`${file}: every step is met in order with "Do it for me"`, () => {
      const lesson = readLesson(file);
      const run = replayLesson(lesson, 0, (s) => s);
      if ('error' in run) throw new Error(run.error);
      for (const [i, step] of lesson.steps.entries()) {
        if (i > 0) run.host.begin(i);
        const where = `step ${i + 1} (${step.id})`;
        // The learner has something to do: the condition must wait for it.
        if (step.do) expect(run.host.check(), `${where} is met before its action`).toBe(false);
        expect(run.host.doIt(), `${where}: the engine refused its action`).toBeNull();
        expect(run.host.runUntilMet(), `${where}: its condition was never met`).toBe(true);
      }
    });
});
