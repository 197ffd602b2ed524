// Plain-words narration of engine events: the event log shows it and screen readers hear it.
import type { SimEvent } from '../../engine';

const quoted = (key: string | null): string => (key === null ? 'no key' : `key "${key}"`);

export function describeEvent(event: SimEvent): string {
  switch (event.type) {
    case 'broker.registered':
      return `Broker ${event.broker} joined the cluster at ${event.host}:${event.port}.`;
    case 'topic.created':
      return `Topic ${event.topic} created with ${event.partitions} partition${event.partitions === 1 ? '' : 's'}, replication factor ${event.replicationFactor}.`;
    case 'record.sent': {
      const why =
        event.partitionedBy === 'key'
          ? 'its key hash picks it'
          : event.partitionedBy === 'explicit'
            ? 'the producer chose it'
            : 'no key, so round-robin';
      return `${event.producer} sent a record with ${quoted(event.key)} to ${event.topic}-${event.partition} (${why}), led by broker ${event.leader}.`;
    }
    case 'record.appended':
      return `Broker ${event.broker} appended the record with ${quoted(event.key)} to ${event.topic}-${event.partition} at offset ${event.offset}.`;
  }
}

/** Virtual time as the clock shows it: seconds with milliseconds, minutes past a minute. */
export function formatSimTime(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(3)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(3).padStart(6, '0')}`;
}
