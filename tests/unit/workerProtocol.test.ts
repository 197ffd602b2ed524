// The worker's code driven over a real MessageChannel, as the page drives it, without a Worker.
import { afterEach, describe, expect, it } from 'vitest';
import { createEndpointBridge, type SimBridge } from '../../src/app/bridge/bridge';
import type { FromWorker, Scenario } from '../../src/protocol/messages';
import { serve } from '../../src/worker/serve';
import type { SimHost } from '../../src/worker/simHost';

const scenario: Scenario = {
  seed: 3,
  brokers: [101, 102, 103],
  setup: [{ type: 'createTopic', topic: 'orders', partitions: 3 }],
};

let channel: MessageChannel;
let host: SimHost;
let bridge: SimBridge;
let received: FromWorker[];

/** Resolves with the next `count` messages of a type; subscribe before sending what causes them. */
const collect = (type: FromWorker['type'], count: number) =>
  new Promise<FromWorker[]>((resolve) => {
    const seen: FromWorker[] = [];
    const stop = bridge.subscribe((m) => {
      if (m.type !== type) return;
      seen.push(m);
      if (seen.length === count) {
        stop();
        resolve(seen);
      }
    });
  });
const nextMessage = async (type: FromWorker['type']) => (await collect(type, 1))[0]!;

async function start(): Promise<void> {
  channel = new MessageChannel();
  host = serve(channel.port1);
  channel.port1.start();
  bridge = createEndpointBridge(channel.port2, () => channel.port2.close());
  channel.port2.start();
  received = [];
  bridge.subscribe((m) => received.push(m));
  const ready = Promise.all([nextMessage('ready'), nextMessage('playback')]);
  bridge.send({ type: 'init', scenario });
  await ready;
}

afterEach(() => {
  bridge.dispose();
  channel.port1.close();
});

describe('the worker protocol over a MessageChannel', () => {
  it('starts the scenario and answers with the first snapshot and its events', async () => {
    await start();
    const ready = received.find((m) => m.type === 'ready');
    expect(ready?.type === 'ready' && ready.snapshot.topics.map((t) => t.name)).toEqual(['orders']);
    expect(ready?.type === 'ready' && ready.events.map((e) => e.type)).toEqual([
      'broker.registered',
      'broker.registered',
      'broker.registered',
      'controller.elected',
      'topic.created',
    ]);
  });

  it("answers a command with the engine's result, errors included", async () => {
    await start();
    await expect(bridge.request({ type: 'createTopic', topic: 'orders' })).resolves.toEqual({
      ok: false,
      error: { name: 'TopicExistsException', message: "Topic 'orders' already exists." },
    });
    await expect(
      bridge.request({ type: 'produce', topic: 'orders', key: null, value: 'v' }),
    ).resolves.toMatchObject({ ok: true, value: { recordId: 1 } });
  });

  it('moves virtual time at the chosen speed every tick, and sends a frame at most every 30 ms', async () => {
    await start();
    await bridge.request({ type: 'produce', topic: 'orders', key: 'k', value: 'v' });
    const speed = nextMessage('playback');
    bridge.send({ type: 'setSpeed', speed: 2 });
    await speed;
    const frames = collect('frame', 2);
    host.tick(1000); // the first tick only sets the wall clock, and sends what the command did
    host.tick(1016); // 16 ms of wall time at 2× is 32 ms of virtual time; too soon for a frame
    host.tick(1032); // the owed frame goes now, with everything since
    const [first, second] = await frames;
    expect(first?.type === 'frame' && [first.now, first.events.map((e) => e.type)]).toEqual([
      0,
      ['record.sent'],
    ]);
    expect(second?.type === 'frame' && [second.now, second.events.map((e) => e.type)]).toEqual([
      64,
      ['batch.sent', 'records.appended', 'highWatermark.advanced', 'records.acknowledged'],
    ]);
  });

  it('holds virtual time while paused, and clamps the speed to the offered range', async () => {
    await start();
    const playback = collect('playback', 2);
    bridge.send({ type: 'pause' });
    bridge.send({ type: 'setSpeed', speed: 1e9 });
    expect(await playback).toEqual([
      { type: 'playback', playing: false, speed: 1 },
      { type: 'playback', playing: false, speed: 100 },
    ]);
    await bridge.request({ type: 'produce', topic: 'orders', key: null, value: 'x' });
    const frame = nextMessage('frame');
    host.tick(0);
    host.tick(50);
    expect(await frame).toMatchObject({ type: 'frame', now: 0 });
    expect(host.tick(100)).toBeUndefined();
  });
});
