// The load budget: all JavaScript of the built site, gzipped, must stay within 300 kB: the
// chunks in dist/assets and the service worker (dist/sw.js) beside index.html. Lesson files are
// JSON assets fetched when a lesson opens; they are listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '../dist');
const BUDGET_KB = 300;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
/** The files of dist/<folder> ending in `ext`, named as in dist, with their gzipped sizes. */
const sizes = (folder, ext) =>
  readdirSync(join(dist, folder))
    .filter((f) => f.endsWith(ext))
    .map((f) => join(folder, f))
    .map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file))).length }));

const scripts = [...sizes('assets', '.js'), ...sizes('.', '.js')];
const lessons = sizes('assets', '.json');
for (const s of scripts) console.log(`${String(kb(s.gzip)).padStart(7)} kB  ${s.file}`);
const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
const lessonTotal = lessons.reduce((sum, s) => sum + s.gzip, 0);
console.log(
  `all JS ${kb(total)} kB gzip (budget ${BUDGET_KB}); ${lessons.length} lesson files ${kb(lessonTotal)} kB gzip`,
);
console.log(
  JSON.stringify({ jsGzipKb: kb(total), budgetKb: BUDGET_KB, lessonFilesGzipKb: kb(lessonTotal) }),
);
if (total / 1024 > BUDGET_KB) process.exitCode = 1;
