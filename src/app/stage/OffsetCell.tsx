import { useAppStore } from '../store/StoreContext';
import { keyColor } from './keyColor';
import type { CellLayout } from './layoutPartition';

export function OffsetCell({
  cell,
  topic,
  partition,
  incoming,
  selected,
}: {
  cell: CellLayout;
  topic: string;
  partition: number;
  incoming: boolean;
  selected: boolean;
}) {
  const select = useAppStore((s) => s.select);
  const key = cell.key === null ? 'no key' : `key ${cell.key}`;
  const state = incoming ? 'incoming' : 'landed';
  return (
    <g
      className={`cell is-${state}${cell.uncommitted ? ' is-uncommitted' : ''}${selected ? ' is-selected' : ''}`}
      data-testid={`cell-${topic}-${partition}-${cell.offset}`}
      data-state={state}
      data-key={cell.key ?? ''}
      onClick={(e) => {
        e.stopPropagation();
        select({ kind: 'record', topic, partition, offset: cell.offset, recordId: cell.recordId });
      }}
    >
      <title>{`${topic}-${partition}, offset ${cell.offset}: ${key}, value ${cell.value ?? 'null'}${cell.uncommitted ? ' (above the high watermark: not yet readable)' : ''}`}</title>
      <rect
        x={cell.x}
        y={cell.y}
        width={cell.width}
        height={cell.height}
        rx={4}
        fill={keyColor(cell.key)}
        className="cell-box"
      />
      <text
        x={cell.x + cell.width / 2}
        y={cell.y + cell.height / 2 + 5}
        textAnchor="middle"
        className="cell-offset"
      >
        {cell.offset}
      </text>
    </g>
  );
}
