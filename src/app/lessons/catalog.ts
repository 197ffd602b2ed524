// The lesson files: bundled as JSON assets (not code) and fetched when wanted, each checked
// against the lesson format before it is used.
import type { Lesson } from '../../lessons/format/schema';
import { parseLessonText } from '../../lessons/format/validate';

const URLS = import.meta.glob<string>('../../lessons/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** File name NN-<id>.json → its URL. */
const BY_ID = new Map(
  Object.entries(URLS).map(([path, url]) => [path.replace(/^.*\/\d+-(.+)\.json$/, '$1'), url]),
);

export type LessonLoad = { ok: true; lesson: Lesson } | { ok: false; message: string };

export async function loadLesson(id: string, fetcher: typeof fetch = fetch): Promise<LessonLoad> {
  const url = BY_ID.get(id);
  if (!url) return { ok: false, message: `There is no lesson "${id}".` };
  try {
    const response = await fetcher(url);
    if (!response.ok)
      return {
        ok: false,
        message: `Lesson "${id}" could not be loaded (HTTP ${response.status}).`,
      };
    return parseLessonText(await response.text(), `Lesson "${id}"`);
  } catch (error) {
    return {
      ok: false,
      message: `Lesson "${id}" could not be loaded: ${(error as Error).message}`,
    };
  }
}

export const LESSON_IDS = [...BY_ID.keys()];

/** Every lesson, in number order; those that fail to load are left out (and said). */
export async function loadCatalog(
  fetcher: typeof fetch = fetch,
): Promise<{ lessons: Lesson[]; problems: string[] }> {
  const loads = await Promise.all(LESSON_IDS.map((id) => loadLesson(id, fetcher)));
  const lessons: Lesson[] = [];
  const problems: string[] = [];
  for (const l of loads)
    if (l.ok) lessons.push(l.lesson);
    else problems.push(l.message);
  return { lessons: lessons.sort((a, b) => a.number - b.number), problems };
}
