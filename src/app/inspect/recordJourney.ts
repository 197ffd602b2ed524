// A record's journey, from the events the page holds: produced, appended by the leader, copied by
// each follower, under the high watermark (readable), acknowledged, fetched and committed by each
// group — each with its virtual time.
import type { SimEvent } from '../../engine';

export interface JourneyStep {
  readonly at: number;
  readonly text: string;
}

export interface RecordRef {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly recordId: number;
}

export function recordJourney(events: readonly SimEvent[], r: RecordRef): JourneyStep[] {
  const steps: JourneyStep[] = [];
  const here = (e: { topic: string; partition: number }) =>
    e.topic === r.topic && e.partition === r.partition;
  const fetchedBy = new Set<string>();
  const committedBy = new Set<string>();
  let readable = false;
  for (const e of events) {
    switch (e.type) {
      case 'record.sent':
        if (e.recordId === r.recordId)
          steps.push({ at: e.at, text: `Sent by ${e.producer} (${e.partitionedBy} partitioning)` });
        break;
      case 'records.appended':
        if (here(e) && e.records.some((x) => x.recordId === r.recordId))
          steps.push({
            at: e.at,
            text: `Appended by the leader, broker ${e.broker}, at offset ${r.offset}`,
          });
        break;
      case 'records.replicated':
        if (here(e) && e.fromOffset <= r.offset && r.offset < e.fromOffset + e.count)
          steps.push({ at: e.at, text: `Copied by follower broker ${e.broker}` });
        break;
      case 'highWatermark.advanced':
        if (!readable && here(e) && e.highWatermark > r.offset) {
          readable = true;
          steps.push({
            at: e.at,
            text: `Under the high watermark (${e.highWatermark}): consumers may read it`,
          });
        }
        break;
      case 'records.acknowledged':
        if (here(e) && e.recordIds.some((id) => id === r.recordId))
          steps.push({ at: e.at, text: `Acknowledged to ${e.producer}` });
        break;
      case 'records.fetched': {
        const who = e.group ?? e.consumer;
        if (
          here(e) &&
          !fetchedBy.has(who) &&
          e.fromOffset <= r.offset &&
          r.offset < e.fromOffset + e.count
        ) {
          fetchedBy.add(who);
          steps.push({
            at: e.at,
            text: `Fetched by ${e.consumer}${e.group ? ` (group ${e.group})` : ''}`,
          });
        }
        break;
      }
      case 'offsets.committed':
        for (const o of e.offsets)
          if (
            o.topic === r.topic &&
            o.partition === r.partition &&
            o.offset > r.offset &&
            !committedBy.has(e.group)
          ) {
            committedBy.add(e.group);
            steps.push({
              at: e.at,
              text: `Committed past it by group ${e.group} (offset ${o.offset})`,
            });
          }
        break;
      case 'records.truncated':
        if (here(e) && e.records.some((x) => x.recordId === r.recordId))
          steps.push({ at: e.at, text: `Truncated away on broker ${e.broker}: lost there` });
        break;
    }
  }
  return steps;
}
