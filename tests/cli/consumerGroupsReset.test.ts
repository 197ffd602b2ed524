// kafka-consumer-groups --reset-offsets, as Kafka 3.9's ConsumerGroupCommand prints it (stdout and
// stderr interleaved as a terminal shows them). The world: topic orders (2 partitions) with a, b,
// c, d written at 00:00:00 and e, f at 00:01:00, all read by group g, whose consumer has exited.
import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/cli/runner';

const BS = '--bootstrap-server localhost:9092';
const CG = `kafka-consumer-groups.sh ${BS}`;
const RR =
  '--producer-property partitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner';
const SETUP = [
  `kafka-topics.sh ${BS} --create --topic orders --partitions 2`,
  `printf 'a\\nb\\nc\\nd\\n' | kafka-console-producer.sh ${BS} --topic orders ${RR}`,
  'sleep 60',
  `printf 'e\\nf\\n' | kafka-console-producer.sh ${BS} --topic orders ${RR}`,
  `kafka-console-consumer.sh ${BS} --topic orders --group g --from-beginning --max-messages 6`,
].join('\n');

/** The transcript of `lines` run after SETUP (each command echoed after "$ "). */
function session(...lines: string[]): string {
  const { transcript } = runScript(`${SETUP}\necho ---\n${lines.join('\n')}\n`);
  const marker = '$ echo ---\n---\n';
  return transcript.slice(transcript.lastIndexOf(marker) + marker.length);
}

/** What the last of `lines` printed. */
function output(...lines: string[]): string {
  const text = session(...lines);
  const last = `$ ${lines[lines.length - 1]!}\n`;
  return text.slice(text.lastIndexOf(last) + last.length);
}

const HEADER =
  '\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \n';
const row = (g: string, t: string, p: number, o: number) =>
  `${g.padEnd(30)} ${t.padEnd(30)} ${String(p).padEnd(10)} ${String(o).padEnd(15)}\n`;
const DRY_RUN_WARNING =
  'WARN: No action will be performed as the --execute option is missing.In a future major release, the default behavior of this command will be to prompt the user before executing the reset rather than doing a dry run. You should add the --dry-run option explicitly if you are scripting this command and want to keep the current default behavior without prompting.\n';
const HELP = '(run kafka-consumer-groups.sh --help for the options)\n';

