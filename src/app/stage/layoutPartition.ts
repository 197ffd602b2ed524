// One partition's row: its name, its replicas (leader first in the picture, in or out of the ISR),
// then the leader's log as a strip of offset cells with the high watermark and the log end, and a
// line per consumer group reading it.
import type { PartitionView, WorldSnapshot } from '../../engine';
import { CELL, PRODUCER, MARGIN, READER_LINE, REPLICA, ROW, type Box } from './geometry';

export interface CellLayout extends Box {
  readonly offset: number;
  readonly recordId: number;
  readonly key: string | null;
  readonly value: string | null;
  /** At or past the high watermark: written, not yet replicated enough for consumers to see. */
  readonly uncommitted: boolean;
}

/** A consumer group on a partition: who reads it, how far the group has committed, its lag. */
export interface ReaderLayout {
  readonly group: string;
  /** The member the partition is assigned to (client id and the start of its member id). */
  readonly member: string | null;
  readonly committed: number | null;
  readonly lag: number | null;
  /** Where the group's committed offset is on the strip, if it is in view. */
  readonly marker: { readonly x: number; readonly y: number } | null;
  readonly textY: number;
}

export interface ReplicaChip extends Box {
  readonly broker: number;
  readonly leader: boolean;
  readonly inSync: boolean;
  readonly brokerUp: boolean;
  readonly logEndOffset: number;
  /** How far behind the leader's log end this replica is. */
  readonly behind: number;
}

export interface PartitionLayout {
  readonly topic: string;
  readonly id: number;
  /** null: no leader ("Leader: none"). */
  readonly leader: number | null;
  readonly y: number;
  readonly height: number;
  readonly label: Box;
  readonly replicas: readonly ReplicaChip[];
  readonly strip: Box;
  readonly cells: readonly CellLayout[];
  /** Where the next record will go: the log end offset. */
  readonly next: Box & { readonly offset: number };
  readonly highWatermark: number;
  /** The high watermark's place on the strip (the edge consumers may read up to), if in view. */
  readonly hwX: number | null;
  /** Records older than the window, not drawn. */
  readonly hidden: number;
  readonly logStartOffset: number;
  readonly readers: readonly ReaderLayout[];
  readonly isr: readonly number[];
  readonly replicaIds: readonly number[];
}

const LABEL_LEFT = PRODUCER.width + MARGIN * 2;
const REPLICAS_LEFT = LABEL_LEFT + 58;

export function layoutPartition(
  snapshot: WorldSnapshot,
  topic: string,
  p: PartitionView,
  y: number,
  stripRight: number,
  /** Whether each broker is up, by id (made once per layout, not once per row). */
  up: ReadonlyMap<number, boolean>,
): PartitionLayout {
  const groups = snapshot.groups.length === 0 ? [] : readersOf(snapshot, topic, p.id);
  // The leader first, then the followers in assignment order: the eye finds the leader at once.
  const order = [...p.replicaLogs].sort(
    (a, b) => Number(b.broker === p.leader) - Number(a.broker === p.leader),
  );
  const chipY = y + (ROW - REPLICA.height) / 2;
  const replicas = order.map((r, i): ReplicaChip => ({
    broker: r.broker,
    leader: r.broker === p.leader,
    inSync: r.inSync,
    brokerUp: up.get(r.broker) ?? false,
    logEndOffset: r.logEndOffset,
    behind: Math.max(0, p.logEndOffset - r.logEndOffset),
    x: REPLICAS_LEFT + i * (REPLICA.width + REPLICA.gap),
    y: chipY,
    width: REPLICA.width,
    height: REPLICA.height,
  }));
  const stripLeft = REPLICAS_LEFT + Math.max(3, order.length) * (REPLICA.width + REPLICA.gap) + 14;
  const stripWidth = stripRight - stripLeft;
  const slots = Math.max(2, Math.floor((stripWidth + CELL.gap) / (CELL.width + CELL.gap)));
  // Keep the last slot for the next offset, so the log's growing end is always in view.
  const shown = p.records.slice(-(slots - 1));
  const first = shown[0]?.offset ?? p.logEndOffset;
  const cellAt = (offset: number): Box => ({
    x: stripLeft + (offset - first) * (CELL.width + CELL.gap),
    y: y + (ROW - CELL.height) / 2,
    width: CELL.width,
    height: CELL.height,
  });
  const edge = (offset: number) => cellAt(offset).x - CELL.gap / 2;
  return {
    topic,
    id: p.id,
    leader: p.leader,
    y,
    height: ROW + groups.length * READER_LINE,
    label: { x: LABEL_LEFT, y: y + 4, width: REPLICAS_LEFT - LABEL_LEFT, height: ROW - 8 },
    replicas,
    strip: { x: stripLeft - 4, y: y + 3, width: stripWidth + 4, height: ROW - 6 },
    cells: shown.map((r) => ({
      ...cellAt(r.offset),
      offset: r.offset,
      recordId: r.recordId,
      key: r.key,
      value: r.value,
      uncommitted: r.offset >= p.highWatermark,
    })),
    next: { ...cellAt(p.logEndOffset), offset: p.logEndOffset },
    highWatermark: p.highWatermark,
    hwX: p.highWatermark >= first ? edge(p.highWatermark) : null,
    hidden: first - p.logStartOffset,
    logStartOffset: p.logStartOffset,
    isr: p.isr,
    replicaIds: p.replicas,
    readers: groups.map((g, i) => ({
      ...g,
      // The committed offset is the next record the group will read: mark that cell's left edge.
      marker:
        g.committed !== null && g.committed >= first
          ? { x: edge(g.committed), y: y + ROW - 3 }
          : null,
      textY: y + ROW + i * READER_LINE + 10,
    })),
  };
}

/** The groups that have this partition assigned or a committed offset on it, by group id. */
function readersOf(snapshot: WorldSnapshot, topic: string, partition: number) {
  return snapshot.groups
    .map((g) => {
      const owner = g.members.find((m) =>
        m.assignment.some((tp) => tp.topic === topic && tp.partition === partition),
      );
      const offset = g.offsets.find((o) => o.topic === topic && o.partition === partition);
      if (!owner && !offset) return null;
      return {
        group: g.groupId,
        member: owner ? `${owner.memberId.slice(0, owner.clientId.length + 5)}…` : null,
        committed: offset?.offset ?? null,
        lag: offset?.lag ?? null,
      };
    })
    .filter((r) => r !== null)
    .sort((a, b) => a.group.localeCompare(b.group));
}
