import { OffsetCell } from './OffsetCell';
import type { PartitionLayout } from './layoutStage';

export function PartitionRow({
  row,
  incoming,
}: {
  row: PartitionLayout;
  incoming: ReadonlySet<number>;
}) {
  const { label, strip, next } = row;
  return (
    <g className="partition" data-testid={`partition-${row.topic}-${row.id}`}>
      <text x={label.x} y={label.y + 16} className="partition-name">
        Partition {row.id}
      </text>
      <text x={label.x} y={label.y + 32} className="partition-detail">
        {row.leader === null ? 'no leader' : `leader ${row.leader}`}
      </text>
      <rect
        x={strip.x}
        y={strip.y}
        width={strip.width}
        height={strip.height}
        rx={6}
        className="strip"
      />
      {row.hidden > 0 && (
        <text x={strip.x + 4} y={strip.y - 2} className="partition-detail">
          {`${row.hidden} older record${row.hidden === 1 ? '' : 's'} (offsets ${row.logStartOffset}–${next.offset - row.cells.length - 1})`}
        </text>
      )}
      {row.cells.map((cell) => (
        <OffsetCell
          key={cell.offset}
          cell={cell}
          topic={row.topic}
          partition={row.id}
          incoming={incoming.has(cell.recordId)}
        />
      ))}
      <g className="next-slot" data-testid={`next-${row.topic}-${row.id}`}>
        <title>{`The next record in ${row.topic}-${row.id} will get offset ${next.offset} (the log end offset).`}</title>
        <rect
          x={next.x}
          y={next.y}
          width={next.width}
          height={next.height}
          rx={4}
          className="next-box"
        />
        <text
          x={next.x + next.width / 2}
          y={next.y + next.height / 2 + 5}
          textAnchor="middle"
          className="next-offset"
        >
          {next.offset}
        </text>
      </g>
    </g>
  );
}
