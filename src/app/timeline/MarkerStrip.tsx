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

/** Which mark a crowded column shows: a failover's election matters more than its ISR shrink. */
const RANK: Record<TimelineMarker['kind'], number> = {
  broker: 0,
  election: 1,
  loss: 2,
  rebalance: 3,
  member: 4,
  isr: 5,
  topic: 6,
};

/** At most one tick per kind and half-pixel column; when crowded, the most telling kinds first. */
function thin(markers: readonly TimelineMarker[], end: number): TimelineMarker[] {
  const best = new Map<string, TimelineMarker>();
  for (const m of markers) {
    const key = `${Math.floor((m.at / end) * WIDTH * 0.5)}:${m.kind}`;
    if (!best.has(key)) best.set(key, m);
  }
  // Later ticks are drawn on top: draw the most telling kinds last.
  return [...best.values()].sort((a, b) => RANK[b.kind] - RANK[a.kind] || a.at - b.at);
}
