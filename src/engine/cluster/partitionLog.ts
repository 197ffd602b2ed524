// A partition's log: records in segments, offsets from 0, contiguous and immutable. Segments roll
// on segment.bytes and segment.ms; retention deletes whole closed segments, as Kafka does.
import type { RecordId, SimTimeMs } from '../ids';
import type { TopicConfig } from '../defaults';
import type { Header, LogRecord, ReplicaLog, Segment } from '../world/world';
import { SIM_DEFAULTS } from '../defaults';
import { RecordList } from './recordList';

/**
 * A record on its way to the log, made once by the producer: the leader gives it its offset when
 * it appends it, and the same object then lives in the log (no copy per record).
 */
export type NewRecord = Omit<LogRecord, 'offset'> & { offset: number };

/** Makes a record for `appendRecords`, its size computed once. */
export function newRecord(
  recordId: RecordId,
  key: string | null,
  value: string | null,
  headers: readonly Header[],
  timestamp: SimTimeMs,
): NewRecord {
  return {
    offset: -1,
    recordId,
    key,
    value,
    headers,
    timestamp,
    size: recordSize(key, value, headers),
  };
}

export function recordSize(
  key: string | null,
  value: string | null,
  headers: readonly Header[],
): number {
  let size = SIM_DEFAULTS.recordOverheadBytes + (key?.length ?? 0) + (value?.length ?? 0);
  for (const h of headers) size += h.key.length + (h.value?.length ?? 0);
  return size;
}

function newSegment(baseOffset: number, now: SimTimeMs): Segment {
  return { baseOffset, records: new RecordList(), bytes: 0, createdAt: now, maxTimestamp: -1 };
}

export interface RollEvent {
  readonly closedBaseOffset: number;
  readonly newBaseOffset: number;
}

/** Appends records at the log end; returns the first offset and any segment rolls. */
export function appendRecords(
  log: ReplicaLog,
  records: readonly NewRecord[],
  config: TopicConfig,
  now: SimTimeMs,
): { baseOffset: number; rolls: RollEvent[]; appended: LogRecord[] } {
  const baseOffset = log.logEndOffset;
  const rolls: RollEvent[] = [];
  const appended: LogRecord[] = [];
  let active = log.segments[log.segments.length - 1];
  for (const r of records) {
    const size = r.size;
    if (!active) {
      active = newSegment(log.logEndOffset, now);
      log.segments.push(active);
    } else if (
      active.records.length > 0 &&
      (active.bytes + size > config['segment.bytes'] ||
        now - active.createdAt >= config['segment.ms'])
    ) {
      rolls.push({ closedBaseOffset: active.baseOffset, newBaseOffset: log.logEndOffset });
      active = newSegment(log.logEndOffset, now);
      log.segments.push(active);
    }
    // A record is given its offset once; one already in a log (a retried batch appended again)
    // is copied, so records in a log never change (checkpoints share them).
    let record: NewRecord = r;
    if (r.offset < 0) r.offset = log.logEndOffset;
    else if (r.offset !== log.logEndOffset) record = { ...r, offset: log.logEndOffset };
    active.records.push(record as LogRecord);
    appended.push(record as LogRecord);
    active.bytes += size;
    if (r.timestamp > active.maxTimestamp) active.maxTimestamp = r.timestamp;
    log.logEndOffset += 1;
  }
  return { baseOffset, rolls, appended };
}

/**
 * Records from `from` on, never past `upTo` (the high watermark), up to `maxBytes` — but always at
 * least one record, as Kafka returns a first batch larger than the limit rather than nothing.
 */
export function readRecords(
  log: ReplicaLog,
  from: number,
  maxBytes: number,
  upTo: number,
): LogRecord[] {
  const out: LogRecord[] = [];
  if (from < log.logStartOffset || from >= upTo) return out;
  let bytes = 0;
  for (let i = segmentIndexFor(log.segments, from); i < log.segments.length; i++) {
    const seg = log.segments[i]!;
    for (let j = Math.max(0, from - seg.baseOffset); j < seg.records.length; j++) {
      const record = seg.records.get(j)!;
      if (record.offset >= upTo || (out.length > 0 && bytes + record.size > maxBytes)) return out;
      bytes += record.size;
      out.push(record);
    }
  }
  return out;
}

