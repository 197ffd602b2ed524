// Topics created with explicit replicas (CreateTopics with assignments, kafka-topics
// --replica-assignment), checked as Kafka's controllers check them: KRaft's
// ReplicationControlManager#createTopic / #validateManualPartitionAssignment, ZooKeeper's
// ZkAdminManager#createTopics / AdminZkClient#validateTopicCreate.
import { describe, expect, it } from 'vitest';
import type { CreateTopic } from '../../src/engine';
import { story } from '../support/story';

const create = (assignment: number[][], extra: Partial<CreateTopic> = {}): CreateTopic => ({
  type: 'createTopic',
  topic: 't',
  assignment,
  ...extra,
});

const refused = (message: string, name = 'InvalidReplicaAssignmentException') => ({
  ok: false,
  error: { name, message },
});

describe('a manual partition assignment (KRaft)', () => {
  it('takes the replicas as given: partition count and RF from the lists, the first replica leads', () => {
    const s = story().do(
      create([
        [103, 101],
        [101, 102],
        [102, 103],
      ]),
    );
    const topic = s.snapshot().topics[0]!;
    expect(topic.partitions.map((p) => [p.leader, p.replicas, p.isr])).toEqual([
      [103, [103, 101], [103, 101]],
      [101, [101, 102], [101, 102]],
      [102, [102, 103], [102, 103]],
    ]);
    expect(s.eventsOf('topic.created')[0]).toMatchObject({ partitions: 3, replicationFactor: 2 });
  });

  it('makes only active replicas the ISR and the first of them the leader (buildPartitionRegistration)', () => {
    const s = story().do({ type: 'brokerFault', broker: 101, fault: 'stop' }).advance(1000);
    s.do(create([[101, 102, 103]]));
    const p = s.snapshot().topics[0]!.partitions[0]!;
    expect([p.leader, p.replicas, p.isr]).toEqual([102, [101, 102, 103], [102, 103]]);
  });

  it("refuses what validateManualPartitionAssignment refuses, in Kafka's words", () => {
    const s = story();
    expect(s.tryTo(create([[101], []]))).toEqual(
      refused('The manual partition assignment includes an empty replica list.'),
    );
    // Ascending id order: the unknown 99 is found before the duplicate 102.
    expect(s.tryTo(create([[104, 102, 99, 102]]))).toEqual(
      refused(
        'The manual partition assignment includes broker 99, but no such broker is registered.',
      ),
    );
    expect(s.tryTo(create([[103, 102, 103]]))).toEqual(
      refused('The manual partition assignment includes the broker 103 more than once.'),
    );
    expect(s.tryTo(create([[101, 102], [103]]))).toEqual(
      refused(
        'The manual partition assignment includes a partition with 1 replica(s), but this is not consistent with previous partitions, which have 2 replica(s).',
      ),
    );
    expect(s.snapshot().topics).toEqual([]);
  });

  it('refuses a partition whose brokers are all fenced, checking partitions in order', () => {
    const s = story()
      .do({ type: 'brokerFault', broker: 101, fault: 'stop' })
      .do({ type: 'brokerFault', broker: 102, fault: 'stop' })
      .advance(1000);
    // Partition 0 is fine; partition 1 fails before partition 2's unknown broker is looked at.
    expect(
      s.tryTo(
        create([
          [103, 101],
          [101, 102],
          [104, 103],
        ]),
      ),
    ).toEqual(
      refused(
        'All brokers specified in the manual partition assignment for partition 1 are fenced or in controlled shutdown.',
      ),
    );
  });

  it('refuses a partition count or RF beside the assignment (InvalidRequestException)', () => {
    const s = story();
    expect(s.tryTo(create([[101]], { partitions: 1, replicationFactor: 1 }))).toEqual(
      refused(
        'A manual partition assignment was specified, but replication factor was not set to -1.',
        'InvalidRequestException',
      ),
    );
    expect(s.tryTo(create([[101]], { partitions: 1 }))).toEqual(
      refused(
        'A manual partition assignment was specified, but numPartitions was not set to -1.',
        'InvalidRequestException',
      ),
    );
  });
});

describe('a manual partition assignment (ZooKeeper)', () => {
  it('accepts unknown broker ids (no check, as in ZkAdminManager); a partition with no live replica has no leader', () => {
    const s = story(1, [1, 2, 3], 'zookeeper').do(
      create([
        [7, 2],
        [8, 9],
      ]),
    );
    expect(s.snapshot().topics[0]!.partitions.map((p) => [p.leader, p.replicas, p.isr])).toEqual([
      [2, [7, 2], [2]],
      [null, [8, 9], []],
    ]);
    s.advance(30_000);
    expect(s.snapshot().topics[0]!.partitions[0]!.leader).toBe(2);
  });

  it('refuses what AdminZkClient#validateTopicCreate refuses, in its words', () => {
    const s = story(1, [1, 2, 3], 'zookeeper');
    expect(s.tryTo(create([[1, 2], [3]]))).toEqual(
      refused('All partitions should have the same number of replicas'),
    );
    expect(
      s.tryTo(
        create([
          [1, 2],
          [3, 3],
        ]),
      ),
    ).toEqual(
      refused(
        'Duplicate replica assignment found: HashMap(0 -> ArrayBuffer(1, 2), 1 -> ArrayBuffer(3, 3))',
      ),
    );
    expect(s.tryTo(create([[1]], { replicationFactor: 1 }))).toEqual(
      refused(
        'Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.',
        'InvalidRequestException',
      ),
    );
  });
});
