#!/usr/bin/env node
// The headless runner: `kafkasim run FILE [--seed N]` (FILE `-` reads the script from stdin).
// It runs the TypeScript sources through tsx, so it works right after `npm ci`, with no build step.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

const USAGE = 'Usage: kafkasim run FILE [--seed N]   (FILE - reads the script from stdin)\n';

function fail(message) {
  process.stderr.write(message);
  process.exit(2);
}

const [command, file, ...rest] = process.argv.slice(2);
if (command !== 'run' || file === undefined) fail(USAGE);
let seed = 1;
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--seed' && /^\d+$/.test(rest[i + 1] ?? '')) seed = Number(rest[++i]);
  else fail(`kafkasim: unknown option '${rest[i]}'\n${USAGE}`);
}
let script;
try {
  script = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`kafkasim: cannot read ${file}: ${error.message}\n`);
}

register();
const { runScript } = await import('../src/cli/runner.ts');
const result = runScript(script, seed);
process.stdout.write(result.transcript);
process.exitCode = result.exitCode;
