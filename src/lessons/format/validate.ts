// Reads a lesson file: the lesson, or one message saying what is wrong and where.
import * as v from 'valibot';
import { LessonSchema, type Lesson } from './schema';

export type LessonCheck =
  { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly message: string };

/** At most this many problems are listed: the first ones are what to fix first. */
const MAX_LISTED = 5;

export function parseLesson(input: unknown, name = 'The lesson file'): LessonCheck {
  const result = v.safeParse(LessonSchema, input);
  if (result.success) return { ok: true, lesson: result.output };
  const lines = result.issues.slice(0, MAX_LISTED).map((issue) => {
    const path = v.getDotPath(issue);
    // valibot says `Invalid key: Expected "title" but received undefined`: say it plainly.
    const message =
      issue.input === undefined && issue.message.startsWith('Invalid key')
        ? 'is missing'
        : issue.message;
    return `- ${path ? `${path}: ` : ''}${message}`;
  });
  const more = result.issues.length - lines.length;
  if (more > 0) lines.push(`- …and ${more} more`);
  return { ok: false, message: `${name} is not a valid lesson:\n${lines.join('\n')}` };
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
