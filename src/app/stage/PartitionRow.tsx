import { memo } from 'react';
import { Focusable } from './Focusable';
import { OffsetCell } from './OffsetCell';
import { ReplicaChips } from './ReplicaChips';
import type { PartitionLayout, ReaderLayout } from './layoutPartition';

export const PartitionRow = memo(function PartitionRow({
  row,
  incoming,
  selectedOffset,
  lost,
}: {
  row: PartitionLayout;
  incoming: ReadonlySet<number>;
  selectedOffset: number | null;
  /** Records this partition lost to truncation or unclean election lately. */
  lost: number;
}) {
  const { label, strip, next } = row;
  const id = `${row.topic}-${row.id}`;
  const isr = `ISR [${row.isr.join(', ')}] of replicas [${row.replicaIds.join(', ')}]`;
  return (
    <g
      className="partition"
      data-testid={`partition-${id}`}
      data-leader={row.leader ?? 'none'}
      data-isr={row.isr.join(',')}
    >
      <Focusable
        className="partition-label"
        testId={`partition-label-${id}`}
        label={`Partition ${id}: ${row.leader === null ? 'no leader' : `leader broker ${row.leader}`}, ${isr}; log start ${row.logStartOffset}, high watermark ${row.highWatermark}, log end ${next.offset}`}
        selection={{ kind: 'partition', topic: row.topic, partition: row.id }}
      >
        <rect
          x={label.x - 4}
          y={label.y}
          width={label.width}
          height={label.height}
          rx={4}
          className="hit"
        />
        <text x={label.x} y={label.y + 16} className="partition-name">
          P{row.id}
        </text>
        <text x={label.x} y={label.y + 31} className="partition-detail">
          {row.leader === null ? 'offline' : `start ${row.logStartOffset}`}
        </text>
      </Focusable>
      <ReplicaChips replicas={row.replicas} testPrefix={`partition-${id}`} />
      <rect
        x={strip.x}
        y={strip.y}
        width={strip.width}
        height={strip.height}
        rx={6}
        className="strip"
      />
      {row.cells.map((cell) => (
        <OffsetCell
          key={cell.offset}
          cell={cell}
          topic={row.topic}
          partition={row.id}
          incoming={incoming.has(cell.recordId)}
          selected={selectedOffset === cell.offset}
        />
      ))}
      {row.hwX !== null && (
        <g className="hw" data-testid={`hw-${id}`}>
          <title>{`High watermark ${row.highWatermark}: consumers read below this line; records right of it are not yet on every ISR replica.`}</title>
          <line
            x1={row.hwX}
            x2={row.hwX}
            y1={strip.y - 2}
            y2={strip.y + strip.height + 2}
            className="hw-line"
          />
          <text x={row.hwX} y={strip.y - 3} textAnchor="middle" className="hw-text">
            HW
          </text>
        </g>
      )}
      {lost > 0 && (
        <text
          x={next.x + next.width + 6}
          y={next.y + 12}
          className="lost-text"
          data-testid={`lost-${id}`}
        >
          {lost} lost
        </text>
      )}
      {row.readers.map((r) => (
        <g key={r.group} className="reader" data-testid={`reader-${id}-${r.group}`}>
          {r.marker && (
            <path d={`M ${r.marker.x} ${r.marker.y - 7} l 5 8 h -10 z`} className="commit-marker">
              <title>{`Group ${r.group} has committed offset ${r.committed ?? ''} on ${id}: it reads on from there.`}</title>
            </path>
          )}
          <text x={strip.x + 4} y={r.textY} className="reader-text">
            {describeReader(r)}
          </text>
        </g>
      ))}
      <g className="next-slot" data-testid={`next-${id}`}>
        <title>{`The next record in ${id} will get offset ${next.offset} (the log end offset, LEO).`}</title>
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
});

/** "group g1 · console-consumer-2e5c… · committed 3 · lag 1" */
function describeReader(r: ReaderLayout): string {
  return [
    `group ${r.group}`,
    r.member ?? 'no member (paused)',
    r.committed === null ? 'nothing committed' : `committed ${r.committed}`,
    ...(r.lag === null ? [] : [`lag ${r.lag}`]),
  ].join(' · ');
}
