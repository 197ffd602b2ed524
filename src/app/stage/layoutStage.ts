// Where everything on the stage goes, computed from a snapshot: pure, so it is unit-tested and
// the views only draw. Units are SVG user units; the SVG scales them to the space it has.
import { scaleBand } from 'd3';
import type { WorldSnapshot } from '../../engine';

export const STAGE_WIDTH = 920;
const MARGIN = 16;
const PRODUCER = { width: 120, height: 56 };
const STRIP_LEFT = 292;
const LABEL_LEFT = 166;
const BROKER_ROW = { top: 16, height: 60 };
const TOPIC_HEADER = 30;
const ROW = 44;
/** A line under a partition's strip for each group reading it. */
const READER_LINE = 16;
export const CELL = { width: 34, height: 30, gap: 4 };

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CellLayout extends Box {
  readonly offset: number;
  readonly recordId: number;
  readonly key: string | null;
  readonly value: string | null;
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

export interface PartitionLayout {
  readonly topic: string;
  readonly id: number;
  /** null: no leader ("Leader: none"). */
  readonly leader: number | null;
  readonly y: number;
  readonly label: Box;
  readonly strip: Box;
  readonly cells: readonly CellLayout[];
  /** Where the next record will go: the log end offset. */
  readonly next: Box & { readonly offset: number };
  /** Records older than the window, not drawn. */
  readonly hidden: number;
  readonly logStartOffset: number;
  readonly readers: readonly ReaderLayout[];
}

export interface TopicLayout {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly partitions: readonly PartitionLayout[];
}

export interface BrokerLayout extends Box {
  readonly id: number;
  readonly up: boolean;
  readonly address: string;
  readonly leads: readonly string[];
}

export interface StageLayout {
  readonly width: number;
  readonly height: number;
  readonly producer: Box;
  readonly brokers: readonly BrokerLayout[];
  readonly topics: readonly TopicLayout[];
}

export function layoutStage(snapshot: WorldSnapshot, width = STAGE_WIDTH): StageLayout {
  // Internal topics (__consumer_offsets) are drawn on demand, not in the main picture.
  const userTopics = snapshot.topics.filter((t) => !t.internal);
  const brokerBand = scaleBand<number>()
    .domain(snapshot.brokers.map((b) => b.id))
    .range([LABEL_LEFT, width - MARGIN])
    .paddingInner(0.12);
  const brokerWidth = Math.min(220, brokerBand.bandwidth());
  const brokers = snapshot.brokers.map((b) => ({
    id: b.id,
    up: b.up,
    address: `${b.host}:${b.port}`,
    leads: userTopics.flatMap((t) =>
      t.partitions.filter((p) => p.leader === b.id).map((p) => `${t.name}-${p.id}`),
    ),
    x: brokerBand(b.id) ?? LABEL_LEFT,
    y: BROKER_ROW.top,
    width: brokerWidth,
    height: BROKER_ROW.height,
  }));

  const stripWidth = width - MARGIN - STRIP_LEFT;
  const slots = Math.max(2, Math.floor((stripWidth + CELL.gap) / (CELL.width + CELL.gap)));
  let y = BROKER_ROW.top + BROKER_ROW.height + 28;
  const topics: TopicLayout[] = userTopics.map((topic) => {
    const topicY = y;
    y += TOPIC_HEADER;
    const partitions = topic.partitions.map((p): PartitionLayout => {
      const rowY = y;
      const groups = readersOf(snapshot, topic.name, p.id);
      y += ROW + groups.length * READER_LINE;
      // Keep the last slot for the next offset, so the log's growing end is always in view.
      const shown = p.records.slice(-(slots - 1));
      const first = shown[0]?.offset ?? p.logEndOffset;
      const cellAt = (offset: number): Box => ({
        x: STRIP_LEFT + (offset - first) * (CELL.width + CELL.gap),
        y: rowY + (ROW - CELL.height) / 2,
        width: CELL.width,
        height: CELL.height,
      });
      return {
        topic: topic.name,
        id: p.id,
        leader: p.leader,
        y: rowY,
        label: { x: LABEL_LEFT, y: rowY + 4, width: STRIP_LEFT - LABEL_LEFT - 8, height: ROW - 8 },
        strip: { x: STRIP_LEFT - 4, y: rowY + 3, width: stripWidth + 4, height: ROW - 6 },
        cells: shown.map((r) => ({
          ...cellAt(r.offset),
          offset: r.offset,
          recordId: r.recordId,
          key: r.key,
          value: r.value,
        })),
        next: { ...cellAt(p.logEndOffset), offset: p.logEndOffset },
        hidden: first - p.logStartOffset,
        logStartOffset: p.logStartOffset,
        readers: groups.map((g, i) => ({
          ...g,
          // The committed offset is the next record the group will read: mark that cell's left edge.
          marker:
            g.committed !== null && g.committed >= first
              ? { x: cellAt(g.committed).x - CELL.gap / 2, y: rowY + ROW - 3 }
              : null,
          textY: rowY + ROW + i * READER_LINE + 10,
        })),
      };
    });
    y += 12;
    return { name: topic.name, x: LABEL_LEFT, y: topicY, partitions };
  });

  const contentTop = BROKER_ROW.top + BROKER_ROW.height + 28;
  const contentBottom = Math.max(y, contentTop + PRODUCER.height);
  return {
    width,
    height: contentBottom + MARGIN,
    producer: {
      x: MARGIN,
      y: (contentTop + contentBottom) / 2 - PRODUCER.height / 2,
      width: PRODUCER.width,
      height: PRODUCER.height,
    },
    brokers,
    topics,
  };
}

/** The box a record at (topic, partition, offset) is drawn in, if it is in view. */
export function findCell(
  layout: StageLayout,
  topic: string,
  partition: number,
  offset: number,
): Box | undefined {
  const row = layout.topics
    .find((t) => t.name === topic)
    ?.partitions.find((p) => p.id === partition);
  return row?.cells.find((c) => c.offset === offset);
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
