// The consumer groups' column: one box per group (state, generation, assignor, coordinator) with
// its members, and a link from each member to every partition row it has been assigned.
import type { WorldSnapshot } from '../../engine';
import { GROUP_COLUMN, MARGIN, type Box } from './geometry';
import type { PartitionLayout } from './layoutPartition';

export interface MemberLayout extends Box {
  readonly memberId: string;
  readonly clientId: string;
  /** The engine's name for the client (what events call it). */
  readonly consumer: string;
  /** "P0 P3" — the partitions this member reads. */
  readonly partitions: string;
  /** Waiting for the rebalance: it holds no partitions now (eager revokes them all). */
  readonly paused: boolean;
  /** Where links to its partitions end. */
  readonly anchor: { readonly x: number; readonly y: number };
  readonly links: readonly { readonly from: { x: number; y: number }; readonly key: string }[];
}

export interface GroupLayout extends Box {
  readonly groupId: string;
  readonly state: string;
  readonly generation: number;
  readonly protocol: string | null;
  readonly coordinator: number | null;
  readonly members: readonly MemberLayout[];
  /** Total lag over the committed partitions; null: nothing committed yet. */
  readonly lag: number | null;
  readonly colorIndex: number;
}

const HEADER = 58;
const MEMBER = { height: 34, gap: 6 };

export function layoutGroups(
  snapshot: WorldSnapshot,
  x: number,
  top: number,
  rows: ReadonlyMap<string, PartitionLayout>,
): GroupLayout[] {
  let y = top;
  const width = snapshot.groups.length > 0 ? GROUP_COLUMN - MARGIN : 0;
  const consumers = new Map(snapshot.consumers.map((c) => [c.memberId, c]));
  return snapshot.groups.map((g, index) => {
    const groupY = y;
    const members = g.members.map((m, i): MemberLayout => {
      const memberY = groupY + HEADER + i * (MEMBER.height + MEMBER.gap);
      // What the client holds now: during an eager rebalance it has given everything back.
      const held = consumers.get(m.memberId)?.assignment ?? m.assignment;
      const anchor = { x: x + 8, y: memberY + MEMBER.height / 2 };
      const links = held
        .map((tp) => {
          const key = `${tp.topic}-${tp.partition}`;
          const row = rows.get(key);
          return row
            ? {
                key,
                from: { x: row.strip.x + row.strip.width, y: row.y + row.strip.height / 2 + 3 },
              }
            : null;
        })
        .filter((l) => l !== null);
      return {
        memberId: m.memberId,
        clientId: m.clientId,
        consumer: consumers.get(m.memberId)?.clientId ?? m.clientId,
        partitions: held.map((tp) => `${tp.topic}-${tp.partition}`).join(' ') || '(none)',
        paused: g.state !== 'Stable' && held.length === 0,
        anchor,
        links,
        x: x + 8,
        y: memberY,
        width: width - 16,
        height: MEMBER.height,
      };
    });
    const height = HEADER + Math.max(1, members.length) * (MEMBER.height + MEMBER.gap) + 4;
    y += height + 12;
    return {
      groupId: g.groupId,
      state: g.state,
      generation: g.generation,
      protocol: g.protocol,
      coordinator: g.coordinator,
      members,
      lag: g.offsets.length === 0 ? null : g.offsets.reduce((sum, o) => sum + o.lag, 0),
      colorIndex: index,
      x,
      y: groupY,
      width,
      height,
    };
  });
}
