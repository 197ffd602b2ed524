// What an operator asks of the group coordinator, as Kafka 3.9's classic GroupCoordinator answers
// it: admin offset commits (kafka-consumer-groups --reset-offsets --execute), DeleteGroups and
// OffsetDelete. Commits and tombstones are records in the group's __consumer_offsets partition.
import { describe, expect, it } from 'vitest';
import { story, type Story } from '../support/story';
import { groupCoordinatorPartition } from '../../src/engine/kernels/coordinator';

const GROUP = 'billing';

/** A topic of 2 partitions holding 3 records each, read to the end by one consumer that closed. */
function consumedAndClosed(): Story {
  const s = story().topic('orders', 2);
  for (let i = 0; i < 6; i++)
    s.do({ type: 'produce', topic: 'orders', key: null, value: `v${i}`, partition: i % 2 });
  s.consumer('c1', {
    group: GROUP,
    topics: ['orders'],
    config: { 'auto.offset.reset': 'earliest' },
  }).until('group.stable');
  s.advance(6_000);
  s.close('c1').until('group.empty');
  return s;
}

const offsetsRecords = (s: Story, group: string) => {
  const p = groupCoordinatorPartition(group);
  return s.sim.records('__consumer_offsets', p, 0, 1000);
};

describe('resetting a group’s offsets (admin OffsetCommit)', () => {
  it('is refused while the group has members: validateOffsetCommit answers an admin commit (generation -1, no member id) with UNKNOWN_MEMBER_ID, and nothing changes', () => {
    const s = story().topic('orders', 2);
    s.consumer('c1', { group: GROUP, topics: ['orders'] }).until('group.stable');
    const before = JSON.stringify(s.sim.snapshot({ internalRecords: true }));
    const result = s.tryTo({
      type: 'resetGroupOffsets',
      group: GROUP,
      offsets: [{ topic: 'orders', partition: 0, offset: 0 }],
    });
    expect(result).toEqual({
      ok: false,
      error: {
        name: 'UnknownMemberIdException',
        message: 'The coordinator is not aware of this member.',
      },
    });
    expect(JSON.stringify(s.sim.snapshot({ internalRecords: true }))).toBe(before);
    expect(s.eventsOf('group.offsetsReset')).toEqual([]);
  });

  it('writes commit records to the group’s __consumer_offsets partition when the group is Empty, as a consumer’s commit would', () => {
    const s = consumedAndClosed();
    expect(s.committed(GROUP, 'orders', 0)).toBe(3);
    const before = offsetsRecords(s, GROUP).length;
    s.do({
      type: 'resetGroupOffsets',
      group: GROUP,
      offsets: [
        { topic: 'orders', partition: 0, offset: 1 },
        { topic: 'orders', partition: 1, offset: 0 },
      ],
    });
    const written = offsetsRecords(s, GROUP).slice(before);
    expect(written.map((r) => [r.key, r.value])).toEqual([
      ['billing,orders,0', '1'],
      ['billing,orders,1', '0'],
    ]);
    expect([s.committed(GROUP, 'orders', 0), s.committed(GROUP, 'orders', 1)]).toEqual([1, 0]);
    expect(s.eventsOf('group.offsetsReset')).toMatchObject([
      { group: GROUP, offsetsPartition: groupCoordinatorPartition(GROUP) },
    ]);
  });

  it('creates an unknown group, Empty and holding the offsets: handleCommitOffsets adds a group for a commit without a generation', () => {
    const s = story().topic('orders', 1);
    s.do({
      type: 'resetGroupOffsets',
      group: 'fresh',
      offsets: [{ topic: 'orders', partition: 0, offset: 0 }],
    });
    const g = s.snapshot().groups.find((x) => x.groupId === 'fresh');
    expect(g).toMatchObject({ state: 'Empty', members: [] });
    expect(g?.offsets.map((o) => o.offset)).toEqual([0]);
  });

  it('makes a consumer that joins afterwards start at the reset offsets, not the committed ones', () => {
    const s = consumedAndClosed();
    s.do({
      type: 'resetGroupOffsets',
      group: GROUP,
      offsets: [
        { topic: 'orders', partition: 0, offset: 1 },
        { topic: 'orders', partition: 1, offset: 2 },
      ],
    });
    const from = s.events.length;
    s.consumer('c2', { group: GROUP, topics: ['orders'] }).until('group.stable');
    s.advance(6_000);
    const fetched = s.events
      .slice(from)
      .filter((e) => e.type === 'records.fetched' && e.consumer === 'c2');
    expect(
      fetched.map((e) => (e.type === 'records.fetched' ? [e.partition, e.fromOffset] : [])),
    ).toEqual(
      expect.arrayContaining([
        [0, 1],
        [1, 2],
      ]),
    );
    expect(s.eventsOf('offset.reset').filter((e) => e.consumer === 'c2')).toEqual([]);
  });

  it('is refused, changing nothing, for a partition the cluster does not have', () => {
    const s = consumedAndClosed();
    const before = JSON.stringify(s.sim.snapshot({ internalRecords: true }));
    const result = s.tryTo({
      type: 'resetGroupOffsets',
      group: GROUP,
      offsets: [{ topic: 'orders', partition: 7, offset: 0 }],
    });
    expect(result.ok ? null : result.error.name).toBe('UnknownTopicOrPartitionException');
    expect(JSON.stringify(s.sim.snapshot({ internalRecords: true }))).toBe(before);
  });
});

