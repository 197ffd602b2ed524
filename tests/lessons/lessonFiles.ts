// The lesson files of src/lessons, read and validated, for the tests that play them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseLessonText } from '../../src/lessons/format/validate';
import type { Lesson } from '../../src/lessons/format/schema';

export const LESSON_DIR = join(import.meta.dirname, '../../src/lessons');

export function lessonFileNames(): string[] {
  return readdirSync(LESSON_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function readLesson(file: string): Lesson {
  const checked = parseLessonText(readFileSync(join(LESSON_DIR, file), 'utf8'), file);
  if (!checked.ok) throw new Error(checked.message);
  return checked.lesson;
}
