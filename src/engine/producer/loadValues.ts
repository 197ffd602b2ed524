// What the load generator sends: the notes' examples, made from the record's number, its key's
// number and the virtual time alone, so a replay sends the same bytes.
import type { LoadValues } from '../commands';
import { isoAt } from '../virtualEpoch';

/** Every kind of value the load generator can send (setLoad checks against it). */
export const LOAD_VALUES: readonly LoadValues[] = ['order', 'gps', 'log', 'click'];

export const isLoadValues = (kind: string): kind is LoadValues =>
  (LOAD_VALUES as readonly string[]).includes(kind);

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

/** The pages a visitor clicks through (notes 001, "User Activity Tracking": page "home"). */
const PAGES = ['home', 'search', 'product', 'cart', 'checkout'] as const;

/**
 * The value of record `n` (0, 1, …). `keyIndex` is the number in its key (truck-3: 3), or null
 * for keyless records: it names the truck of a GPS report and the user of a click.
 */
export function loadValue(
  kind: LoadValues,
  n: number,
  keyIndex: number | null,
  now: number,
): string {
  // The notes' user ids are small numbers; orders, clicks and log lines share them.
  const user = (n * 7) % 50;
  switch (kind) {
    case 'gps': {
      const truck = keyIndex ?? n;
      const { lat, lon } = truckPosition(truck, now);
      return `{"truck_id":${truck},"lat":${lat},"lon":${lon}}`;
    }
    case 'click': {
      const who = keyIndex ?? user;
      // Spread by a hash of n, so each user (key) still visits every page, whatever the key count.
      const h = Math.imul(n, 0x9e3779b1) >>> 0;
      const event = h >>> 30 === 3 ? 'page_view' : 'click';
      const page = PAGES[(h >>> 16) % PAGES.length]!;
      return `{"user_id":${who},"event":"${event}","page":"${page}","timestamp":"${isoAt(now)}"}`;
    }
    case 'log': {
      const { level, message } = logLine(n, user);
      return `{"level":"${level}","message":"${message}","timestamp":"${isoAt(now)}"}`;
    }
    case 'order':
      return `{"order_id":${1000 + n},"user_id":${user},"status":"placed"}`;
  }
}

/** A backend's log (notes 001, "Log Aggregation": "User logged in"): mostly INFO, some WARN and ERROR. */
function logLine(n: number, user: number): { level: string; message: string } {
  if (n % 20 === 19) return { level: 'ERROR', message: `Payment failed for order ${1000 + n}` };
  if (n % 10 === 4)
    return { level: 'WARN', message: `Slow response from inventory: ${200 + ((n * 37) % 800)} ms` };
  switch (n % 4) {
    case 0:
      return { level: 'INFO', message: `User ${user} logged in` };
    case 1:
      return { level: 'INFO', message: `Order ${1000 + n} placed by user ${user}` };
    case 2:
      return { level: 'INFO', message: `User ${user} viewed the cart` };
    default:
      return { level: 'INFO', message: `User ${user} logged out` };
  }
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
