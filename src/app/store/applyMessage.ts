// Folds what the worker says into the store. Pure: state and message in, changes out.
import type { SimEvent } from '../../engine';
import type { FromWorker } from '../../protocol/messages';
import { describeEvent } from '../narration/describeEvent';
import type { AppState, Flight, LogEntry } from './types';

export const LOG_LIMIT = 200;
export const EVENT_LIMIT = 5000;
/** Past this many records in the air, new ones land at once: the stage stays readable and fast. */
export const FLIGHT_BUDGET = 24;

export function applyMessage(state: AppState, message: FromWorker): Partial<AppState> {
  switch (message.type) {
    case 'ready':
      return {
        status: 'ready',
        snapshot: message.snapshot,
        events: message.events.slice(-EVENT_LIMIT),
        log: message.events.map(toEntry).slice(-LOG_LIMIT),
        flights: [],
        fault: null,
      };
    case 'frame': {
      if (message.events.length === 0) return { snapshot: message.snapshot };
      const flights: Flight[] = [];
      if (state.motion === 'full') {
        for (const e of message.events) {
          if (e.type !== 'records.appended') continue;
          for (const r of e.records) {
            if (state.flights.length + flights.length >= FLIGHT_BUDGET) break;
            flights.push({
              recordId: r.recordId,
              topic: e.topic,
              partition: e.partition,
              offset: r.offset,
              key: r.key,
            });
          }
        }
      }
      return {
        snapshot: message.snapshot,
        events: [...state.events, ...message.events].slice(-EVENT_LIMIT),
        log: [...state.log, ...message.events.map(toEntry)].slice(-LOG_LIMIT),
        flights: flights.length > 0 ? [...state.flights, ...flights] : state.flights,
      };
    }
    case 'playback':
      return { playing: message.playing, speed: message.speed };
    case 'fault':
      return { fault: message.message };
    case 'commandResult':
      return {};
    default:
      // The terminal's messages go to the terminal views, not the store.
      return {};
  }
}

function toEntry(event: SimEvent): LogEntry {
  return { seq: event.seq, at: event.at, type: event.type, text: describeEvent(event) };
}
