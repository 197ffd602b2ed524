// kafka-get-offsets, as Kafka 3.9's GetOffsetShell (tools/.../GetOffsetShell.java) prints it, with
// the offsets a broker's ListOffsets answers (high watermark, log start, timestamps).
import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/cli/runner';

const BS = '--bootstrap-server localhost:9092';

/** What the last command printed (stdout and stderr as a terminal shows them) and its exit code. */
function run(setup: string, command: string) {
  const { transcript, exitCode } = runScript(`${setup}\n${command}`);
  const marker = `$ ${command}\n`;
  return { output: transcript.slice(transcript.lastIndexOf(marker) + marker.length), exitCode };
}

// Three records at virtual time ~1 s (the console producer lingers 1 s), one more about 6 s later.
const RECORDS = [
  `kafka-topics.sh ${BS} --create --topic t2`,
  `kafka-console-producer.sh ${BS} --topic t2 <<END`,
  'a',
  'b',
  'c',
  'END',
  'sleep 5',
  `kafka-console-producer.sh ${BS} --topic t2 <<END`,
  'd',
  'END',
].join('\n');

describe('kafka-get-offsets', () => {
  it('prints topic:partition:offset sorted as GetOffsetShell’s TreeMap sorts "topic-partition" strings', () => {
    const r = run(
      `kafka-topics.sh ${BS} --create --topic orders --partitions 12`,
      `kafka-get-offsets.sh ${BS} --topic orders`,
    );
    expect(r).toEqual({
      output: [0, 1, 10, 11, 2, 3, 4, 5, 6, 7, 8, 9].map((p) => `orders:${p}:0\n`).join(''),
      exitCode: 0,
    });
  });

  it('answers latest (the high watermark), earliest and max-timestamp', () => {
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --topic t2`).output).toBe('t2:0:4\n');
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --topic t2 --time -1`).output).toBe('t2:0:4\n');
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --topic t2 --time earliest`).output).toBe(
      't2:0:0\n',
    );
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --topic t2 --time -3`).output).toBe('t2:0:3\n');
  });

  it('finds the first offset whose CreateTime is at or after a timestamp (virtual 0 = 2024-01-01 UTC)', () => {
    // 1704067203000 is 2024-01-01T00:00:03Z: after a, b and c, before d.
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --topic t2 --time 1704067203000`)).toEqual({
      output: 't2:0:3\n',
      exitCode: 0,
    });
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --topic t2 --time 1704067200000`).output).toBe(
      't2:0:0\n',
    );
  });

  it('leaves out a partition whose answer is unknown (a timestamp after every record)', () => {
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --topic t2 --time 1804067200000`)).toEqual({
      output: '',
      exitCode: 0,
    });
  });

  it('reads only up to the high watermark: a slow follower in the ISR holds it back', () => {
    const setup = [
      'sim brokers 1 2 3',
      `kafka-topics.sh ${BS} --create --topic t --partitions 1 --replication-factor 2`,
      'sim broker slow 1 60000',
      `kafka-console-producer.sh ${BS} --topic t --producer-property acks=1 <<END`,
      'a',
      'END',
      'sleep 2',
    ].join('\n');
    expect(run(setup, `kafka-get-offsets.sh ${BS} --topic t`).output).toBe('t:0:0\n');
    expect(run(setup, `kafka-get-offsets.sh ${BS} --topic t --time max-timestamp`).output).toBe('');
  });

  it('filters with --topic-partitions (a range is lower-inclusive, upper-exclusive) and --partitions', () => {
    const setup = `kafka-topics.sh ${BS} --create --topic orders --partitions 4\n${RECORDS}`;
    expect(run(setup, `kafka-get-offsets.sh ${BS} --topic-partitions orders:1-3,t2:0`).output).toBe(
      'orders:1:0\norders:2:0\nt2:0:4\n',
    );
    expect(run(setup, `kafka-get-offsets.sh ${BS} --topic-partitions :3-`).output).toBe(
      'orders:3:0\n',
    );
    expect(run(setup, `kafka-get-offsets.sh ${BS} --topic 'ord.*' --partitions 0,2`).output).toBe(
      'orders:0:0\norders:2:0\n',
    );
  });

  it('includes internal topics unless --exclude-internal-topics', () => {
    const setup = `${RECORDS}\nkafka-console-consumer.sh ${BS} --topic t2 --group g --from-beginning --max-messages 1`;
    expect(
      run(setup, `kafka-get-offsets.sh ${BS} --topic '__consumer_offsets' --partitions 0`).output,
    ).toBe('__consumer_offsets:0:0\n');
    expect(run(setup, `kafka-get-offsets.sh ${BS} --exclude-internal-topics`).output).toBe(
      't2:0:4\n',
    );
  });

  it('says "Error occurred: …" for what it cannot do', () => {
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --topic nope`)).toEqual({
      output: 'Error occurred: Could not match any topic-partitions with the specified filters\n',
      exitCode: 1,
    });
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --time soon`).output).toBe(
      'Error occurred: Malformed time argument soon. Please use -1 or latest / -2 or earliest / -3 or max-timestamp / -4 or earliest-local / -5 or latest-tiered, or a specified long format timestamp\n',
    );
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --topic t2 --topic-partitions t2`).output).toBe(
      'Error occurred: --topic-partitions cannot be used with --topic or --partitions\n',
    );
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --partitions one`).output).toBe(
      'Error occurred: --partitions expects a comma separated list of numeric partition ids, but received: one\n',
    );
    expect(run(RECORDS, `kafka-get-offsets.sh ${BS} --frob`).output).toBe(
      'Error occurred: frob is not a recognized option\n',
    );
  });

  it('needs --bootstrap-server (a usage error), and times out when it names no broker', () => {
    expect(run('', 'kafka-get-offsets.sh --topic t2')).toEqual({
      output:
        'Missing required argument "[bootstrap-server]"\n(run kafka-get-offsets.sh --help for the options)\n',
      exitCode: 1,
    });
    expect(run('', 'kafka-get-offsets.sh --bootstrap-server localhost:9999').output).toContain(
      'Error occurred: org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: listTopics\n',
    );
  });
});
