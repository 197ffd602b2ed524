// The moments worth a mark on the timeline: what a teacher scrubs back to.
import type { SimEvent } from '../events';

export type MarkerKind = 'broker' | 'election' | 'isr' | 'member' | 'rebalance' | 'loss' | 'topic';

export interface TimelineMarker {
  readonly seq: number;
  readonly at: number;
  readonly kind: MarkerKind;
  readonly label: string;
}

/** __consumer_offsets' fifty partitions would bury a broker crash's own marks. */
const INTERNAL = '__consumer_offsets';

export function markerFor(event: SimEvent): TimelineMarker | null {
  if ('topic' in event && event.topic === INTERNAL) return null;
  const mark = (kind: MarkerKind, label: string): TimelineMarker => ({
    seq: event.seq,
    at: event.at,
    kind,
    label,
  });
  switch (event.type) {
    case 'broker.stopped':
      return mark('broker', `Broker ${event.broker} stopped (${event.how})`);
    case 'broker.started':
      return mark('broker', `Broker ${event.broker} started`);
    case 'broker.isolated':
      return mark('broker', `Broker ${event.broker} cut off`);
    case 'leader.elected':
      return event.previous === null && event.epoch === 0
        ? null
        : mark(
            'election',
            `${event.topic}-${event.partition}: leader ${event.leader ?? 'none'} (was ${event.previous ?? 'none'})`,
          );
    case 'isr.shrunk':
      return mark(
        'isr',
        `${event.topic}-${event.partition}: ISR shrank to [${event.isr.join(',')}]`,
      );
    case 'isr.expanded':
      return mark('isr', `${event.topic}-${event.partition}: ISR grew to [${event.isr.join(',')}]`);
    case 'member.joined':
      return mark('member', `${event.consumer} joined ${event.group}`);
    case 'member.left':
      return mark('member', `A member left ${event.group}`);
    case 'member.expired':
      return mark('member', `A member of ${event.group} expired (${event.reason})`);
    case 'consumer.crashed':
      return mark('member', `${event.consumer} crashed`);
    case 'rebalance.started':
      return mark('rebalance', `${event.group} rebalances (generation ${event.generation + 1})`);
    case 'records.truncated':
      return mark(
        'loss',
        `${event.topic}-${event.partition}: broker ${event.broker} truncated ${event.records.length} record(s)`,
      );
    case 'topic.created':
      return event.internal ? null : mark('topic', `Topic ${event.topic} created`);
    case 'topic.deleted':
      return mark('topic', `Topic ${event.topic} deleted`);
    default:
      return null;
  }
}
