// Reads a lesson file: the lesson, or one message saying what is wrong and where.
import * as v from 'valibot';
import { listProblems } from './problems';
import { LessonSchema, type Lesson } from './schema';

export type LessonCheck =
  { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly message: string };

export function parseLesson(input: unknown, name = 'The lesson file'): LessonCheck {
  const result = v.safeParse(LessonSchema, input);
  if (result.success) return { ok: true, lesson: result.output };
  return { ok: false, message: `${name} is not a valid lesson:\n${listProblems(result.issues)}` };
}

/** A lesson file's text: not JSON at all is said as plainly as a wrong field. */
export function parseLessonText(text: string, name = 'The lesson file'): LessonCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${name} is not JSON: ${(error as Error).message}` };
  }
  return parseLesson(json, name);
}
