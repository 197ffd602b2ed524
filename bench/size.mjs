// The load budget: all JavaScript of the built site, gzipped, must stay within 300 kB. Lesson
// files are JSON assets fetched when a lesson opens; they are listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = join(import.meta.dirname, '../dist/assets');
const BUDGET_KB = 300;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const sizes = (ext) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(dir, f))).length }));

const scripts = sizes('.js');
const lessons = sizes('.json');
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