function segmentIndexFor(segments: readonly Segment[], target: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.baseOffset <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface DeletedSegment {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly records: number;
  readonly reason: 'retention.ms' | 'retention.bytes';
}

/**
 * Kafka's retention check: closed segments whose newest record is older than retention.ms go,
 * then the oldest segments while the log stays over retention.bytes without them. When the active
 * segment itself must go, the log rolls first (as Kafka does), so the log may end up empty with
 * its start offset at the log end. The log start offset moves to the first remaining offset.
 */
export function applyRetention(
  log: ReplicaLog,
  config: TopicConfig,
  now: SimTimeMs,
): DeletedSegment[] {
  const deleted: DeletedSegment[] = [];
  const retentionMs = config['retention.ms'];
  const retentionBytes = config['retention.bytes'];
  let total = log.segments.reduce((sum, s) => sum + s.bytes, 0);
  while (log.segments.length > 0) {
    const oldest = log.segments[0]!;
    if (oldest.records.length === 0) break;
    let reason: DeletedSegment['reason'] | null = null;
    if (retentionMs >= 0 && now - oldest.maxTimestamp > retentionMs) reason = 'retention.ms';
    else if (retentionBytes >= 0 && total - oldest.bytes >= retentionBytes)
      reason = 'retention.bytes';
    if (!reason) break;
    if (log.segments.length === 1) log.segments.push(newSegment(log.logEndOffset, now));
    log.segments.shift();
    total -= oldest.bytes;
    deleted.push({
      baseOffset: oldest.baseOffset,
      lastOffset: oldest.baseOffset + oldest.records.length - 1,
      records: oldest.records.length,
      reason,
    });
    log.logStartOffset = log.segments[0]!.baseOffset;
  }
  return deleted;
}

/** The record at `offset` in this log, if it holds it. */
export function recordAt(log: ReplicaLog, offset: number): LogRecord | undefined {
  if (offset < log.logStartOffset || offset >= log.logEndOffset || log.segments.length === 0)
    return undefined;
  const seg = log.segments[segmentIndexFor(log.segments, offset)]!;
  return seg.records.get(offset - seg.baseOffset);
}

/** Cuts the log back to end before `offset`; returns what was removed, oldest first. */
export function truncateTo(log: ReplicaLog, offset: number): LogRecord[] {
  let removed: LogRecord[] = [];
  for (let seg = log.segments.at(-1); seg; seg = log.segments.at(-1)) {
    if (seg.baseOffset + seg.records.length <= offset) break;
    // A new list, not a cut: checkpoints may share the old one (append-only, see Segment).
    const keep = Math.max(0, offset - seg.baseOffset);
    const cut = seg.records.tail(keep);
    seg.records = seg.records.prefix(keep);
    for (const r of cut) seg.bytes -= r.size;
    removed = cut.concat(removed);
    if (seg.records.length > 0 || log.segments.length === 1) break;
    log.segments.pop();
  }
  log.logEndOffset = Math.max(Math.min(log.logEndOffset, offset), log.logStartOffset);
  if (log.highWatermark > log.logEndOffset) log.highWatermark = log.logEndOffset;
  return removed;
}

/**
 * Where a follower's log stops agreeing with the leader's: the first offset whose record differs
 * (or that the leader lacks). Kafka finds the same point through leader epochs (KIP-101/279); the
 * simulator can compare the records themselves.
 */
export function divergencePoint(follower: ReplicaLog, leader: ReplicaLog): number {
  let at = Math.min(follower.logEndOffset, leader.logEndOffset);
  while (
    at > follower.logStartOffset &&
    recordAt(follower, at - 1)?.recordId !== recordAt(leader, at - 1)?.recordId
  )
    at -= 1;
  return at;
}
