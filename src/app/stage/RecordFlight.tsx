import { animate } from 'framer-motion/dom/mini';
import { useEffect, useRef, useState } from 'react';
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

type Ease = 'easeOut' | 'easeIn' | 'easeInOut';
const move = (dx: number, dy: number) => ['translate(0px, 0px)', `translate(${dx}px, ${dy}px)`];

/**
 * Something happening on the stage, drawn for a moment: a record flying from its producer to its
 * cell, its acknowledgement flying back, a fetch flying to a member, a commit flying to the
 * coordinator, a member glowing as it processes, rings on replica chips, retention's label.
 * It moves by CSS transforms and opacity, which framer-motion's small animate runs on the
 * browser's own animation engine (WAAPI), off the main thread's render work.
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
  const ref = useRef<SVGElement>(null);
  // The flight is planned once, when it takes off: later frames move nothing under it.
  const [p] = useState(() => planOf(flight, from, to));
  const landed = useRef(onLanded);
  useEffect(() => {
    landed.current = onLanded;
  });
  useEffect(() => {
    const el = ref.current;
    // (No animation engine, as in jsdom: the flight stays until the store lets it go.)
    if (!el || typeof el.animate !== 'function') return;
    const { keyframes, slower, ease } = p;
    const controls = animate(el, keyframes, { duration: seconds * slower, ease });
    let live = true;
    void controls.then(() => {
      if (live) landed.current(flight.recordId);
    });
    return () => {
      live = false;
      controls.stop();
    };
    // Planned once per flight (see above).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flight.recordId]);
  const common = {
    className: `flight flight-${kind}`,
    'data-testid': 'flight',
    'data-kind': kind,
  };
  switch (p.shape) {
    case 'ring':
      return (
        <circle
          {...common}
          ref={ref as React.Ref<SVGCircleElement>}
          cx={p.at.x}
          cy={p.at.y}
          r={p.r}
          opacity={0}
          style={{ transformBox: 'fill-box', transformOrigin: 'center' }}
        />
      );
    case 'glow':
      return (
        <rect
          {...common}
          ref={ref as React.Ref<SVGRectElement>}
          x={to.x}
          y={to.y}
          width={to.width}
          height={to.height}
          rx={6}
          opacity={0}
        />
      );
    case 'label':
      return (
        <text {...common} ref={ref as React.Ref<SVGTextElement>} x={p.at.x} y={p.at.y} opacity={0}>
          {`− ${flight.count ?? 0} (retention)`}
        </text>
      );
    case 'square':
      return (
        <rect
          {...common}
          ref={ref as React.Ref<SVGRectElement>}
          x={p.at.x}
          y={p.at.y}
          width={p.size}
          height={p.size}
        />
      );
    case 'dot':
      return (
        <circle
          {...common}
          ref={ref as React.Ref<SVGCircleElement>}
          cx={p.at.x}
          cy={p.at.y}
          r={p.r}
          fill={p.fill}
        />
      );
  }
}

type Plan = {
  readonly keyframes: Record<string, (string | number)[]>;
  readonly slower: number;
  readonly ease: Ease;
} & (
  | { readonly shape: 'ring'; readonly at: Point; readonly r: number }
  | { readonly shape: 'glow' }
  | { readonly shape: 'label'; readonly at: Point }
  | { readonly shape: 'square'; readonly at: Point; readonly size: number }
  | { readonly shape: 'dot'; readonly at: Point; readonly r: number; readonly fill?: string }
);

function planOf(flight: Flight, from: Box, to: Box): Plan {
  const { kind } = flight;
  switch (kind) {
    case 'replicate':
    case 'elect':
    case 'truncate': {
      const ring = RINGS[kind];
      return {
        shape: 'ring',
        at: centre(to),
        r: ring.r[1],
        keyframes: {
          transform: [`scale(${ring.r[0] / ring.r[1]})`, 'scale(1)'],
          opacity: [ring.opacity, 0],
        },
        slower: ring.slower,
        ease: 'easeOut',
      };
    }
    case 'process':
      return { shape: 'glow', keyframes: { opacity: [0.55, 0] }, slower: 1, ease: 'easeOut' };
    case 'retention':
      return {
        shape: 'label',
        at: { x: to.x + 4, y: to.y + to.height / 2 + 4 },
        keyframes: { transform: move(-34, 0), opacity: [1, 0] },
        slower: 3,
        ease: 'easeIn',
      };
    case 'fetch':
    case 'commit': {
      // A small square: from the strip's end to the member, or from the member to its coordinator.
      const fetch = kind === 'fetch';
      const size = fetch ? 8 : 9;
      const start = fetch ? { x: from.x, y: from.y } : { x: from.x + from.width / 2, y: from.y };
      const end = fetch
        ? { x: to.x - 10, y: to.y + to.height / 2 }
        : { x: to.x + to.width / 2, y: to.y + to.height };
      return {
        shape: 'square',
        at: { x: start.x, y: start.y - size / 2 },
        size,
        keyframes: { transform: move(end.x - start.x, end.y - start.y) },
        slower: fetch ? 1 : 1.3,
        ease: 'easeInOut',
      };
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
      return {
        shape: 'dot',
        at: start,
        r: ack ? 5 : 9,
        ...(ack ? {} : { fill: keyColor(flight.key) }),
        keyframes: { transform: move(end.x - start.x, end.y - start.y) },
        slower: 1,
        ease: 'easeInOut',
      };
    }
  }
}
