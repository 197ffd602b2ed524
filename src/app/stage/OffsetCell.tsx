import { keyColor } from './keyColor';
import type { CellLayout } from './layoutStage';

export function OffsetCell({
  cell,
  topic,
  partition,
  incoming,
}: {
  cell: CellLayout;
  topic: string;
  partition: number;
  incoming: boolean;
}) {
  const key = cell.key === null ? 'no key' : `key ${cell.key}`;
  return (
    <g
      className={`cell ${incoming ? 'is-incoming' : 'is-landed'}`}
      data-testid={`cell-${topic}-${partition}-${cell.offset}`}
      data-state={incoming ? 'incoming' : 'landed'}
      data-key={cell.key ?? ''}
    >
      <title>{`${topic}-${partition}, offset ${cell.offset}: ${key}, value ${cell.value ?? 'null'}`}</title>
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
