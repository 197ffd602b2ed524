// kafka-leader-election, as Kafka 3.9's LeaderElectionCommand prints it
// (tools/.../LeaderElectionCommand.java), with the controllers' answers (KRaft:
// ReplicationControlManager#electLeader; ZooKeeper: KafkaController).
import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/cli/runner';

/** What the last command printed (stdout and stderr as a terminal shows them) and its exit code. */
function run(setup: string, command: string) {
  const { transcript, exitCode } = runScript(`${setup}\n${command}`);
  const marker = `$ ${command.split('\n')[0]!}\n`;
  return { output: transcript.slice(transcript.lastIndexOf(marker) + marker.length), exitCode };
}

const THREE = [
  'sim brokers 1 2 3',
  'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic orders --partitions 3 --replication-factor 3',
].join('\n');
/** Broker 1 (preferred leader of orders-1) stops; orders-1 moves to broker 2. */
const STOPPED = `${THREE}\nsim broker stop 1\nsleep 1`;
/** Broker 1 is back in every ISR, but orders-1 is still led by broker 2. */
const BACK = `${STOPPED}\nsim broker start 1\nsleep 40`;
const LE = 'kafka-leader-election.sh --bootstrap-server localhost:9093';

describe('kafka-leader-election --election-type preferred', () => {
  it('moves leadership back to the preferred replica: "Successfully completed leader election (PREFERRED) …"', () => {
    expect(run(BACK, `${LE} --election-type preferred --all-topic-partitions`)).toEqual({
      output: 'Successfully completed leader election (PREFERRED) for partitions orders-1\n',
      exitCode: 0,
    });
    const after = runScript(
      `${BACK}\n${LE} --election-type preferred --all-topic-partitions\nkafka-topics.sh --bootstrap-server localhost:9093 --describe --topic orders`,
    ).transcript;
    expect(after).toContain('\tTopic: orders\tPartition: 1\tLeader: 1\tReplicas: 1,2,3');
  });

  it('prints nothing for --all-topic-partitions in KRaft when every leader is preferred (noops are left out)', () => {
    expect(run(THREE, `${LE} --election-type preferred --all-topic-partitions`)).toEqual({
      output: '',
      exitCode: 0,
    });
  });

  it('answers a named partition already on its preferred leader with "Valid replica already elected"', () => {
    expect(run(THREE, `${LE} --election-type PREFERRED --topic orders --partition 0`)).toEqual({
      output: 'Valid replica already elected for partitions orders-0\n',
      exitCode: 0,
    });
  });

  it('fails a partition whose preferred replica is down: PreferredLeaderNotAvailableException, exit 1', () => {
    expect(run(STOPPED, `${LE} --election-type preferred --all-topic-partitions`)).toEqual({
      output:
        'Error completing leader election (PREFERRED) for partition: orders-1: org.apache.kafka.common.errors.PreferredLeaderNotAvailableException: The preferred leader was not available.\n' +
        '1 replica(s) could not be elected\n' +
        'org.apache.kafka.server.common.AdminCommandFailedException: 1 replica(s) could not be elected\n' +
        '\tSuppressed: org.apache.kafka.common.errors.PreferredLeaderNotAvailableException: The preferred leader was not available.\n\n',
      exitCode: 1,
    });
  });

  it('lists noops too in ZooKeeper mode, where the controller answers for every partition', () => {
    const setup = [
      'sim mode zookeeper',
      'kafka-topics.sh --zookeeper localhost:2181 --create --topic orders --partitions 2',
    ].join('\n');
    expect(
      run(
        setup,
        'kafka-leader-election.sh --bootstrap-server localhost:9092 --election-type preferred --all-topic-partitions',
      ).output,
    ).toBe('Valid replica already elected for partitions orders-0, orders-1\n');
  });

  it('reads --path-to-json-file from /dev/stdin, as a here-document gives it', () => {
    const command = [
      `${LE} --election-type preferred --path-to-json-file /dev/stdin <<END`,
      '{"partitions": [{"topic": "orders", "partition": 1}, {"topic": "orders", "partition": 2}]}',
      'END',
    ].join('\n');
    expect(run(BACK, command).output).toBe(
      'Successfully completed leader election (PREFERRED) for partitions orders-1\n' +
        'Valid replica already elected for partitions orders-2\n',
    );
  });
});

