// Fuzzing what a stranger can hand the simulator — a session file's text, a link's code, a valid
// session with one field made wrong: never an exception, and a refusal changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInlineBridge } from '../../src/app/bridge/inlineBridge';
import { DEFAULT_SCENARIO } from '../../src/app/defaultScenario';
import { createAppStore } from '../../src/app/store/createAppStore';
import { createWorld } from '../../src/cli/world';
import { decodeSession, encodeSession } from '../../src/scenario/link';
import { parseSession, parseSessionText } from '../../src/scenario/parse';
import type { Session } from '../../src/scenario/session';
import { sessionOf, worldOf } from '../../src/worker/sessionWorld';

function smallSession(): Session {
  const world = createWorld(3, { brokers: [101, 102, 103], mode: 'kraft' });
  world.sim.execute({ type: 'createTopic', topic: 'orders', partitions: 3, replicationFactor: 2 });
  world.sim.execute({
    type: 'setLoad',
    producer: 'p',
    topic: 'orders',
    recordsPerSecond: 5,
    keys: 3,
  });
  world.sim.advanceBy(1_000);
  world.sim.execute({ type: 'startConsumer', group: 'g', topics: ['orders'] });
  world.sim.advanceBy(2_000);
  world.sim.execute({ type: 'brokerFault', broker: 102, fault: 'kill' });
  world.sim.advanceBy(500);
  return JSON.parse(JSON.stringify(sessionOf(world))) as Session;
}
const VALID = smallSession();

/** Sets `value` at a path through the session (objects and arrays), making the path as it goes. */
function mutate(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (
    Array.isArray(root)
      ? [...(root as unknown[])]
      : typeof root === 'object' && root !== null
        ? { ...root }
        : {}
  ) as Record<string | number, unknown>;
  copy[head!] = mutate(copy[head!], rest, value);
  return copy;
}

const key = fc.oneof(
  fc.constantFrom(
    'format',
    'version',
    'seed',
    'cluster',
    'brokers',
    'mode',
    'actions',
    'at',
    'horizon',
    'command',
    'type',
    'topic',
    'partitions',
    'recordsPerSecond',
    'unsettled',
    'applied',
    '__proto__',
    'constructor',
  ),
  fc.nat(8),
  fc.string(),
);
const wrongSession = fc.tuple(fc.array(key, { minLength: 1, maxLength: 4 }), fc.anything());

describe('imports and links never throw', () => {
  it('any text as a session file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const checked = parseSessionText(text, 'f');
        expect(typeof checked.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('a valid session with any one thing made wrong: refused with a message, or replayable', () => {
    fc.assert(
      fc.property(wrongSession, ([path, value]) => {
        const checked = parseSession(mutate(VALID, path, value));
        if (!checked.ok) {
          expect(checked.message).toMatch(/^The scenario (is|is not)/);
          return;
        }
        // Let through: the worker replays it or says why not — it never throws.
        const made = worldOf(checked.session);
        expect('world' in made || 'error' in made).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('any code after #/s/, and any bytes packed as a link', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.base64String().map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')),
          fc
            .uint8Array({ maxLength: 400 })
            .map((bytes) => Buffer.from(bytes).toString('base64url')),
        ),
        async (code) => {
          const checked = await decodeSession(code);
          expect(typeof checked.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a real link cut, or with one character changed', async () => {
    const code = await encodeSession(VALID);
    await fc.assert(
      fc.asyncProperty(fc.nat(code.length - 1), fc.constantFrom(...'AZaz09-_'), async (i, c) => {
        const changed = await decodeSession(code.slice(0, i) + c + code.slice(i + 1));
        const cut = await decodeSession(code.slice(0, i));
        expect(typeof changed.ok).toBe('boolean');
        expect(cut.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a refused import or link leaves the sandbox as it was', () => {
  it('same world, same session, for any file text or link code', async () => {
    const bridge = createInlineBridge();
    const store = createAppStore(bridge, DEFAULT_SCENARIO);
    await store.getState().run({ type: 'createTopic', topic: 'mine', partitions: 2 });
    bridge.tick(0);
    bridge.tick(16);
    const before = JSON.stringify(await store.getState().saveSession());
    const shown = JSON.stringify(store.getState().snapshot);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string().map((text) => ({ text })),
          fc.string().map((code) => ({ code })),
          wrongSession.map(([path, value]) => ({
            text: JSON.stringify(mutate(VALID, path, value)) ?? '',
          })),
        ),
        async (input) => {
          // Only refusals here (a mutation may leave a valid session).
          fc.pre('code' in input || !parseSessionText(input.text).ok);
          const s = store.getState();
          const loaded =
            'code' in input ? await s.openLink(input.code) : await s.importText(input.text, 'f');
          expect(loaded).toBe(false);
          expect(store.getState().notice?.kind).toBe('error');
          expect(JSON.stringify(store.getState().snapshot)).toBe(shown);
          expect(JSON.stringify(await store.getState().saveSession())).toBe(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});
