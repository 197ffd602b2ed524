// A broken lesson file is refused with a message that says what is wrong and where.
import { describe, expect, it } from 'vitest';
import { LESSON_SPEEDS } from '../../src/lessons/format/schema';
import { parseLesson, parseLessonText } from '../../src/lessons/format/validate';
import { SPEEDS } from '../../src/protocol/messages';
import { readLesson } from './lessonFiles';

const good = () => structuredClone(readLesson('05-replication.json')) as Record<string, unknown>;
const steps = (l: Record<string, unknown>) => l.steps as Record<string, unknown>[];

function refusal(lesson: unknown): string {
  const checked = parseLesson(lesson, '05-replication.json');
  if (checked.ok) throw new Error('expected the lesson to be refused');
  return checked.message;
}

describe('lesson validation', () => {
  it('accepts a lesson file as it is', () => {
    expect(parseLesson(good()).ok).toBe(true);
  });

  it('says when the file is not JSON at all', () => {
    const checked = parseLessonText('{ "id": "x", ', 'broken.json');
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toMatch(/^broken\.json is not JSON: /);
  });

  it('names a missing field and where it is missing', () => {
    const lesson = good();
    delete steps(lesson)[2]!.title;
    expect(refusal(lesson)).toContain('- steps.2.title: is missing');
  });

  it('refuses an unknown event type in a condition, naming the path', () => {
    const lesson = good();
    steps(lesson)[2]!.until = { event: 'broker.exploded', where: { broker: 102 } };
    expect(refusal(lesson)).toContain(
      '- steps.2.until.event: must be an engine event type (see src/engine/events.ts)',
    );
  });

  it('refuses a condition of no known kind, listing the kinds', () => {
    const lesson = good();
    steps(lesson)[1]!.until = { recordz: 6 };
    expect(refusal(lesson)).toMatch(
      /- steps\.1\.until: must be a condition with one of: event, printed, all, any, topic, records, broker, partition, group/,
    );
  });

  it('refuses an action with no way to do it, and an action without a condition', () => {
    const lesson = good();
    steps(lesson)[1]!.do = { hint: 'Produce.' };
    expect(refusal(lesson)).toContain('needs exactly one of "commands" or "terminal"');
    const other = good();
    delete steps(other)[1]!.until;
    expect(refusal(other)).toContain('a step with "do" needs "until"');
  });

  it('refuses a prediction whose answer is not one of its choices', () => {
    const lesson = good();
    (steps(lesson)[2]!.predict as Record<string, unknown>).answer = 7;
    expect(refusal(lesson)).toContain('"answer" must be the index of one of the choices');
  });

  it('refuses an unknown engine command, an unknown note and a duplicate step id', () => {
    const lesson = good();
    lesson.setup = [{ type: 'formatDisk' }];
    expect(refusal(lesson)).toMatch(/- setup\.0\.type: must be an engine command: /);
    const noted = good();
    noted.sources = ['042'];
    expect(refusal(noted)).toContain(
      '- sources.0: must be one of the notes: 000, 001, 002, 003, 004',
    );
    const twice = good();
    steps(twice)[1]!.id = 'copies';
    expect(refusal(twice)).toContain('step ids must differ from each other');
  });

  it('refuses a field it does not know (a typo), and a wrong format version', () => {
    const lesson = good();
    steps(lesson)[0]!.sya = ['Hello'];
    expect(refusal(lesson)).toMatch(/steps\.0\.sya: /);
    const later = good();
    later.format = 2;
    expect(refusal(later)).toContain('- format: must be 1 (the lesson format this app reads)');
  });

  it('allows only the speeds the time bar offers', () => {
    expect(LESSON_SPEEDS).toEqual(SPEEDS);
    const lesson = good();
    steps(lesson)[2]!.speed = 20;
    expect(refusal(lesson)).toContain('- steps.2.speed: must be one of the speeds: 0.1, 0.25');
  });

  it('lists at most five problems, then how many more', () => {
    const lesson = good();
    for (const s of steps(lesson)) delete s.title;
    const message = refusal(lesson);
    expect(message.split('\n').filter((l) => l.startsWith('- steps.'))).toHaveLength(5);
    expect(message).toContain('- …and 1 more');
  });
});
