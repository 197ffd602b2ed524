import { describe, expect, it } from 'vitest';
import { LOG_FILTERS, matchesFilter, type LogFilter } from '../../src/app/dock/logFilter';
import { EVENT_TYPES } from '../../src/lessons/format/names';

// Every event type the engine has (a list the compiler fails when a type is added or renamed).
const ALL_TYPES = EVENT_TYPES;

const matching = (filter: LogFilter) => ALL_TYPES.filter((t) => matchesFilter(t, filter));

describe('the event log filters', () => {
  it('offers every filter in the menu, Everything first', () => {
    expect(LOG_FILTERS.map((f) => f.value)).toEqual([
      'all',
      'records',
      'replication',
      'groups',
      'cluster',
      'problems',
    ]);
  });

  it('"Everything" shows every event type', () => {
    expect(matching('all')).toEqual(ALL_TYPES);
  });

  it('"Records" shows a record’s life from the client side: sent, batched, appended, acknowledged, fetched, processed', () => {
    for (const type of [
      'record.sent',
      'batch.sent',
      'records.appended',
      'records.acknowledged',
      'records.fetched',
      'records.processed',
    ] as const)
      expect(matchesFilter(type, 'records'), type).toBe(true);
    for (const type of ['leader.elected', 'isr.shrunk', 'member.joined', 'broker.stopped'] as const)
      expect(matchesFilter(type, 'records'), type).toBe(false);
  });

  it('"Records" leaves replication (records.replicated, records.truncated) to the "Replication" filter', () => {
    expect(matchesFilter('records.replicated', 'records')).toBe(false);
    expect(matchesFilter('records.truncated', 'records')).toBe(false);
  });

  it('"Replication" shows followers copying, truncation, ISR changes, leader elections and the high watermark', () => {
    for (const type of [
      'records.replicated',
      'records.truncated',
      'isr.shrunk',
      'isr.expanded',
      'leader.elected',
      'highWatermark.advanced',
    ] as const)
      expect(matchesFilter(type, 'replication'), type).toBe(true);
    for (const type of [
      'records.appended',
      'record.sent',
      'records.fetched',
      'broker.stopped',
    ] as const)
      expect(matchesFilter(type, 'replication'), type).toBe(false);
  });

  it('"Consumers and groups" shows consumers, membership, rebalances, assignments and commits', () => {
    for (const type of [
      'consumer.started',
      'consumer.closed',
      'consumer.crashed',
      'member.joined',
      'member.left',
      'member.expired',
      'rebalance.started',
      'partitions.assigned',
      'partitions.revoked',
      'partitions.lost',
      'group.stable',
      'group.empty',
      'group.offsetsReset',
      'offsets.committed',
      'commit.failed',
      'offset.reset',
    ] as const)
      expect(matchesFilter(type, 'groups'), type).toBe(true);
    for (const type of ['records.appended', 'leader.elected', 'broker.fenced'] as const)
      expect(matchesFilter(type, 'groups'), type).toBe(false);
  });

  it('"Brokers and topics" shows brokers, the controller and its quorum, topics, segments and coordinators', () => {
    for (const type of [
      'broker.registered',
      'broker.stopped',
      'broker.started',
      'broker.fenced',
      'broker.isolated',
      'controller.elected',
      'quorum.changed',
      'topic.created',
      'topic.deleted',
      'topic.configChanged',
      'segment.rolled',
      'segment.deleted',
      'coordinator.moved',
    ] as const)
      expect(matchesFilter(type, 'cluster'), type).toBe(true);
    for (const type of ['records.appended', 'member.joined', 'isr.shrunk'] as const)
      expect(matchesFilter(type, 'cluster'), type).toBe(false);
  });

  it('shows partitions added to a topic under "Brokers and topics", not under "Consumers and groups"', () => {
    expect(matchesFilter('partitions.added', 'cluster')).toBe(true);
    expect(matchesFilter('partitions.added', 'groups')).toBe(false);
  });

  it('"Problems" shows failures, crashes, lost partitions, ISR shrinks, truncation and stopped, fenced or cut-off brokers', () => {
    for (const type of [
      'isr.shrunk',
      'produce.failed',
      'produce.rejected',
      'produce.retrying',
      'consumer.crashed',
      'consumer.failed',
      'commit.failed',
      'member.expired',
      'partitions.lost',
      'records.truncated',
      'broker.stopped',
      'broker.fenced',
      'broker.isolated',
    ] as const)
      expect(matchesFilter(type, 'problems'), type).toBe(true);
  });

  it('"Problems" leaves out the normal flow: appends, copies, ISR growth, joins, commits, a broker starting', () => {
    for (const type of [
      'records.appended',
      'records.replicated',
      'records.acknowledged',
      'isr.expanded',
      'highWatermark.advanced',
      'member.joined',
      'offsets.committed',
      'broker.started',
      'broker.reconnected',
      'group.stable',
    ] as const)
      expect(matchesFilter(type, 'problems'), type).toBe(false);
  });

  it('"Problems" leaves out a broker being unfenced (it recovered)', () => {
    expect(matchesFilter('broker.unfenced', 'problems')).toBe(false);
  });
});
