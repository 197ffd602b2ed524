// A session (seed + every command with its moment) replayed on a fresh world gives the same world:
// what a shared link, an exported file and the autosave rely on. Also: what the schema refuses.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simTime } from '../../src/engine';
import { runScript } from '../../src/cli/runner';
import { createWorld } from '../../src/cli/world';
import { decodeSession, encodeSession } from '../../src/scenario/link';
import { parseSession, parseSessionText } from '../../src/scenario/parse';
import type { Session } from '../../src/scenario/session';
import { replayLesson } from '../../src/worker/lessonHost';
import { sessionOf, worldOf } from '../../src/worker/sessionWorld';
import { lessonFileNames, readLesson } from '../lessons/lessonFiles';

const NOTES = join(import.meta.dirname, '..', 'fixtures', 'notes');

/** A busy sandbox: three brokers, a keyed load, a group of two, a broker crash, a slow member. */
function busyWorld() {
  const world = createWorld(7, { brokers: [101, 102, 103], mode: 'kraft' });
  const sim = world.sim;
  sim.execute({ type: 'createTopic', topic: 'orders', partitions: 3, replicationFactor: 3 });
  sim.execute({ type: 'createProducer', producer: 'shop', config: { acks: 'all' } });
  sim.execute({
    type: 'setLoad',
    producer: 'shop',
    topic: 'orders',
    recordsPerSecond: 50,
    keys: 6,
    keyPrefix: 'user-',
    values: 'click',
  });
  sim.advanceBy(1_500);
  sim.execute({ type: 'startConsumer', group: 'billing', topics: ['orders'] });
  sim.execute({
    type: 'startConsumer',
    group: 'billing',
    topics: ['orders'],
    commit: 'after-processing',
  });
  sim.advanceBy(4_000);
  sim.execute({ type: 'brokerFault', broker: 102, fault: 'kill' });
  sim.advanceBy(9_000);
  sim.execute({
    type: 'setProcessingTime',
    consumer: 'consumer-billing-1',
    processingMsPerRecord: 20,
  });
  sim.advanceBy(3_210);
  return world;
}

const through = (session: Session): Session => JSON.parse(JSON.stringify(session)) as Session;

describe('a session replays to the same world', () => {
  it('at the same virtual moment, with the same state, and the same future after it', () => {
    const world = busyWorld();
    const session = through(sessionOf(world));
    const checked = parseSession(session);
    expect(checked.ok).toBe(true);
    const made = worldOf(session);
    if ('error' in made) throw new Error(made.error);
    expect(made.world.sim.now).toBe(world.sim.now);
    expect(made.world.sim.snapshot()).toEqual(world.sim.snapshot());
    // Both go on alike: the replayed world is not just a copy of the picture.
    world.sim.drainEvents();
    world.sim.advanceBy(5_000);
    made.world.sim.advanceBy(5_000);
    const after = world.sim.drainEvents();
    expect(after.length).toBeGreaterThan(100);
    expect(made.world.sim.drainEvents()).toEqual(after);
  });

  it('shared from a rewound moment: opens there, with the known future still ahead to scrub to', () => {
    const world = busyWorld();
    const end = world.sim.now;
    world.sim.seekTo(6_000);
    const made = worldOf(through(sessionOf(world)));
    if ('error' in made) throw new Error(made.error);
    expect(made.world.sim.now).toBe(6_000);
    expect(made.world.sim.horizon).toBe(end);
    expect(made.world.sim.snapshot()).toEqual(world.sim.snapshot());
    made.world.sim.seekTo(end);
    world.sim.seekTo(end);
    expect(made.world.sim.snapshot()).toEqual(world.sim.snapshot());
  });

  it('survives the link: deflated, base64url, and back', async () => {
    const session = sessionOf(busyWorld());
    const code = await encodeSession(session);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = await decodeSession(code);
    expect(back).toEqual({ ok: true, session: through(session) });
  });

  it('a terminal started in the replayed world names its clients after the ones it holds', () => {
    const world = createWorld(1, { brokers: [101, 102, 103], mode: 'kraft' });
    world.sim.execute({ type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 1 });
    world.sim.execute({
      type: 'startConsumer',
      consumer: 'console-consumer',
      group: 'g',
      topics: ['t'],
    });
    const made = worldOf(through(sessionOf(world)));
    if ('error' in made) throw new Error(made.error);
    expect(made.world.uniqueClientId('console-consumer')).toBe('console-consumer-2');
  });
});

describe('everything the app and the terminal do can be saved and loaded', () => {
  // The schema is strict: a command shape it does not know would make a saved sandbox unloadable.
  for (const script of readdirSync(NOTES).filter((f) => f.endsWith('.sh'))) {
    it(`the notes' ${script}`, () => {
      const { world } = runScript(readFileSync(join(NOTES, script), 'utf8'), 1);
      const session = through(sessionOf(world!));
      const checked = parseSession(session);
      expect(checked.ok ? 'ok' : checked.message).toBe('ok');
      const made = worldOf(session);
      if ('error' in made) throw new Error(made.error);
      expect(made.world.sim.snapshot()).toEqual(world!.sim.snapshot());
    });
  }
  for (const file of lessonFileNames()) {
    it(`lesson ${file}, played to its last step`, () => {
      const lesson = readLesson(file);
      const replayed = replayLesson(lesson, lesson.steps.length - 1, (s) => s);
      if ('error' in replayed) throw new Error(replayed.error);
      const session = through(sessionOf(replayed.world));
      const checked = parseSession(session);
      expect(checked.ok ? 'ok' : checked.message).toBe('ok');
      const made = worldOf(session);
      if ('error' in made) throw new Error(made.error);
      expect(made.world.sim.snapshot()).toEqual(replayed.world.sim.snapshot());
      // (Lesson 14 runs half an hour of virtual time, twice: slow when the machine is busy.)
    }, 60_000);
  }
});

