// What the load generator sends: the notes' examples, made from the record's number and the
// virtual time alone, so a replay sends the same bytes.
import type { LoadValues } from '../commands';

/** Where the fleet drives: a ring road around a city centre (degrees). */
const CENTRE = { lat: 18.52, lon: 73.86 } as const;
const RADIUS = { lat: 0.06, lon: 0.09 } as const;
/** One lap of the ring takes a truck about 20 virtual minutes, each at its own pace. */
const LAP_MS = 20 * 60_000;

/** Where truck `truck` is at virtual time `now`: every truck on its own lap, at its own pace. */
export function truckPosition(truck: number, now: number): { lat: number; lon: number } {
  const pace = 1 + (truck % 3) * 0.25;
  const angle = (truck * 2.4 + (2 * Math.PI * now * pace) / LAP_MS) % (2 * Math.PI);
  const wobble = 0.15 * Math.sin(angle * 3 + truck);
  return {
    lat: round(CENTRE.lat + RADIUS.lat * (1 + wobble) * Math.sin(angle)),
    lon: round(CENTRE.lon + RADIUS.lon * (1 + wobble) * Math.cos(angle)),
  };
}

export function loadValue(kind: LoadValues, n: number, keyIndex: number, now: number): string {
  if (kind === 'gps') {
    const { lat, lon } = truckPosition(keyIndex, now);
    return `{"truck_id":${keyIndex},"lat":${lat},"lon":${lon}}`;
  }
  return `{"order_id":${1000 + n},"user_id":${(n * 7) % 50},"status":"placed"}`;
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
