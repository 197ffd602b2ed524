// The session's marks above the scrubber: a tick per crash, election, rebalance… Clicking one
// goes there; the keyboard has [ and ] (previous and next mark) instead of a tab stop per mark.
import { useMemo } from 'react';
import type { TimelineMarker } from '../../engine';
import { formatSimTime } from '../narration/describeEvent';
import { useAppStore } from '../store/StoreContext';
import { MARKER_STYLE } from './markerStyle';

/** Past this many marks, neighbours closer than a pixel or two merge into one tick. */
const WIDTH = 1000;

export function MarkerStrip({ end, onSeek }: { end: number; onSeek: (at: number) => void }) {
  const markers = useAppStore((s) => s.markers);
  const ticks = useMemo(() => thin(markers, end), [markers, end]);
  return (
    <svg
      className="marker-strip"
      viewBox={`0 0 ${WIDTH} 14`}
      preserveAspectRatio="none"
      aria-hidden="true"
      data-testid="marker-strip"
    >
      {ticks.map((m) => (
        <rect
          key={m.seq}
          x={(m.at / end) * WIDTH - 1.5}
          y={1}
          width={3}
          height={12}
          fill={MARKER_STYLE[m.kind].color}
          className="marker-tick"
          data-kind={m.kind}
          onClick={() => onSeek(m.at)}
        >
          <title>{`${formatSimTime(m.at)}: ${m.label}`}</title>
        </rect>
      ))}
    </svg>
  );
}

/** One tick per pixel column at most: the first mark of each column wins. */
function thin(markers: readonly TimelineMarker[], end: number): TimelineMarker[] {
  const out: TimelineMarker[] = [];
  let lastColumn = -1;
  for (const m of markers) {
    const column = Math.floor((m.at / end) * WIDTH * 0.5);
    if (column === lastColumn) continue;
    lastColumn = column;
    out.push(m);
  }
  return out;
}
