// Golden transcripts: each script in tests/fixtures/notes replays a note's commands through the
// headless runner; its transcript must match the .out file beside it byte for byte. The formats in
// those files follow Kafka 3.9's tools (see the kafka-topics and consumer-groups tests).
// After a deliberate change, regenerate with UPDATE_GOLDEN=1 npx vitest run --project cli.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/cli/runner';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'notes');
const scripts = readdirSync(DIR).filter((f) => f.endsWith('.sh'));

describe('golden transcripts of the notes', () => {
  it('has a script per note walk-through', () => {
    expect(scripts.length).toBeGreaterThan(0);
  });

  for (const script of scripts) {
    it(`replays ${script} as recorded`, () => {
      const result = runScript(readFileSync(join(DIR, script), 'utf8'), 1);
      const golden = join(DIR, script.replace(/\.sh$/, '.out'));
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, result.transcript);
      expect(result.transcript).toBe(readFileSync(golden, 'utf8'));
      // Same seed, same transcript: the runner is deterministic.
      expect(runScript(readFileSync(join(DIR, script), 'utf8'), 1).transcript).toBe(
        result.transcript,
      );
    });
  }
});
