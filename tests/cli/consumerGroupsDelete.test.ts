// kafka-consumer-groups --delete and --delete-offsets, as Kafka 3.9's ConsumerGroupCommand prints
// them. The world: topic orders (2 partitions, 2 records each) read by group g, whose consumer
// has exited; group audit holds offsets set by a reset; group busy has a running consumer.
import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/cli/runner';

const BS = '--bootstrap-server localhost:9092';
const CG = `kafka-consumer-groups.sh ${BS}`;
const SETUP = [
  `kafka-topics.sh ${BS} --create --topic orders --partitions 2`,
  `printf 'a\\nb\\nc\\nd\\n' | kafka-console-producer.sh ${BS} --topic orders --producer-property partitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner`,
  `kafka-console-consumer.sh ${BS} --topic orders --group g --from-beginning --max-messages 4`,
  `${CG} --group audit --reset-offsets --to-latest --topic orders --execute`,
  `kafka-console-consumer.sh ${BS} --topic orders --group busy &`,
  'sleep 5',
].join('\n');

/** The transcript of `lines` run after SETUP (each command echoed after "$ "). */
function session(...lines: string[]): string {
  const { transcript } = runScript(`${SETUP}\necho ---\n${lines.join('\n')}\n`);
  const marker = '$ echo ---\n---\n';
  return transcript.slice(transcript.lastIndexOf(marker) + marker.length);
}

const output = (line: string): string => session(line).slice(`$ ${line}\n`.length);
const NOT_EMPTY =
  'java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.GroupNotEmptyException: The group is not empty.';
const NOT_FOUND =
  'java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.GroupIdNotFoundException: The group id does not exist.';
const STATUS_HEADER = `\n${'TOPIC'.padEnd(30)} ${'PARTITION'.padEnd(15)} ${'STATUS'.padEnd(15)}\n`;
const status = (t: string, p: string, s: string) =>
  `${t.padEnd(30)} ${p.padEnd(15)} ${s.padEnd(15)}\n`;

describe('kafka-consumer-groups --delete', () => {
  it('deletes Empty groups and names them in one quoted list; they are gone from --list', () => {
    expect(session(`${CG} --delete --group g --group audit`, `${CG} --list`)).toBe(
      `$ ${CG} --delete --group g --group audit\n` +
        "Deletion of requested consumer groups ('audit, g') was successful.\n" +
        `$ ${CG} --list\n` +
        'busy\n',
    );
  });

  it('reports a group with members (GroupNotEmptyException) and an unknown one (GroupIdNotFoundException), then 3.9’s line for those deleted', () => {
    expect(output(`${CG} --delete --group busy --group nope --group g`)).toBe(
      '\nError: Deletion of some consumer groups failed:\n' +
        `* Group 'nope' could not be deleted due to: ${NOT_FOUND}\n` +
        `* Group 'busy' could not be deleted due to: ${NOT_EMPTY}\n` +
        // The Java port joins the deleted groups with a bare quote and ends with "', '".
        "\nThese consumer groups were deleted successfully: 'g', '\n",
    );
  });

  it('--all-groups tries every group the cluster lists', () => {
    expect(output(`${CG} --delete --all-groups`)).toBe(
      '\nError: Deletion of some consumer groups failed:\n' +
        `* Group 'busy' could not be deleted due to: ${NOT_EMPTY}\n` +
        "\nThese consumer groups were deleted successfully: 'audit'g', '\n",
    );
  });

  it('refuses --topic and a missing group, as checkArgs does', () => {
    expect(output(`${CG} --delete --group g --topic orders`)).toBe(
      'The consumer does not support topic-specific offset deletion from a consumer group.\n(run kafka-consumer-groups.sh --help for the options)\n',
    );
    expect(output(`${CG} --delete`)).toBe(
      'Option [delete] takes one of these options: [all-groups], [group]\n(run kafka-consumer-groups.sh --help for the options)\n',
    );
  });

  it('lets a new consumer of a deleted group start afresh, by auto.offset.reset', () => {
    expect(
      session(
        `${CG} --delete --group g`,
        `kafka-console-consumer.sh ${BS} --topic orders --group g --from-beginning --max-messages 4`,
      ),
    ).toBe(
      `$ ${CG} --delete --group g\n` +
        "Deletion of requested consumer groups ('g') was successful.\n" +
        `$ kafka-console-consumer.sh ${BS} --topic orders --group g --from-beginning --max-messages 4\n` +
        'b\nd\na\nc\nProcessed a total of 4 messages\n',
    );
  });
});

describe('kafka-consumer-groups --delete-offsets', () => {
  it('removes an inactive group’s offsets, reporting each partition (and an unknown topic as Not Provided)', () => {
    expect(
      session(
        `${CG} --delete-offsets --group g --topic orders --topic nosuch`,
        `${CG} --describe --group g`,
      ),
    ).toBe(
      `$ ${CG} --delete-offsets --group g --topic orders --topic nosuch\n` +
        'Request succeed for deleting offsets with topic orders, nosuch group g\n' +
        STATUS_HEADER +
        status(
          'nosuch',
          'Not Provided',
          'Error: :org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.',
        ) +
        status('orders', '0', 'Successful') +
        status('orders', '1', 'Successful') +
        `$ ${CG} --describe --group g\n` +
        "\nConsumer group 'g' has no active members.\n",
    );
  });

  it('keeps the offsets of topics a live member subscribes to (GroupSubscribedToTopicException)', () => {
    const error =
      'Error: :org.apache.kafka.common.errors.GroupSubscribedToTopicException: The consumer group is actively subscribed to the topic';
    expect(output(`${CG} --delete-offsets --group busy --topic orders:1`)).toBe(
      '\nError: Encounter some partition level error, see the follow-up details:\n' +
        STATUS_HEADER +
        status('orders', '1', error),
    );
  });

  it('says an unknown group does not exist', () => {
    expect(output(`${CG} --delete-offsets --group nope --topic orders:0`)).toBe(
      "\nError: 'nope' does not exist.\n" +
        STATUS_HEADER +
        status(
          'orders',
          '0',
          'Error: :org.apache.kafka.common.errors.GroupIdNotFoundException: The group id does not exist.',
        ),
    );
  });
});
