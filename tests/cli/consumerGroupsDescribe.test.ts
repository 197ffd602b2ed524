// kafka-consumer-groups --list and --describe details that follow from how Kafka 3.9 holds things:
// the admin client's HashMaps, the classic coordinator's Scala HashMap of members, the TreeMap
// the tool prints groups from.
import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/cli/runner';

const BS = '--bootstrap-server localhost:9092';
const CG = `kafka-consumer-groups.sh ${BS}`;

/** The transcript of `lines` run after `setup` (each command echoed after "$ "). */
function session(setup: readonly string[], ...lines: string[]): string {
  const { transcript } = runScript(`${setup.join('\n')}\necho ---\n${lines.join('\n')}\n`);
  const marker = '$ echo ---\n---\n';
  return transcript.slice(transcript.lastIndexOf(marker) + marker.length);
}

const WIDE = [
  `kafka-topics.sh ${BS} --create --topic wide --partitions 11`,
  `kafka-console-consumer.sh ${BS} --topic wide --group solo &`,
  'sleep 8',
  `${CG} --group audit --reset-offsets --to-earliest --topic wide:3 --execute`,
];
const MEMBER = 'console-consumer-85dd9816-3e14-4268-8393-a659bf4e1086';

describe('kafka-consumer-groups --list and --describe', () => {
  it('lists groups in the admin client’s HashMap order, not by creation', () => {
    expect(session(WIDE, `${CG} --list`)).toBe(`$ ${CG} --list\naudit\nsolo\n`);
  });

  it('--members --verbose prints each topic’s partitions as (0,1,…), sorted as strings, as 3.9 does', () => {
    expect(session(WIDE, `${CG} --describe --group solo --members --verbose`)).toBe(
      `$ ${CG} --describe --group solo --members --verbose\n` +
        '\nGROUP           CONSUMER-ID                                           HOST            CLIENT-ID        #PARTITIONS     ASSIGNMENT\n' +
        `solo            ${MEMBER} /127.0.0.1      console-consumer 11              (0,1,10,2,3,4,5,6,7,8,9)\n`,
    );
  });

  it('--members prints its header even for a group that does not exist (after the error)', () => {
    expect(session(WIDE, `${CG} --describe --group nope --members`)).toBe(
      `$ ${CG} --describe --group nope --members\n` +
        "\nError: Consumer group 'nope' does not exist.\n" +
        '\nGROUP           CONSUMER-ID     HOST            CLIENT-ID       #PARTITIONS     \n',
    );
  });

  it('describes several groups in TreeMap order, whatever order --group named them', () => {
    expect(session(WIDE, `${CG} --describe --group nope --group audit`)).toBe(
      `$ ${CG} --describe --group nope --group audit\n` +
        "\nConsumer group 'audit' has no active members.\n" +
        '\nGROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID\n' +
        'audit           wide            3          0               0               0               -               -               -\n' +
        "\nError: Consumer group 'nope' does not exist.\n",
    );
  });

  it('lists members as the classic coordinator keeps them, in a Scala HashMap of member ids, not in join order', () => {
    const setup = [`kafka-topics.sh ${BS} --create --topic t --partitions 3`];
    for (let i = 0; i < 4; i++)
      setup.push(`kafka-console-consumer.sh ${BS} --topic t --group four &`, 'sleep 5');
    const ids = [
      '2e5c2142-08c2-4fae-81bb-1808b884bc21',
      '85dd9816-3e14-4268-8393-a659bf4e1086',
      '44c0319d-0a18-4043-ad5b-ccf54a19e0c1',
      '526de014-6c93-4758-b832-d28099ca54d5',
    ];
    const partitions = ['1', '0', '1', '1'];
    expect(session(setup, `${CG} --describe --group four --members`)).toBe(
      `$ ${CG} --describe --group four --members\n` +
        '\nGROUP           CONSUMER-ID                                           HOST            CLIENT-ID        #PARTITIONS     \n' +
        ids
          .map(
            (id, i) =>
              `four            console-consumer-${id} /127.0.0.1      console-consumer ${partitions[i]!.padEnd(15)} \n`,
          )
          .join(''),
    );
  });
});
