// The brokers across the top (a grid of chips when there are many) and the controller: KRaft's
// quorum leader or ZooKeeper's controller broker, marked where it is.
import { scaleBand } from 'd3';
import type { TopicView, WorldSnapshot } from '../../engine';
import { MARGIN, PRODUCER, type Box } from './geometry';

export type BrokerStatus = 'up' | 'down' | 'fenced' | 'isolated';

export interface BrokerLayout extends Box {
  readonly id: number;
  readonly up: boolean;
  readonly status: BrokerStatus;
  readonly address: string;
  readonly leads: readonly string[];
  /** This broker is the active controller (combined KRaft mode, or ZooKeeper's controller). */
  readonly controller: boolean;
  /** Groups whose coordinator this broker is. */
  readonly coordinates: readonly string[];
  /** Drawn as a small chip (a big cluster). */
  readonly compact: boolean;
}

export interface ControllerLayout extends Box {
  readonly active: number | null;
  readonly mode: 'kraft' | 'zookeeper';
  readonly text: string;
}

/** Past this many brokers, each is a chip in a grid instead of a box in a row. */
const COMPACT_AFTER = 10;
const BOX = { top: 16, height: 62 };
const CHIP = { width: 44, height: 26, gap: 4 };

export function layoutBrokers(
  snapshot: WorldSnapshot,
  width: number,
  topics: readonly TopicView[],
): { brokers: BrokerLayout[]; controller: ControllerLayout | null; bottom: number } {
  const left = PRODUCER.width + MARGIN * 2;
  const right = width - MARGIN;
  const compact = snapshot.brokers.length > COMPACT_AFTER;
  const active = snapshot.controller.activeController;
  // One pass over the partitions, not one per broker (a big cluster has 100 × 1,000 of them).
  const leads = new Map<number, string[]>();
  for (const t of topics)
    if (!t.internal)
      for (const p of t.partitions)
        if (p.leader !== null) {
          const list = leads.get(p.leader) ?? [];
          list.push(`${t.name}-${p.id}`);
          leads.set(p.leader, list);
        }
  const leadsOf = (id: number) => leads.get(id) ?? [];
  const perRow = compact
    ? Math.max(1, Math.floor((right - left + CHIP.gap) / (CHIP.width + CHIP.gap)))
    : snapshot.brokers.length;
  const band = scaleBand<number>()
    .domain(snapshot.brokers.map((b) => b.id))
    .range([left, right])
    .paddingInner(0.08);
  const boxWidth = Math.min(230, band.bandwidth());
  const brokers = snapshot.brokers.map((b, i): BrokerLayout => {
    const status: BrokerStatus = !b.up
      ? 'down'
      : b.isolated
        ? 'isolated'
        : b.fenced
          ? 'fenced'
          : 'up';
    const place = compact
      ? {
          x: left + (i % perRow) * (CHIP.width + CHIP.gap),
          y: BOX.top + Math.floor(i / perRow) * (CHIP.height + CHIP.gap),
          width: CHIP.width,
          height: CHIP.height,
        }
      : { x: band(b.id) ?? left, y: BOX.top, width: boxWidth, height: BOX.height };
    return {
      id: b.id,
      up: b.up,
      status,
      address: `${b.host}:${b.port}`,
      leads: leadsOf(b.id),
      controller: active === b.id,
      coordinates: snapshot.groups.filter((g) => g.coordinator === b.id).map((g) => g.groupId),
      compact,
      ...place,
    };
  });
  const bottom = Math.max(BOX.top + BOX.height, ...brokers.map((b) => b.y + b.height));
  const isBroker = snapshot.brokers.some((b) => b.id === active);
  const voters = snapshot.controller.quorum.map((v) => `${v.id}${v.up ? '' : ' (down)'}`);
  const text =
    snapshot.controller.mode === 'zookeeper'
      ? `ZooKeeper ${voters.join(', ')}`
      : isBroker
        ? `KRaft, combined: ${voters.join(', ')}`
        : `KRaft quorum ${voters.join(', ')}`;
  return {
    brokers,
    bottom,
    controller: {
      x: MARGIN,
      y: BOX.top,
      width: PRODUCER.width,
      height: BOX.height,
      active,
      mode: snapshot.controller.mode,
      text,
    },
  };
}
