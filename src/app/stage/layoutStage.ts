// Where everything on the stage goes, computed from a snapshot: pure, so it is unit-tested and
// the views only draw. Units are SVG user units; the SVG scales them to the space it has.
//
//   producers │ brokers (and the controller) across the top            │ consumer groups
//             │ topic → partition rows: replicas, then the log strip    │ members, linked to
//             │ (cells, high watermark, log end), group markers below   │ the rows they read
import type { WorldSnapshot } from '../../engine';
import { layoutBrokers, type BrokerLayout, type ControllerLayout } from './layoutBrokers';
import { layoutGroups, type GroupLayout } from './layoutGroups';
import { layoutPartition, type PartitionLayout } from './layoutPartition';
import { GROUP_COLUMN, MARGIN, PRODUCER, STAGE_WIDTH, TOPIC_HEADER, type Box } from './geometry';

export type { Box } from './geometry';
export { CELL, STAGE_WIDTH } from './geometry';
export type { BrokerLayout, ControllerLayout } from './layoutBrokers';
export type { CellLayout, PartitionLayout, ReaderLayout, ReplicaChip } from './layoutPartition';
export type { GroupLayout, MemberLayout } from './layoutGroups';

export interface TopicLayout {
  readonly name: string;
  readonly internal: boolean;
  readonly x: number;
  readonly y: number;
  readonly collapsed: boolean;
  readonly partitionCount: number;
  readonly replicationFactor: number;
  readonly underReplicated: number;
  readonly offline: number;
  readonly records: number;
  readonly partitions: readonly PartitionLayout[];
}

export interface ProducerLayout extends Box {
  readonly clientId: string;
  readonly acks: '0' | '1' | 'all';
  readonly detail: string;
}

export interface StageLayout {
  readonly width: number;
  readonly height: number;
  /** Where records fly from when the producer is not known (the first producer, or a spot). */
  readonly producer: Box;
  readonly producers: readonly ProducerLayout[];
  readonly brokers: readonly BrokerLayout[];
  readonly controller: ControllerLayout | null;
  readonly topics: readonly TopicLayout[];
  readonly groups: readonly GroupLayout[];
}

export interface LayoutOptions {
  readonly collapsed?: readonly string[];
  readonly showInternal?: boolean;
}

/** Topics with more partitions than this start collapsed (a 1,000-partition topic is a summary). */
export const AUTO_COLLAPSE = 60;

export function layoutStage(
  snapshot: WorldSnapshot,
  width = STAGE_WIDTH,
  options: LayoutOptions = {},
): StageLayout {
  const collapsed = new Set(options.collapsed ?? []);
  const shown = snapshot.topics.filter((t) => !t.internal || options.showInternal);
  const top = layoutBrokers(snapshot, width, shown);
  const stripRight = width - GROUP_COLUMN - MARGIN;

  const up = new Map(snapshot.brokers.map((b) => [b.id as number, b.up]));
  let y = top.bottom + 24;
  const contentTop = y;
  const topics: TopicLayout[] = shown.map((topic) => {
    const topicY = y;
    y += TOPIC_HEADER;
    // A big topic starts collapsed; clicking its header toggles it either way.
    const isCollapsed =
      collapsed.has(topic.name) !== (topic.internal || topic.partitions.length > AUTO_COLLAPSE);
    const partitions = isCollapsed
      ? []
      : topic.partitions.map((p) => {
          const row = layoutPartition(snapshot, topic.name, p, y, stripRight, up);
          y += row.height;
          return row;
        });
    y += 10;
    return {
      name: topic.name,
      internal: topic.internal,
      x: PRODUCER.width + MARGIN * 2,
      y: topicY,
      collapsed: isCollapsed,
      partitionCount: topic.partitions.length,
      replicationFactor: topic.partitions[0]?.replicas.length ?? 0,
      underReplicated: topic.partitions.filter((p) => p.isr.length < p.replicas.length).length,
      offline: topic.partitions.filter((p) => p.leader === null).length,
      records: topic.partitions.reduce((sum, p) => sum + p.logEndOffset - p.logStartOffset, 0),
      partitions,
    };
  });

  const rows = new Map(
    topics.flatMap((t) => t.partitions.map((p) => [`${t.name}-${p.id}`, p] as const)),
  );
  const groups = layoutGroups(snapshot, width - GROUP_COLUMN, contentTop, rows);
  const producers = snapshot.producers.map((p, i): ProducerLayout => {
    const rate = p.load ? ` · ${p.load.recordsPerSecond}/s` : '';
    return {
      clientId: p.clientId,
      acks: p.acks,
      detail: `acks=${p.acks}${rate}`,
      x: MARGIN,
      y: contentTop + i * (PRODUCER.height + 10),
      width: PRODUCER.width,
      height: PRODUCER.height,
    };
  });
  const bottom = Math.max(
    y,
    groups.at(-1) ? groups.at(-1)!.y + groups.at(-1)!.height : 0,
    producers.at(-1) ? producers.at(-1)!.y + PRODUCER.height : 0,
    contentTop + PRODUCER.height,
  );
  return {
    width,
    height: bottom + MARGIN,
    producer: producers[0] ?? {
      x: MARGIN,
      y: contentTop,
      width: PRODUCER.width,
      height: PRODUCER.height,
    },
    producers,
    brokers: top.brokers,
    controller: top.controller,
    topics,
    groups,
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

/** The row of a partition, if it is drawn (its topic is not collapsed). */
export function findRow(
  layout: StageLayout,
  topic: string,
  partition: number,
): PartitionLayout | undefined {
  return layout.topics.find((t) => t.name === topic)?.partitions.find((p) => p.id === partition);
}
