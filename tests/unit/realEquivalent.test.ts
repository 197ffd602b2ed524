// realEquivalent: simulator commands as the real kafka-*.sh lines (Kafka 3.x/4.x syntax).
import type { SimCommand } from '../../src/engine';
import { realEquivalent } from '../../src/scenario/real';
import { EXAMPLES } from '../fixtures/real/commands';

const B = '--bootstrap-server localhost:9092';
const text = (c: SimCommand) => realEquivalent(c).text;

describe('realEquivalent: the tools', () => {
  it('answers every command type with some text of a known kind', () => {
    for (const command of Object.values(EXAMPLES)) {
      const real = realEquivalent(command);
      expect(['command', 'client', 'operation']).toContain(real.kind);
      expect(real.text.length).toBeGreaterThan(0);
    }
  });

  it('kafka-topics: --create with --partitions, --replication-factor and --config; --replica-assignment', () => {
    expect(
      text({
        ...EXAMPLES.createTopic,
        config: { 'retention.ms': '60000', 'cleanup.policy': 'compact' },
      }),
    ).toBe(
      `kafka-topics.sh ${B} --create --topic orders --partitions 3 --replication-factor 2 --config retention.ms=60000 --config cleanup.policy=compact`,
    );
    // TopicCommand: replicas comma-separated per partition, colon-separated within one.
    expect(
      text({
        type: 'createTopic',
        topic: 't',
        assignment: [
          [101, 102],
          [102, 103],
        ],
      }),
    ).toBe(`kafka-topics.sh ${B} --create --topic t --replica-assignment 101:102,102:103`);
    expect(text(EXAMPLES.deleteTopic)).toBe(`kafka-topics.sh ${B} --delete --topic orders`);
    // --alter --partitions takes the new total, as addPartitions does.
    expect(text(EXAMPLES.addPartitions)).toBe(
      `kafka-topics.sh ${B} --alter --topic orders --partitions 6`,
    );
  });

  it('kafka-configs: --add-config k=v,… (a list value in [ ]) and --delete-config', () => {
    const alter = {
      ...EXAMPLES.alterTopicConfig,
      set: { 'cleanup.policy': 'compact,delete' },
      delete: ['retention.ms'],
    };
    expect(text(alter)).toBe(
      `kafka-configs.sh ${B} --alter --entity-type topics --entity-name orders --add-config 'cleanup.policy=[compact,delete]' --delete-config retention.ms`,
    );
  });

  it('kafka-console-producer: parse.key and key.separator, null.marker, --producer-property from the producer', () => {
    const withProducer = { ...EXAMPLES.produce, producer: 'p' };
    expect(
      realEquivalent(withProducer, { producers: { p: { acks: 'all', 'linger.ms': 5 } } }).text,
    ).toBe(
      `echo apple:hello | kafka-console-producer.sh ${B} --topic orders --property parse.key=true --property key.separator=: --producer-property client.id=p --producer-property acks=all --producer-property linger.ms=5`,
    );
    // A key holding ':' gets another separator; a null value is written as the null marker (KIP-810).
    expect(text({ type: 'produce', topic: 't', key: 'a:b', value: null })).toBe(
      `echo 'a:b|NULL' | kafka-console-producer.sh ${B} --topic t --property parse.key=true --property 'key.separator=|' --property null.marker=NULL`,
    );
    const placed = realEquivalent({
      type: 'produce',
      topic: 't',
      key: null,
      value: 'v',
      partition: 2,
    });
    expect(placed.note).toMatch(/cannot choose a partition/);
  });

  it('kafka-console-consumer: --group, --from-beginning, the assignor by class name, --partition for assign()', () => {
    const c = realEquivalent({
      ...EXAMPLES.startConsumer,
      config: {
        'partition.assignment.strategy': ['range', 'cooperative-sticky'],
        'auto.offset.reset': 'earliest',
      },
    });
    expect(c).toEqual({
      kind: 'command',
      text: `kafka-console-consumer.sh ${B} --topic orders --group g --from-beginning --consumer-property partition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor,org.apache.kafka.clients.consumer.CooperativeStickyAssignor`,
    });
    expect(
      text({ type: 'startConsumer', consumer: 'c', assign: [{ topic: 'orders', partition: 1 }] }),
    ).toBe(
      `kafka-console-consumer.sh ${B} --topic orders --partition 1 --consumer-property client.id=c`,
    );
    // Several topics: --include takes a regular expression.
    expect(text({ type: 'startConsumer', group: 'g', topics: ['a.b', 'c'] })).toBe(
      `kafka-console-consumer.sh ${B} --include 'a\\.b|c' --group g`,
    );
  });

  it('kafka-consumer-groups: --reset-offsets … --execute per offset, --delete, --delete-offsets topic:partitions', () => {
    const offsets = [0, 2, 1].map((partition) => ({
      topic: 'orders',
      partition,
      offset: partition === 1 ? 0 : 5,
    }));
    expect(text({ ...EXAMPLES.resetGroupOffsets, offsets })).toBe(
      [
        `kafka-consumer-groups.sh ${B} --group g --reset-offsets --topic orders:0,2 --to-offset 5 --execute`,
        `kafka-consumer-groups.sh ${B} --group g --reset-offsets --topic orders:1 --to-offset 0 --execute`,
      ].join('\n'),
    );
    expect(text(EXAMPLES.deleteGroup)).toBe(`kafka-consumer-groups.sh ${B} --delete --group g`);
    const partitions = [
      { topic: 'a', partition: 0 },
      { topic: 'a', partition: 1 },
      { topic: 'b', partition: 0 },
    ];
    expect(text({ ...EXAMPLES.deleteGroupOffsets, partitions })).toBe(
      `kafka-consumer-groups.sh ${B} --delete-offsets --group g --topic a:0,1 --topic b:0`,
    );
  });

  it('kafka-leader-election: --election-type PREFERRED|UNCLEAN with --all-topic-partitions or --topic/--partition', () => {
    expect(text(EXAMPLES.electLeaders)).toBe(
      `kafka-leader-election.sh ${B} --election-type PREFERRED --all-topic-partitions`,
    );
    expect(text({ type: 'electLeaders', election: 'unclean', topic: 't', partition: 1 })).toBe(
      `kafka-leader-election.sh ${B} --election-type UNCLEAN --topic t --partition 1`,
    );
    // --topic needs --partition: a whole topic is one run per partition when its count is known.
    expect(
      realEquivalent(
        { type: 'electLeaders', election: 'preferred', topic: 't' },
        { partitions: { t: 2 } },
      ).text,
    ).toBe(
      [0, 1]
        .map(
          (p) =>
            `kafka-leader-election.sh ${B} --election-type PREFERRED --topic t --partition ${p}`,
        )
        .join('\n'),
    );
  });

  it('quotes hostile names so that the line stays one command', () => {
    expect(text({ type: 'deleteTopic', topic: "x'; rm -rf ~; '" })).toBe(
      `kafka-topics.sh ${B} --delete --topic 'x'\\''; rm -rf ~; '\\'''`,
    );
  });
});
