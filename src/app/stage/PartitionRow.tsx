import { OffsetCell } from './OffsetCell';
import type { PartitionLayout, ReaderLayout } from './layoutStage';

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
      {row.readers.map((r) => (
        <g
          key={r.group}
          className="reader"
          data-testid={`reader-${row.topic}-${row.id}-${r.group}`}
        >
          {r.marker && (
            <path d={`M ${r.marker.x} ${r.marker.y - 7} l 5 8 h -10 z`} className="commit-marker">
              <title>{`Group ${r.group} has committed offset ${r.committed ?? ''} on ${row.topic}-${row.id}: it reads on from there.`}</title>
            </path>
          )}
          <text x={strip.x + 4} y={r.textY} className="reader-text">
            {describeReader(r)}
          </text>
        </g>
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

/** "group g1 · console-consumer-2e5c… · committed 3 · lag 1" */
function describeReader(r: ReaderLayout): string {
  return [
    `group ${r.group}`,
    r.member ?? 'no member',
    r.committed === null ? 'nothing committed' : `committed ${r.committed}`,
    ...(r.lag === null ? [] : [`lag ${r.lag}`]),
  ].join(' · ');
}