describe('what is refused, and how it is said', () => {
  const base = (): Session => through(sessionOf(busyWorld()));
  const refusal = (input: unknown) => {
    const checked = parseSession(input);
    return checked.ok ? 'accepted' : checked.message;
  };

  it('not JSON, or too large, before anything else', () => {
    expect(parseSessionText('{"format":', 'x.json')).toEqual({
      ok: false,
      message: expect.stringMatching(/^x\.json is not JSON: /) as unknown,
    });
    expect(parseSessionText(' '.repeat(6 * 1024 * 1024), 'big.json')).toEqual({
      ok: false,
      message: 'big.json is too large (at most 5 MB).',
    });
  });

  it('another format or version', () => {
    expect(refusal({ ...base(), version: 2 })).toContain(
      '- version: must be 1 (this simulator reads version 1)',
    );
    expect(refusal({ ...base(), format: 'lesson' })).toContain(
      '- format: must be "kafkasim-session"',
    );
  });

  it('a command the engine does not have, or a field it does not take', () => {
    const s = base();
    const actions = [...s.actions, { at: s.at, command: { type: 'rm -rf', topic: 'x' } }];
    expect(refusal({ ...s, actions })).toContain(
      `- actions.${s.actions.length}.command.type: must be an engine command:`,
    );
    const extra = [{ at: 0, command: { type: 'deleteTopic', topic: 'x', script: '<img>' } }];
    expect(refusal({ ...s, actions: extra })).toMatch(/actions\.0\.command\.script/);
  });

  it('a control character (an escape sequence for the terminal) in any string', () => {
    const s = base();
    const actions = [
      {
        at: 0,
        command: { type: 'produce', topic: 'orders', key: null, value: '\u001b]0;pwned\u0007' },
      },
    ];
    expect(refusal({ ...s, actions })).toContain(
      '- actions.0.command.value: holds a control character',
    );
  });

  it('actions out of time order, or a moment past the horizon', () => {
    const s = base();
    expect(refusal({ ...s, actions: [...s.actions].reverse() })).toContain(
      'actions must be in time order',
    );
    expect(refusal({ ...s, at: s.horizon + 1 })).toContain('"at" is later than "horizon"');
  });

  it('a session that would swamp the machine replaying it', () => {
    const s = base();
    const flood = {
      ...s,
      horizon: 4 * 3_600_000,
      actions: [
        ...s.actions,
        ...Array.from({ length: 3 }, (_, i) => ({
          at: s.horizon,
          command: { type: 'setLoad', producer: `p${i}`, topic: 'orders', recordsPerSecond: 5000 },
        })),
      ],
    };
    expect(refusal(flood)).toMatch(
      /is too big to replay: its loads send 216,\d{3},\d{3} records, and at most 2,000,000 are replayed\.$/,
    );
    const topics = Array.from({ length: 11 }, (_, i) => ({
      at: 0,
      command: { type: 'createTopic', topic: `t${i}`, partitions: 1000 },
    }));
    expect(refusal({ ...s, actions: topics })).toContain('its topics make 11,000 partitions');
    const replicated = Array.from({ length: 7 }, (_, i) => ({
      at: 0,
      command: { type: 'createTopic', topic: `r${i}`, partitions: 1000, replicationFactor: 3 },
    }));
    expect(refusal({ ...s, actions: replicated })).toContain(
      'its topics make about 21,000 replicas, and at most 20,000 are replayed',
    );
  });

  it('a link that is not one', async () => {
    expect(await decodeSession('not*base64')).toEqual({
      ok: false,
      message: 'The link is damaged: it holds characters a link never has.',
    });
    expect(await decodeSession('AAAA')).toEqual({
      ok: false,
      message: 'The link is damaged: it does not unpack (was it cut short?).',
    });
    const code = await encodeSession(base());
    expect((await decodeSession(code.slice(0, code.length / 2))).ok).toBe(false);
  });

  it('a link that inflates past the limit (a zip bomb) is stopped while it unpacks', async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const stream = new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const packed = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    for (const b of packed) binary += String.fromCharCode(b);
    const code = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(code.length).toBeLessThan(200_000);
    expect(await decodeSession(code)).toEqual({
      ok: false,
      message: 'The link unpacks to more than 5 MB.',
    });
  });
});

describe('the replayed world keeps its seed', () => {
  it('advancing a loaded world is the same as advancing the original', () => {
    const a = busyWorld();
    const b = worldOf(through(sessionOf(a)));
    if ('error' in b) throw new Error(b.error);
    a.sim.advanceTo(simTime(60_000));
    b.world.sim.advanceTo(simTime(60_000));
    expect(b.world.sim.snapshot()).toEqual(a.sim.snapshot());
  });
});
