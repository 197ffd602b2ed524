import { m } from 'framer-motion';
import type { Flight } from '../store/types';
import { keyColor } from './keyColor';
import type { Box } from './layoutStage';

type Point = { readonly x: number; readonly y: number };
const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Rings that grow and fade on a chip: a follower's copy, a new leader, a truncating replica. */
const RINGS = {
  replicate: { r: [6, 20], opacity: 0.9, slower: 1 },
  elect: { r: [8, 30], opacity: 1, slower: 2.5 },
  truncate: { r: [8, 30], opacity: 1, slower: 2.5 },
} as const;

/**
 * Something happening on the stage, drawn for a moment: a record flying from its producer to its
 * cell, its acknowledgement flying back, a fetch flying to a member, a commit flying to the
 * coordinator, a member glowing as it processes, rings on replica chips, retention's label.
 */
export function RecordFlight({
  flight,
  from,
  to,
  seconds,
  onLanded,
}: {
  flight: Flight;
  from: Box;
  to: Box;
  seconds: number;
  onLanded: (recordId: number) => void;
}) {
  const { kind } = flight;
  const common = {
    className: `flight flight-${kind}`,
    'data-testid': 'flight',
    'data-kind': kind,
    onAnimationComplete: () => onLanded(flight.recordId),
  };
  const over = (slower: number, ease: 'easeOut' | 'easeIn' | 'easeInOut') => ({
    duration: seconds * slower,
    ease,
  });
  switch (kind) {
    case 'replicate':
    case 'elect':
    case 'truncate': {
      const ring = RINGS[kind];
      const c = centre(to);
      return (
        <m.circle
          {...common}
          cx={c.x}
          cy={c.y}
          initial={{ r: ring.r[0], opacity: ring.opacity }}
          animate={{ r: ring.r[1], opacity: 0 }}
          transition={over(ring.slower, 'easeOut')}
        />
      );
    }
    case 'process':
      return (
        <m.rect
          {...common}
          x={to.x}
          y={to.y}
          width={to.width}
          height={to.height}
          rx={6}
          initial={{ opacity: 0.55 }}
          animate={{ opacity: 0 }}
          transition={over(1, 'easeOut')}
        />
      );
    case 'retention':
      return (
        <m.text
          {...common}
          y={to.y + to.height / 2 + 4}
          initial={{ opacity: 1, x: to.x + 4 }}
          animate={{ opacity: 0, x: to.x - 30 }}
          transition={over(3, 'easeIn')}
        >
          {`− ${flight.count ?? 0} (retention)`}
        </m.text>
      );
    case 'fetch':
    case 'commit': {
      // A small square: from the strip's end to the member, or from the member to its coordinator.
      const fetch = kind === 'fetch';
      const size = fetch ? 8 : 9;
      const start = fetch ? { x: from.x, y: from.y } : { x: from.x + from.width / 2, y: from.y };
      const end = fetch
        ? { x: to.x - 10, y: to.y + to.height / 2 }
        : { x: to.x + to.width / 2, y: to.y + to.height };
      return (
        <m.rect
          {...common}
          width={size}
          height={size}
          initial={{ x: start.x, y: start.y - size / 2 }}
          animate={{ x: end.x, y: end.y - size / 2 }}
          transition={over(fetch ? 1 : 1.3, 'easeInOut')}
        />
      );
    }
    case 'produce':
    case 'ack': {
      // A record leaves its producer's right side for its cell; an ack leaves the leader for the
      // producer's right side.
      const ack = kind === 'ack';
      const start = ack
        ? { x: from.x, y: centre(from).y }
        : { x: from.x + from.width, y: centre(from).y };
      const end = ack ? { x: to.x + to.width, y: centre(to).y } : centre(to);
      return (
        <m.circle
          {...common}
          r={ack ? 5 : 9}
          fill={ack ? undefined : keyColor(flight.key)}
          initial={{ cx: start.x, cy: start.y }}
          animate={{ cx: end.x, cy: end.y }}
          transition={over(1, 'easeInOut')}
        />
      );
    }
  }
}