describe('kafka-consumer-groups --reset-offsets', () => {
  it('plans without changing anything when neither --execute nor --dry-run is given, and says so (3.9 checkArgs WARN)', () => {
    expect(
      session(
        `${CG} --group g --reset-offsets --to-earliest --topic orders`,
        `${CG} --describe --group g`,
      ),
    ).toBe(
      `$ ${CG} --group g --reset-offsets --to-earliest --topic orders\n` +
        DRY_RUN_WARNING +
        HEADER +
        row('g', 'orders', 0, 0) +
        row('g', 'orders', 1, 0) +
        `$ ${CG} --describe --group g\n` +
        "\nConsumer group 'g' has no active members.\n" +
        '\nGROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID\n' +
        'g               orders          0          3               3               0               -               -               -\n' +
        'g               orders          1          3               3               0               -               -               -\n',
    );
  });

  it('--execute commits the new offsets, and the group’s next consumer starts from them', () => {
    expect(
      session(
        `${CG} --group g --reset-offsets --to-earliest --topic orders --execute`,
        `kafka-console-consumer.sh ${BS} --topic orders --group g --max-messages 6`,
      ),
    ).toBe(
      `$ ${CG} --group g --reset-offsets --to-earliest --topic orders --execute\n` +
        HEADER +
        row('g', 'orders', 0, 0) +
        row('g', 'orders', 1, 0) +
        `$ kafka-console-consumer.sh ${BS} --topic orders --group g --max-messages 6\n` +
        'b\nd\nf\na\nc\ne\nProcessed a total of 6 messages\n',
    );
  });

  it('refuses a group with members, in 3.9’s words, and still prints the (empty) table', () => {
    expect(
      output(
        `kafka-console-consumer.sh ${BS} --topic orders --group g &`,
        'sleep 5',
        `${CG} --group g --reset-offsets --to-earliest --all-topics --execute`,
      ),
    ).toBe(
      "\nError: Assignments can only be reset if the group 'g' is inactive, but the current state is Stable.\n" +
        HEADER,
    );
  });

  it('clamps --to-offset above the log end and --shift-by below the log start, with checkOffsetsRange’s WARN', () => {
    expect(
      output(`${CG} --group g --reset-offsets --to-offset 10 --topic orders:0 --dry-run`),
    ).toBe(
      '[2024-01-01 00:01:03,060] WARN New offset (10) is higher than latest offset for topic partition orders-0. Value will be set to 3 (org.apache.kafka.tools.consumer.group.ConsumerGroupCommand)\n' +
        HEADER +
        row('g', 'orders', 0, 3),
    );
    expect(output(`${CG} --group g --reset-offsets --shift-by -5 --topic orders:1 --dry-run`)).toBe(
      '[2024-01-01 00:01:03,060] WARN New offset (-2) is lower than earliest offset for topic partition orders-1. Value will be set to 0 (org.apache.kafka.tools.consumer.group.ConsumerGroupCommand)\n' +
        HEADER +
        row('g', 'orders', 1, 0),
    );
  });

  it('--to-datetime finds the first record at or after the time, in UTC unless a zone is given (Utils.getDateTime)', () => {
    const second = HEADER + row('g', 'orders', 0, 2) + row('g', 'orders', 1, 2);
    expect(
      output(
        `${CG} --group g --reset-offsets --to-datetime 2024-01-01T00:00:30.000 --topic orders --dry-run`,
      ),
    ).toBe(second);
    expect(
      output(
        `${CG} --group g --reset-offsets --to-datetime 2024-01-01T01:00:30.000+01:00 --topic orders --dry-run`,
      ),
    ).toBe(second);
  });

  it('falls back to the log end when no record is that recent, with the Warn line on stdout', () => {
    expect(
      output(
        `${CG} --group g --reset-offsets --to-datetime 2024-01-02T00:00:00.000 --topic orders --dry-run`,
      ),
    ).toBe(
      '\nWarn: Partition 0 from topic orders is empty. Falling back to latest known offset.\n' +
        '\nWarn: Partition 1 from topic orders is empty. Falling back to latest known offset.\n' +
        HEADER +
        row('g', 'orders', 0, 3) +
        row('g', 'orders', 1, 3),
    );
  });

  it('refuses a datetime SimpleDateFormat cannot parse, through run()’s catch-all (exit 0, as Kafka’s main)', () => {
    expect(
      output(
        `${CG} --group g --reset-offsets --to-datetime 2024-01-01T00:00:30 --all-topics --dry-run`,
      ),
    ).toBe(
      '\nError: Executing consumer group command failed due to java.text.ParseException: Unparseable date: "2024-01-01T00:00:30Z"\n' +
        'java.lang.RuntimeException: java.text.ParseException: Unparseable date: "2024-01-01T00:00:30Z"\n',
    );
    expect(
      output(`${CG} --group g --reset-offsets --to-datetime 2024-01-01 --all-topics --dry-run`),
    ).toBe(
      "\nError: Executing consumer group command failed due to java.text.ParseException: Error parsing timestamp. It does not contain a 'T' according to ISO8601 format\n" +
        "java.lang.RuntimeException: java.text.ParseException: Error parsing timestamp. It does not contain a 'T' according to ISO8601 format\n",
    );
  });

  it('--by-duration counts back from the virtual now (Duration.parse), and refuses what is not ISO-8601', () => {
    expect(
      output(`${CG} --group g --reset-offsets --by-duration PT30S --topic orders --dry-run`),
    ).toBe(HEADER + row('g', 'orders', 0, 2) + row('g', 'orders', 1, 2));
    expect(
      output(`${CG} --group g --reset-offsets --by-duration P1D --topic orders --dry-run`),
    ).toBe(HEADER + row('g', 'orders', 0, 0) + row('g', 'orders', 1, 0));
    expect(output(`${CG} --group g --reset-offsets --by-duration 30s --all-topics --dry-run`)).toBe(
      '\nError: Executing consumer group command failed due to Text cannot be parsed to a Duration\n' +
        'java.time.format.DateTimeParseException: Text cannot be parsed to a Duration\n',
    );
  });

  it('creates an unknown group’s offsets (Dead counts as inactive), and --to-current takes commits or else the log end', () => {
    expect(
      session(
        `${CG} --group audit --reset-offsets --to-latest --topic orders:1 --execute`,
        `${CG} --all-groups --reset-offsets --to-current --all-topics --dry-run`,
        `${CG} --group fresh --reset-offsets --to-current --topic orders --dry-run`,
      ),
    ).toBe(
      `$ ${CG} --group audit --reset-offsets --to-latest --topic orders:1 --execute\n` +
        HEADER +
        row('audit', 'orders', 1, 3) +
        `$ ${CG} --all-groups --reset-offsets --to-current --all-topics --dry-run\n` +
        HEADER +
        row('audit', 'orders', 1, 3) +
        row('g', 'orders', 0, 3) +
        row('g', 'orders', 1, 3) +
        `$ ${CG} --group fresh --reset-offsets --to-current --topic orders --dry-run\n` +
        HEADER +
        row('fresh', 'orders', 0, 3) +
        row('fresh', 'orders', 1, 3),
    );
  });

  it('--export prints CSV (topic,partition,offset for one --group, else with the group first) and a blank line', () => {
    expect(
      output(`${CG} --group g --reset-offsets --to-earliest --all-topics --dry-run --export`),
    ).toBe('orders,0,0\norders,1,0\n\n');
    expect(
      output(
        `${CG} --group audit --reset-offsets --to-latest --topic orders:1 --execute`,
        `${CG} --all-groups --reset-offsets --to-earliest --all-topics --dry-run --export`,
      ),
    ).toBe('audit,orders,1,0\ng,orders,0,0\ng,orders,1,0\n\n');
  });

  it('--from-file reads a plan from a here-document on /dev/stdin (the simulator has no other files)', () => {
    expect(
      session(
        `${CG} --group g --reset-offsets --from-file /dev/stdin --execute <<END`,
        'orders,0,1',
        'orders,1,9',
        'END',
        `${CG} --group g --group audit --reset-offsets --from-file /dev/stdin --dry-run <<END`,
        'g,orders,0,2',
        'END',
        `${CG} --group g --reset-offsets --from-file offsets.csv --dry-run`,
      ),
    ).toBe(
      `$ ${CG} --group g --reset-offsets --from-file /dev/stdin --execute <<END\n` +
        '[2024-01-01 00:01:03,060] WARN New offset (9) is higher than latest offset for topic partition orders-1. Value will be set to 3 (org.apache.kafka.tools.consumer.group.ConsumerGroupCommand)\n' +
        HEADER +
        row('g', 'orders', 0, 1) +
        row('g', 'orders', 1, 3) +
        `$ ${CG} --group g --group audit --reset-offsets --from-file /dev/stdin --dry-run <<END\n` +
        '\nError: No reset plan for group audit found\n' +
        HEADER +
        row('g', 'orders', 0, 2) +
        `$ ${CG} --group g --reset-offsets --from-file offsets.csv --dry-run\n` +
        '(the simulator has no files: give the CSV as --from-file /dev/stdin with a here-document)\n' +
        '\nError: Executing consumer group command failed due to java.nio.file.NoSuchFileException: offsets.csv\n' +
        'java.lang.RuntimeException: java.nio.file.NoSuchFileException: offsets.csv\n',
    );
  });

  it('refuses bad command lines as checkArgs does, naming options as joptsimple specs', () => {
    const refusals: [string, string][] = [
      [
        '--group g --reset-offsets --all-topics --dry-run',
        "Option '[reset-offsets]' requires one of the following scenarios: [[to-offset], [to-current], [to-datetime], [from-file], [by-duration], [to-earliest], [to-latest], [shift-by]]\n",
      ],
      [
        '--group g --reset-offsets --to-latest --dry-run',
        'One of the reset scopes should be defined: --all-topics, --topic.\n',
      ],
      [
        '--reset-offsets --to-latest --all-topics --dry-run',
        'Option [reset-offsets] takes one of these options: [all-groups], [group]\n',
      ],
      [
        '--group g --reset-offsets --to-latest --all-topics --dry-run --execute',
        'Option [reset-offsets] only accepts one of [execute] and [dry-run]\n',
      ],
      [
        '--group g --reset-offsets --to-latest --to-offset 3 --all-topics --dry-run',
        'Option "[to-offset]" can\'t be used with option "[to-latest]"\n',
      ],
      [
        '--group g --all-groups --reset-offsets --to-latest --all-topics --dry-run',
        'Option "[group]" can\'t be used with option "[all-groups]"\n',
      ],
      [
        '--group fresh --reset-offsets --shift-by 1 --topic orders --dry-run',
        'Cannot shift offset for partition orders-0 since there is no current committed offset\n',
      ],
      [
        '--group g --reset-offsets --to-latest --topic orders:x --dry-run',
        "Invalid partition 'x' specified in topic arg 'orders:x''\n",
      ],
    ];
    for (const [args, message] of refusals) {
      const { transcript, exitCode } = runScript(`${SETUP}\n${CG} ${args}\n`);
      expect(transcript.endsWith(`$ ${CG} ${args}\n${message}${HELP}`)).toBe(true);
      expect(exitCode).toBe(1);
    }
  });

  it('fails on an unknown topic as the admin client’s describeTopics does, and leaves the group alone', () => {
    expect(
      session(
        `${CG} --group g --reset-offsets --to-latest --topic nosuch --execute`,
        `${CG} --group g --reset-offsets --to-current --all-topics --export --dry-run`,
      ),
    ).toBe(
      `$ ${CG} --group g --reset-offsets --to-latest --topic nosuch --execute\n` +
        '\nError: Executing consumer group command failed due to java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.\n' +
        'java.lang.RuntimeException: java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.\n' +
        `$ ${CG} --group g --reset-offsets --to-current --all-topics --export --dry-run\n` +
        'orders,0,3\norders,1,3\n\n',
    );
  });
});