describe('deleting a group (DeleteGroups)', () => {
  it('answers an unknown group with GROUP_ID_NOT_FOUND (GroupIdNotFoundException)', () => {
    const result = story().topic('orders', 1).tryTo({ type: 'deleteGroup', group: 'nope' });
    expect(result).toEqual({
      ok: false,
      error: { name: 'GroupIdNotFoundException', message: 'The group id does not exist.' },
    });
  });

  it('answers a group with members with NON_EMPTY_GROUP (GroupNotEmptyException), and keeps it', () => {
    const s = story().topic('orders', 1);
    s.consumer('c1', { group: GROUP, topics: ['orders'] }).until('group.stable');
    const result = s.tryTo({ type: 'deleteGroup', group: GROUP });
    expect(result).toEqual({
      ok: false,
      error: { name: 'GroupNotEmptyException', message: 'The group is not empty.' },
    });
    expect(s.snapshot().groups.map((g) => g.groupId)).toEqual([GROUP]);
  });

  it('tombstones each committed offset and the group’s metadata, and the group is gone', () => {
    const s = consumedAndClosed();
    const before = offsetsRecords(s, GROUP).length;
    s.do({ type: 'deleteGroup', group: GROUP });
    const written = offsetsRecords(s, GROUP).slice(before);
    expect(written.map((r) => [r.key, r.value])).toEqual([
      ['billing,orders,0', null],
      ['billing,orders,1', null],
      ['billing', null],
    ]);
    expect(s.snapshot().groups).toEqual([]);
    expect(s.eventsOf('group.deleted')).toMatchObject([{ group: GROUP, offsetsRemoved: 2 }]);
  });

  it('stays gone: the join deadline of an earlier rebalance does not bring it back', () => {
    const s = story().topic('orders', 2);
    s.consumer('c1', { group: GROUP, topics: ['orders'] }).until('group.stable');
    s.consumer('c2', { group: GROUP, topics: ['orders'] });
    s.until('group.stable', (e) => e.generation === 2);
    // c2 leaving starts a rebalance whose deadline (max.poll.interval.ms, 5 min) outlives it.
    s.close('c2').until('group.stable', (e) => e.generation === 3);
    s.close('c1').until('group.empty');
    s.do({ type: 'deleteGroup', group: GROUP });
    s.advance(600_000);
    expect(s.snapshot().groups).toEqual([]);
  });

  it('lets a new consumer of the name start afresh, by auto.offset.reset', () => {
    const s = consumedAndClosed();
    s.do({ type: 'deleteGroup', group: GROUP });
    s.consumer('c2', {
      group: GROUP,
      topics: ['orders'],
      config: { 'auto.offset.reset': 'earliest' },
    }).until('group.stable');
    s.advance(6_000);
    expect(
      s
        .eventsOf('offset.reset')
        .filter((e) => e.consumer === 'c2')
        .map((e) => e.to),
    ).toEqual([0, 0]);
  });
});

describe('deleting some of a group’s offsets (OffsetDelete)', () => {
  it('keeps offsets of topics a member is subscribed to (GROUP_SUBSCRIBED_TO_TOPIC) and removes the others', () => {
    const s = story().topic('orders', 1).topic('audit', 1);
    s.do({
      type: 'resetGroupOffsets',
      group: GROUP,
      offsets: [
        { topic: 'orders', partition: 0, offset: 0 },
        { topic: 'audit', partition: 0, offset: 0 },
      ],
    });
    s.consumer('c1', { group: GROUP, topics: ['orders'] }).until('group.stable');
    const result = s.tryTo({
      type: 'deleteGroupOffsets',
      group: GROUP,
      partitions: [
        { topic: 'orders', partition: 0 },
        { topic: 'audit', partition: 0 },
      ],
    });
    expect(result.ok && result.value).toEqual({
      group: GROUP,
      partitions: [
        { topic: 'orders', partition: 0, error: 'GROUP_SUBSCRIBED_TO_TOPIC' },
        { topic: 'audit', partition: 0, error: 'NONE' },
      ],
    });
    expect([s.committed(GROUP, 'orders', 0), s.committed(GROUP, 'audit', 0)]).toEqual([
      0,
      undefined,
    ]);
  });

  it('answers an unknown group with GROUP_ID_NOT_FOUND', () => {
    const result = story()
      .topic('orders', 1)
      .tryTo({ type: 'deleteGroupOffsets', group: 'nope', partitions: [] });
    expect(result.ok ? null : result.error.name).toBe('GroupIdNotFoundException');
  });
});
