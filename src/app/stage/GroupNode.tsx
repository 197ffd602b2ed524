import { Focusable } from './Focusable';
import type { GroupLayout } from './layoutGroups';

export const GROUP_COLORS = ['#2a9d8f', '#8e5cc4', '#d1495b', '#3d7dd8', '#c9822b'] as const;

export function groupColor(index: number): string {
  return GROUP_COLORS[index % GROUP_COLORS.length]!;
}

/** A consumer group: its state and generation, its coordinator, and its members' partitions. */
export function GroupNode({ group, selected }: { group: GroupLayout; selected: boolean }) {
  const color = groupColor(group.colorIndex);
  const rebalancing = group.state !== 'Stable' && group.state !== 'Empty';
  return (
    <g className="group" data-testid={`group-${group.groupId}`} data-state={group.state}>
      {group.members.flatMap((m) =>
        m.links.map((l) => (
          <path
            key={`${m.memberId}-${l.key}`}
            className="assignment-link"
            data-testid={`link-${group.groupId}-${l.key}`}
            d={`M ${l.from.x} ${l.from.y} C ${(l.from.x + m.anchor.x) / 2} ${l.from.y}, ${(l.from.x + m.anchor.x) / 2} ${m.anchor.y}, ${m.anchor.x} ${m.anchor.y}`}
            stroke={color}
          />
        )),
      )}
      <Focusable
        className={`group-box-wrap${selected ? ' is-selected' : ''}`}
        testId={`group-box-${group.groupId}`}
        label={`Consumer group ${group.groupId}: ${group.state}, generation ${group.generation}, ${group.members.length} member(s), coordinator broker ${group.coordinator ?? 'none'}, ${group.lag === null ? 'nothing committed yet' : `total lag ${group.lag}`}`}
        selection={{ kind: 'group', group: group.groupId }}
      >
        <rect
          x={group.x}
          y={group.y}
          width={group.width}
          height={group.height}
          rx={8}
          className={`group-box${rebalancing ? ' is-rebalancing' : ''}`}
          stroke={color}
        />
        <text x={group.x + 10} y={group.y + 18} className="group-name">
          {group.groupId}
        </text>
        <text x={group.x + 10} y={group.y + 34} className="group-detail">
          {group.state} · gen {group.generation} · lag {group.lag ?? '–'}
        </text>
        <text x={group.x + 10} y={group.y + 49} className="group-detail">
          {rebalanceStyle(group.protocol)} · coord {group.coordinator ?? '–'}
        </text>
      </Focusable>
      {group.members.map((m) => (
        <g
          key={m.memberId}
          className={`member${m.paused ? ' is-paused' : ''}`}
          data-testid={`member-${m.clientId}`}
          data-partitions={m.partitions}
        >
          <title>{`${m.memberId}: ${m.paused ? 'waiting for the rebalance, holds no partitions' : `reads ${m.partitions}`}`}</title>
          <rect
            x={m.x}
            y={m.y}
            width={m.width}
            height={m.height}
            rx={6}
            className="member-box"
            stroke={color}
          />
          <text x={m.x + 8} y={m.y + 14} className="member-name">
            {m.clientId}
          </text>
          <text x={m.x + 8} y={m.y + 28} className="member-detail">
            {m.paused ? 'paused: rebalancing' : m.partitions}
          </text>
        </g>
      ))}
      {group.members.length === 0 && (
        <text x={group.x + 10} y={group.y + 60} className="group-detail">
          no members
        </text>
      )}
    </g>
  );
}

/** Eager assignors take every partition back in a rebalance; cooperative ones only those that move. */
function rebalanceStyle(protocol: string | null): string {
  if (protocol === null) return 'no assignor yet';
  return protocol === 'cooperative-sticky' ? `${protocol} · cooperative` : `${protocol} · eager`;
}
