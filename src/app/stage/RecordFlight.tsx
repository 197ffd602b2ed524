import { motion } from 'framer-motion';
import type { Flight } from '../store/types';
import { keyColor } from './keyColor';
import type { Box } from './layoutStage';

/** A record travelling from the producer to the cell it was appended at. */
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
  const start = { x: from.x + from.width, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  return (
    <motion.circle
      className="flight"
      data-testid="flight"
      r={9}
      fill={keyColor(flight.key)}
      initial={{ cx: start.x, cy: start.y }}
      animate={{ cx: end.x, cy: end.y }}
      transition={{ duration: seconds, ease: 'easeInOut' }}
      onAnimationComplete={() => onLanded(flight.recordId)}
    />
  );
}
