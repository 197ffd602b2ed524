// Plain-words narration of engine events: the event log shows it and screen readers hear it.
import type { SimEvent, TopicPartition } from '../../engine';

const quoted = (key: string | null): string => (key === null ? 'no key' : `key "${key}"`);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const list = (tps: readonly TopicPartition[]): string =>
  tps.length === 0 ? 'nothing' : tps.map((tp) => `${tp.topic}-${tp.partition}`).join(', ');
const WHY = {
  key: 'its key hash picks it',
  explicit: 'the producer chose it',
  'round-robin': 'no key, so round-robin',
  sticky: 'no key, so the sticky partition',
} as const;

export function describeEvent(e: SimEvent): string {
  switch (e.type) {
    case 'broker.registered':
      return `Broker ${e.broker} joined the cluster at ${e.host}:${e.port}.`;
    case 'topic.created':
      return `Topic ${e.topic} created with ${plural(e.partitions, 'partition')}, replication factor ${e.replicationFactor}.`;
    case 'topic.deleted':
      return `Topic ${e.topic} deleted.`;
    case 'partitions.added':
      return `Topic ${e.topic} now has ${e.to} partitions (was ${e.from}); keys may now map elsewhere.`;
    case 'topic.configChanged':
      return `Topic ${e.topic}: ${e.config} ${e.value === null ? 'back to its default' : `set to ${e.value}`}.`;
    case 'record.sent':
      return `${e.producer} sent a record with ${quoted(e.key)} to ${e.topic}-${e.partition} (${WHY[e.partitionedBy]}).`;
    case 'batch.sent':
      return `${e.producer} sent a batch of ${plural(e.recordIds.length, 'record')} to broker ${e.leader}, leader of ${e.topic}-${e.partition}.`;
    case 'records.appended': {
      const last = e.baseOffset + e.records.length - 1;
      const at =
        e.records.length === 1 ? `offset ${e.baseOffset}` : `offsets ${e.baseOffset}–${last}`;
      const what =
        e.records.length === 1
          ? `the record with ${quoted(e.records[0]?.key ?? null)}`
          : plural(e.records.length, 'record');
      return `Broker ${e.broker} appended ${what} to ${e.topic}-${e.partition} at ${at}.`;
    }
    case 'records.acknowledged':
      return `${e.producer}'s write to ${e.topic}-${e.partition} was acknowledged.`;
    case 'produce.failed':
      return `${e.producer} could not write ${plural(e.recordIds.length, 'record')} to ${e.topic}: ${e.error}.`;
    case 'segment.rolled':
      return `${e.topic}-${e.partition} rolled a new segment at offset ${e.newBaseOffset}.`;
    case 'segment.deleted':
      return `Retention (${e.reason}) deleted offsets ${e.baseOffset}–${e.lastOffset} of ${e.topic}-${e.partition}; the log now starts at ${e.logStartOffset}.`;
    case 'consumer.started':
      return `Consumer ${e.consumer} started${e.group ? ` in group ${e.group}` : ''}, reading ${e.topics.join(', ')}.`;
    case 'records.fetched':
      return `${e.consumer} fetched ${plural(e.count, 'record')} from ${e.topic}-${e.partition} starting at offset ${e.fromOffset}.`;
    case 'records.processed':
      return `${e.consumer} processed ${e.topic}-${e.partition} offsets ${e.fromOffset}–${e.toOffset}.`;
    case 'offset.reset':
      return `${e.consumer} has no committed offset for ${e.topic}-${e.partition}: auto.offset.reset=${e.policy} starts it at ${e.to}.`;
    case 'offsets.committed':
      return `Group ${e.group} committed ${e.offsets.map((o) => `${o.topic}-${o.partition}→${o.offset}`).join(', ')}${e.auto ? ' (auto-commit)' : ''}.`;
    case 'commit.failed':
      return `${e.consumer}'s commit failed: ${e.error}.`;
    case 'consumer.closed':
      return `Consumer ${e.consumer} closed.`;
    case 'consumer.failed':
      return `Consumer ${e.consumer} stopped: ${e.error}: ${e.message}`;
    case 'consumer.crashed':
      return `Consumer ${e.consumer} crashed: it stops without telling anyone.`;
    case 'member.joined':
      return `${e.consumer} joined group ${e.group}.`;
    case 'member.left':
      return `Member ${e.memberId} left group ${e.group}.`;
    case 'member.expired':
      return `Group ${e.group} removed ${e.memberId}: ${e.reason} passed without a sign of life.`;
    case 'rebalance.started':
      return `Group ${e.group} is rebalancing (generation ${e.generation} coming).`;
    case 'partitions.revoked':
      return `${e.consumer} gave up ${list(e.partitions)}.`;
    case 'partitions.lost':
      return `${e.consumer} lost ${list(e.partitions)}: it is no longer in the group, so it commits nothing for them.`;
    case 'partitions.assigned':
      return `${e.consumer} was assigned ${list(e.partitions)} (generation ${e.generation}).`;
    case 'group.stable':
      return `Group ${e.group} is stable at generation ${e.generation} with the ${e.protocol} assignor.`;
    case 'group.empty':
      return `Group ${e.group} has no members left.`;
    case 'group.offsetsReset':
      return `An operator set group ${e.group}'s offsets: ${e.offsets.map((o) => `${o.topic}-${o.partition}→${o.offset}`).join(', ') || 'none'}. Its next consumers start there.`;
    case 'group.offsetsDeleted':
      return `An operator deleted group ${e.group}'s committed offsets for ${list(e.partitions)}.`;
    case 'group.deleted':
      return `Group ${e.group} was deleted, with its ${plural(e.offsetsRemoved, 'committed offset')}.`;
    case 'broker.stopping':
      return `Broker ${e.broker} asks the controller to shut down: its leaderships move first.`;
    case 'broker.stopped':
      return e.how === 'crash'
        ? `Broker ${e.broker} crashed.`
        : `Broker ${e.broker} shut down cleanly.`;
    case 'broker.started':
      return `Broker ${e.broker} started; it will catch up as a follower.`;
    case 'broker.fenced':
      return `The controller fenced broker ${e.broker} (${e.reason}).`;
    case 'broker.unfenced':
      return `Broker ${e.broker} is back in the cluster.`;
    case 'broker.isolated':
      return `Broker ${e.broker} is cut off from the network.`;
    case 'broker.reconnected':
      return `Broker ${e.broker} is reachable again.`;
    case 'broker.slowed':
      return e.fetchDelayMs > 0
        ? `Broker ${e.broker} now fetches ${e.fetchDelayMs} ms late.`
        : `Broker ${e.broker} fetches at full speed again.`;
    case 'controller.elected':
      return e.controller === null
        ? 'There is no active controller.'
        : `Node ${e.controller} is the active controller (epoch ${e.epoch}).`;
    case 'quorum.changed':
      return `${e.mode === 'kraft' ? 'Controller' : 'ZooKeeper server'} ${e.node} ${e.up ? 'started' : 'stopped'}.`;
    case 'leader.elected': {
      if (e.leader === null)
        return `${e.topic}-${e.partition} has no leader: no in-sync replica is alive.`;
      const loss =
        e.lost.length > 0
          ? `; ${plural(e.lost.length, 'record')} only the old leader had will be lost`
          : '';
      return `Broker ${e.leader} now leads ${e.topic}-${e.partition}${e.unclean ? ' (unclean election)' : ''}${loss}.`;
    }
    case 'isr.shrunk':
      return `Broker ${e.broker} left the ISR of ${e.topic}-${e.partition} (${e.reason}).`;
    case 'isr.expanded':
      return `Broker ${e.broker} caught up and rejoined the ISR of ${e.topic}-${e.partition}.`;
    case 'records.replicated':
      return `Broker ${e.broker} copied ${plural(e.count, 'record')} of ${e.topic}-${e.partition}.`;
    case 'highWatermark.advanced':
      return `${e.topic}-${e.partition}: high watermark ${e.highWatermark} (every in-sync replica has offsets below it; consumers may read them).`;
    case 'records.truncated':
      return `Broker ${e.broker} truncated ${e.topic}-${e.partition} from offset ${e.fromOffset}: ${plural(e.records.length, 'record')} lost.`;
    case 'produce.retrying':
      return `${e.producer} retries ${plural(e.recordIds.length, 'record')} to ${e.topic}-${e.partition} (${e.error}).`;
    case 'produce.rejected':
      return `${e.topic}-${e.partition} refused a write: ${e.error}.`;
    case 'produce.deduplicated':
      return `${e.topic}-${e.partition} recognised a retry from ${e.producer} and did not write it twice.`;
    case 'coordinator.moved':
      return `Group ${e.group}'s coordinator moved to broker ${e.to ?? 'none'}.`;
  }
}

/** Virtual time as the clock shows it: seconds with milliseconds, minutes past a minute. */
export function formatSimTime(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(3)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(3).padStart(6, '0')}`;
}
