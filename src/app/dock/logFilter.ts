// The event log's filters: kinds of events a reader may want alone.
import type { SimEventType } from '../../engine';

export type LogFilter = 'all' | 'records' | 'replication' | 'groups' | 'cluster' | 'problems';

export const LOG_FILTERS: readonly { readonly value: LogFilter; readonly label: string }[] = [
  { value: 'all', label: 'Everything' },
  { value: 'records', label: 'Records' },
  { value: 'replication', label: 'Replication' },
  { value: 'groups', label: 'Consumers and groups' },
  { value: 'cluster', label: 'Brokers and topics' },
  { value: 'problems', label: 'Problems' },
];

export function matchesFilter(type: SimEventType, filter: LogFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'records':
      return /^(record\.|records\.(appended|acknowledged|fetched|processed)|batch|produce\.)/.test(
        type,
      );
    case 'replication':
      return /^(records\.(replicated|truncated)|isr|leader|highWatermark)/.test(type);
    case 'groups':
      return /^(member|rebalance|partitions\.(assigned|revoked|lost)|group|offsets|consumer|commit|offset\.)/.test(
        type,
      );
    case 'cluster':
      return /^(broker|controller|quorum|topic|partitions\.added|segment|coordinator)/.test(type);
    case 'problems':
      return /(failed|rejected|retrying|crashed|expired|truncated|lost|stopped|\.fenced|isolated|shrunk)/.test(
        type,
      );
  }
}
