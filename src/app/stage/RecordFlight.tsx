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
