import { m } from 'framer-motion';
import type { Flight } from '../store/types';
import { keyColor } from './keyColor';
import type { Box } from './layoutStage';

/**
 * Something moving on the stage: a record flying from its producer to its cell, an
 * acknowledgement flying back to the producer, a follower's copy (a ring on its replica chip).
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
  const done = () => onLanded(flight.recordId);
  if (flight.kind === 'elect' || flight.kind === 'truncate') {
    // A new leader's chip flashes gold; a replica cutting records it must give up flashes red.
    const c = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
    return (
      <m.circle
        className={`flight flight-${flight.kind}`}
        data-testid="flight"
        data-kind={flight.kind}
        cx={c.x}
        cy={c.y}
        initial={{ r: 8, opacity: 1 }}
        animate={{ r: 30, opacity: 0 }}
        transition={{ duration: seconds * 2.5, ease: 'easeOut' }}
        onAnimationComplete={done}
      />
    );
  }
  if (flight.kind === 'retention') {
    return (
      <m.text
        className="flight-retention"
        data-testid="flight"
        data-kind="retention"
        x={to.x + 4}
        y={to.y + to.height / 2 + 4}
        initial={{ opacity: 1, x: to.x + 4 }}
        animate={{ opacity: 0, x: to.x - 30 }}
        transition={{ duration: seconds * 3, ease: 'easeIn' }}
        onAnimationComplete={done}
      >
        {`− ${flight.count ?? 0} (retention)`}
      </m.text>
    );
  }
  if (flight.kind === 'replicate') {
    const c = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
    return (
      <m.circle
        className="flight flight-replicate"
        data-testid="flight"
        data-kind="replicate"
        cx={c.x}
        cy={c.y}
        initial={{ r: 6, opacity: 0.9 }}
        animate={{ r: 20, opacity: 0 }}
        transition={{ duration: seconds, ease: 'easeOut' }}
        onAnimationComplete={done}
      />
    );
  }
  const ack = flight.kind === 'ack';
  if (flight.kind === 'process') {
    // The member's box glows while it works through what it fetched.
    return (
      <m.rect
        className="flight flight-process"
        data-testid="flight"
        data-kind="process"
        x={to.x}
        y={to.y}
        width={to.width}
        height={to.height}
        rx={6}
        initial={{ opacity: 0.55 }}
        animate={{ opacity: 0 }}
        transition={{ duration: seconds, ease: 'easeOut' }}
        onAnimationComplete={done}
      />
    );
  }
  if (flight.kind === 'commit') {
    return (
      <m.rect
        className="flight flight-commit"
        data-testid="flight"
        data-kind="commit"
        width={9}
        height={9}
        initial={{ x: from.x + from.width / 2, y: from.y }}
        animate={{ x: to.x + to.width / 2, y: to.y + to.height - 4 }}
        transition={{ duration: seconds * 1.3, ease: 'easeInOut' }}
        onAnimationComplete={done}
      />
    );
  }
  if (flight.kind === 'fetch') {
    return (
      <m.rect
        className="flight flight-fetch"
        data-testid="flight"
        data-kind="fetch"
        width={10}
        height={8}
        initial={{ x: from.x, y: from.y - 4 }}
        animate={{ x: to.x - 10, y: to.y + to.height / 2 - 4 }}
        transition={{ duration: seconds, ease: 'easeInOut' }}
        onAnimationComplete={done}
      />
    );
  }
  const start = ack
    ? { x: from.x, y: from.y + from.height / 2 }
    : { x: from.x + from.width, y: from.y + from.height / 2 };
  const end = ack
    ? { x: to.x + to.width, y: to.y + to.height / 2 }
    : { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  return (
    <m.circle
      className={ack ? 'flight flight-ack' : 'flight'}
      data-testid="flight"
      data-kind={flight.kind}
      r={ack ? 5 : 9}
      fill={ack ? undefined : keyColor(flight.key)}
      initial={{ cx: start.x, cy: start.y }}
      animate={{ cx: end.x, cy: end.y }}
      transition={{ duration: seconds, ease: 'easeInOut' }}
      onAnimationComplete={done}
    />
  );
}
