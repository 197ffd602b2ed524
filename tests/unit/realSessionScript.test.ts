// sessionScript: the generated bash replays a session with the real tools, in order, quoted.
import { spawnSync } from 'node:child_process';
import { loadValue } from '../../src/engine/producer/loadValues';
import type { LoadValues, SimCommand } from '../../src/engine';
import { dockerCompose, sessionScript } from '../../src/scenario/real';
import { LOAD_LINES_FUNCTION } from '../../src/scenario/real/loadLines';
import { session, STORY } from '../fixtures/real/sessions';

const bashSyntax = (script: string) =>
  spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
// Each test runs bash; a loaded machine makes that slow, never wrong.
vi.setConfig({ testTimeout: 60_000 });

describe('sessionScript', () => {
  it('starts as a bash script should, with its settings at the top', () => {
    const script = sessionScript(STORY);
    expect(script.split('\n').slice(0, 2)).toEqual([
      '#!/usr/bin/env bash',
      '# Orders, a load and a crash',
    ]);
    expect(script).toMatch(/^set -euo pipefail$/m);
    for (const setting of [
      'BOOTSTRAP="${BOOTSTRAP:-localhost:9092}"',
      'SPEED="${SPEED:-1}"',
      'MAX_RF="${MAX_RF:-1}"',
    ])
      expect(script).toContain(setting);
    expect(script).toMatch(/docker compose up -d\n#\s+bash session\.sh/);
    expect(script).toContain('docker exec -i "$KAFKA_CONTAINER" "/opt/kafka/bin/$tool.sh" "$@"');
  });

  it('passes bash -n, for a story, an empty session and one of every command', () => {
    const every: SimCommand[] = [
      {
        type: 'createTopic',
        topic: 't',
        assignment: [[101, 102]],
        config: { 'min.insync.replicas': '2' },
      },
      { type: 'addPartitions', topic: 't', partitions: 4 },
      {
        type: 'alterTopicConfig',
        topic: 't',
        set: { 'retention.ms': '1', 'min.insync.replicas': '2' },
        delete: ['x'],
      },
      { type: 'createProducer', producer: 'p', config: { partitioner: 'round-robin' } },
      {
        type: 'produce',
        topic: 't',
        key: 'k',
        value: null,
        headers: [{ key: 'h', value: 'v' }],
        producer: 'p',
      },
      { type: 'flushProducer', producer: 'p' },
      { type: 'setLoad', producer: 'p', topic: 't', recordsPerSecond: 2, values: 'click' },
      {
        type: 'startConsumer',
        group: 'g',
        topics: ['t'],
        commit: 'after-processing',
        processingMsPerRecord: 5,
      },
      { type: 'setProcessingTime', consumer: 'consumer-g-1', processingMsPerRecord: 50 },
      { type: 'seek', consumer: 'consumer-g-1', topic: 't', partition: 0, offset: 'end' },
      { type: 'commit', consumer: 'consumer-g-1' },
      { type: 'stopConsumer', consumer: 'consumer-g-1', how: 'close' },
      { type: 'resetGroupOffsets', group: 'g', offsets: [{ topic: 't', partition: 0, offset: 1 }] },
      { type: 'deleteGroupOffsets', group: 'g', partitions: [{ topic: 't', partition: 0 }] },
      { type: 'deleteGroup', group: 'g' },
      { type: 'electLeaders', election: 'unclean', topic: 't' },
      { type: 'brokerFault', broker: 102, fault: 'slow', fetchDelayMs: 100 },
      { type: 'quorumFault', node: 3000, fault: 'stop' },
      { type: 'deleteTopic', topic: 't' },
    ];
    for (const s of [STORY, session([]), session(every.map((c, i) => [i * 100, c] as const))]) {
      const result = bashSyntax(sessionScript(s));
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });

  it("load_lines sends what the simulator's load generator sends, for every kind of value", () => {
    const kinds: readonly LoadValues[] = ['order', 'gps', 'log', 'click'];
    for (const kind of kinds)
      for (const keys of [0, 4]) {
        const call = `load_lines 3 40 20000 ${keys} key- : ${kind} 65000`;
        const out = spawnSync('bash', ['-c', `SPEED=1000000\n${LOAD_LINES_FUNCTION}\n${call}`], {
          encoding: 'utf8',
        });
        const want = Array.from({ length: 40 }, (_, i) => {
          const n = 3 + i;
          const key = keys > 0 ? n % keys : null;
          const value = loadValue(kind, n, key, 65000 + (i + 1) * 50);
          return key === null ? value : `key-${key}:${value}`;
        });
        expect(out.stdout).toBe(`${want.join('\n')}\n`);
      }
    expect(LOAD_LINES_FUNCTION.split("'").length).toBe(3); // the awk program holds no single quote
  });
});

describe('dockerCompose', () => {
  it('runs one KRaft broker from the official image as container kafka on port 9092', () => {
    const yaml = dockerCompose();
    expect(yaml).toMatch(/image: apache\/kafka:\d+\.\d+\.\d+/);
    expect(yaml).toContain('container_name: kafka');
    expect(yaml).toContain("- '9092:9092'");
    for (const env of [
      'KAFKA_NODE_ID: 1',
      "KAFKA_PROCESS_ROLES: 'broker,controller'",
      "KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093'",
      "KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://localhost:9092'",
      'KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1',
      'KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: 1',
      'KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: 1',
      'KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: 0',
    ])
      expect(yaml).toContain(env);
  });
});
