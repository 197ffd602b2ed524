import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/engine';
import { story } from '../support/story';

describe('creating a topic', () => {
  it('makes its partitions, each led by its first (preferred) replica, with every replica in the ISR', () => {
    const s = story().topic('orders', 3);
    const topic = s.snapshot().topics.find((t) => t.name === 'orders');
    expect(topic?.partitions.map((p) => p.id)).toEqual([0, 1, 2]);
    for (const p of topic?.partitions ?? []) {
      expect(p.leader).toBe(p.replicas[0]);
      expect(p.isr).toEqual(p.replicas);
    }
    // KRaft's striped placer: three partitions on three brokers, one leader each.
    expect(new Set(topic?.partitions.map((p) => p.leader))).toEqual(new Set([101, 102, 103]));
  });

  it('gives the topic a 22-character topic id, as kafka-topics --describe prints it', () => {
    const topic = story().topic('orders', 1).snapshot().topics[0];
    expect(topic?.topicId).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('refuses an existing name (TopicExistsException) and keeps the state', () => {
    const s = story().topic('orders', 3);
    expect(s.tryTo({ type: 'createTopic', topic: 'orders' })).toEqual({
      ok: false,
      error: { name: 'TopicExistsException', message: "Topic 'orders' already exists." },
    });
    expect(s.snapshot().topics.find((t) => t.name === 'orders')?.partitions).toHaveLength(3);
  });

  it("refuses a replication factor larger than the brokers, in KRaft's words (ReplicationControlManager)", () => {
    const sim = new Simulation({ seed: 1 });
    expect(
      sim.execute({ type: 'createTopic', topic: 'a', partitions: 2, replicationFactor: 2 }),
    ).toEqual({
      ok: false,
      error: {
        name: 'InvalidReplicationFactorException',
        message:
          'Unable to replicate the partition 2 time(s): The target replication factor of 2 cannot be reached because only 1 broker(s) are registered.',
      },
    });
    expect(sim.snapshot().topics).toEqual([]);
  });

  it('refuses it in ZooKeeper mode in the words the notes show (AdminUtils)', () => {
    const sim = new Simulation({ seed: 1, mode: 'zookeeper' });
    expect(
      sim.execute({ type: 'createTopic', topic: 'a', partitions: 2, replicationFactor: 2 }),
    ).toEqual({
      ok: false,
      error: {
        name: 'InvalidReplicationFactorException',
        message: 'Replication factor: 2 larger than available brokers: 1.',
      },
    });
  });

  it.each([
    ['', "Topic name is illegal, it can't be empty"],
    ['..', 'Topic name cannot be "." or ".."'],
    [
      'a b',
      `Topic name "a b" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`,
    ],
    [
      'x'.repeat(250),
      `Topic name is illegal, it can't be longer than 249 characters, topic name: ${'x'.repeat(250)}`,
    ],
  ])('refuses the illegal name %j as Topic#validate does', (name, message) => {
    expect(new Simulation({ seed: 1 }).execute({ type: 'createTopic', topic: name })).toEqual({
      ok: false,
      error: { name: 'InvalidTopicException', message },
    });
  });

  it("refuses a name that collides with another once '.' and '_' are unified", () => {
    const s = story().topic('trucks_gps', 1);
    expect(s.tryTo({ type: 'createTopic', topic: 'trucks.gps' })).toMatchObject({
      ok: false,
      error: {
        name: 'InvalidTopicException',
        message: "Topic 'trucks.gps' collides with existing topic: trucks_gps",
      },
    });
  });

  it('takes configs by Kafka name and refuses unknown ones and bad values', () => {
    const s = story().topic('logs', 1, { 'retention.ms': '60000', 'cleanup.policy': 'delete' });
    expect(s.snapshot().topics[0]?.overrides).toEqual({
      'retention.ms': '60000',
      'cleanup.policy': 'delete',
    });
    expect(s.tryTo({ type: 'createTopic', topic: 'x', config: { 'retention.mss': '1' } })).toEqual({
      ok: false,
      error: {
        name: 'InvalidConfigurationException',
        message: 'Unknown topic config name: retention.mss',
      },
    });
    expect(
      s.tryTo({ type: 'createTopic', topic: 'y', config: { 'retention.ms': 'soon' } }),
    ).toEqual({
      ok: false,
      error: {
        name: 'InvalidConfigurationException',
        message: 'Invalid value soon for configuration retention.ms: Not a number of type LONG',
      },
    });
  });
});

describe('changing a topic', () => {
  it('adds partitions, but never takes any away (InvalidPartitionsException, KRaft wording)', () => {
    const s = story()
      .topic('orders', 3)
      .do({ type: 'addPartitions', topic: 'orders', partitions: 5 });
    expect(s.snapshot().topics[0]?.partitions.map((p) => p.id)).toEqual([0, 1, 2, 3, 4]);
    expect(s.tryTo({ type: 'addPartitions', topic: 'orders', partitions: 2 })).toEqual({
      ok: false,
      error: {
        name: 'InvalidPartitionsException',
        message: 'The topic orders currently has 5 partition(s); 2 would not be an increase.',
      },
    });
  });

  it('deletes a topic, but not an internal one', () => {
    const s = story().topic('orders', 1).do({ type: 'deleteTopic', topic: 'orders' });
    expect(s.snapshot().topics.map((t) => t.name)).toEqual([]);
    s.consumer('c', { group: 'g', topics: ['x'] }).advance(10);
    expect(s.tryTo({ type: 'deleteTopic', topic: '__consumer_offsets' }).ok).toBe(false);
  });

  it('sets and removes configs (kafka-configs --alter)', () => {
    const s = story()
      .topic('orders', 1)
      .do({ type: 'alterTopicConfig', topic: 'orders', set: { 'retention.bytes': '1000' } });
    expect(s.snapshot().topics[0]?.overrides).toEqual({ 'retention.bytes': '1000' });
    s.do({ type: 'alterTopicConfig', topic: 'orders', delete: ['retention.bytes'] });
    expect(s.snapshot().topics[0]?.overrides).toEqual({});
    expect(s.eventsOf('topic.configChanged').map((e) => [e.config, e.value])).toEqual([
      ['retention.bytes', '1000'],
      ['retention.bytes', null],
    ]);
  });
});