describe('kafka-leader-election --election-type unclean', () => {
  // orders has replicas 3,1; broker 1 stops, 3 takes a record alone and dies: no leader. Broker 1
  // comes back outside the ISR, so only an unclean election can give orders-0 a leader.
  const LEADERLESS = [
    'sim brokers 1 2 3',
    'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic t --partitions 1 --replication-factor 2',
    'sim broker stop 1',
    'kafka-console-producer.sh --bootstrap-server localhost:9093 --topic t <<END',
    'a',
    'END',
    'sim broker kill 3',
    'sleep 20',
    'sim broker start 1',
    'sleep 5',
  ].join('\n');

  it('elects an out-of-sync live replica for a partition without a leader', () => {
    expect(run(LEADERLESS, `${LE} --election-type unclean --topic t --partition 0`)).toEqual({
      output: 'Successfully completed leader election (UNCLEAN) for partitions t-0\n',
      exitCode: 0,
    });
  });

  it('needs no election where a leader exists (ElectionNotNeededException)', () => {
    expect(run(THREE, `${LE} --election-type Unclean --topic orders --partition 2`).output).toBe(
      'Valid replica already elected for partitions orders-2\n',
    );
  });

  it('fails when no replica is alive: EligibleLeadersNotAvailableException', () => {
    const setup = `${LEADERLESS}\nsim broker kill 1\nsleep 20`;
    expect(run(setup, `${LE} --election-type unclean --topic t --partition 0`).output).toBe(
      'Error completing leader election (UNCLEAN) for partition: t-0: org.apache.kafka.common.errors.EligibleLeadersNotAvailableException: Eligible topic partition leaders are not available.\n' +
        '1 replica(s) could not be elected\n' +
        'org.apache.kafka.server.common.AdminCommandFailedException: 1 replica(s) could not be elected\n' +
        '\tSuppressed: org.apache.kafka.common.errors.EligibleLeadersNotAvailableException: Eligible topic partition leaders are not available.\n\n',
    );
  });
});

describe('kafka-leader-election errors', () => {
  it('answers an unknown topic in the KRaft controller’s words', () => {
    expect(
      run(THREE, `${LE} --election-type preferred --topic nope --partition 0`).output,
    ).toContain(
      'Error completing leader election (PREFERRED) for partition: nope-0: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: No such topic as nope\n',
    );
  });

  it('validates its options: message, then the exception', () => {
    expect(run(THREE, `${LE} --topic orders --partition 0`)).toEqual({
      output:
        'Missing required option(s): election-type\norg.apache.kafka.server.common.AdminCommandFailedException: Missing required option(s): election-type\n\n',
      exitCode: 1,
    });
    expect(run(THREE, `${LE} --election-type preferred --topic orders`).output).toMatch(
      /^Missing required option\(s\): partition\n/,
    );
    expect(
      run(
        THREE,
        `${LE} --election-type preferred --all-topic-partitions --topic orders --partition 0`,
      ).output,
    ).toMatch(
      /^One and only one of the following options is required: topic, all-topic-partitions, path-to-json-file\n/,
    );
  });

  it('converts --election-type as joptsimple does (any case, else "Cannot parse argument")', () => {
    expect(run(THREE, `${LE} --election-type sometimes --all-topic-partitions`).output).toBe(
      "Cannot parse argument 'sometimes' of option election-type\njoptsimple.OptionArgumentConversionException: Cannot parse argument 'sometimes' of option election-type\n\n",
    );
  });

  it('cannot read a JSON file the simulator does not have', () => {
    expect(run(THREE, `${LE} --election-type preferred --path-to-json-file f.json`).output).toBe(
      'java.nio.file.NoSuchFileException: f.json\njava.lang.RuntimeException: java.nio.file.NoSuchFileException: f.json\n\n',
    );
  });

  it('times out without a reachable broker: "Timeout waiting for election results"', () => {
    const r = run(
      THREE,
      'kafka-leader-election.sh --bootstrap-server localhost:9999 --election-type preferred --all-topic-partitions',
    );
    expect(r.exitCode).toBe(1);
    expect(r.output).toContain(
      'Timeout waiting for election results\nTimeout waiting for election results\norg.apache.kafka.server.common.AdminCommandFailedException: Timeout waiting for election results\n',
    );
  });
});
