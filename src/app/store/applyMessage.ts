// Folds what the worker says into the store. Pure: state and message in, changes out.
import type { SimEvent } from '../../engine';
import type { FromWorker, TimelineUpdate } from '../../protocol/messages';
import { recordStep } from '../lessons/progress';
import { describeEvent } from '../narration/describeEvent';
import type { AppState, Flight, LogEntry } from './types';

export const LOG_LIMIT = 200;
export const EVENT_LIMIT = 5000;
/** Past this many records in the air, new ones land at once: the stage stays readable and fast. */
export const FLIGHT_BUDGET = 24;
/** Two hours of chart samples; the charts show a window of them. */
export const SAMPLE_LIMIT = 7200;

export function applyMessage(state: AppState, message: FromWorker): Partial<AppState> {
  switch (message.type) {
    case 'ready':
      return {
        status: 'ready',
        snapshot: message.snapshot,
        now: message.snapshot.now,
        events: message.events.slice(-EVENT_LIMIT),
        log: message.events.map(toEntry).slice(-LOG_LIMIT),
        flights: [],
        fault: null,
        samples: message.timeline.samples.slice(-SAMPLE_LIMIT),
        markers: message.timeline.markers,
        horizon: message.timeline.horizon,
        selection: null,
      };
    case 'seeked': {
      // Forget what has not happened yet at the new moment; fill in what led up to it.
      const kept = state.events.filter((e) => e.seq < message.nextSeq);
      const lastKept = kept.at(-1)?.seq ?? -1;
      const events = [...kept, ...message.replayed.filter((e) => e.seq > lastKept)].slice(
        -EVENT_LIMIT,
      );
      return {
        snapshot: message.snapshot,
        now: message.now,
        events,
        log: events.slice(-LOG_LIMIT).map(toEntry),
        flights: [],
        ...timelinePart(state, message.timeline),
      };
    }
    case 'frame': {
      const timeline = timelinePart(state, message.timeline);
      const snapshot = message.snapshot ?? state.snapshot;
      if (message.events.length === 0) return { snapshot, now: message.now, ...timeline };
      const flights = state.motion === 'full' ? newFlights(state, message.events) : [];
      return {
        snapshot,
        now: message.now,
        events: [...state.events, ...message.events].slice(-EVENT_LIMIT),
        log: [...state.log, ...message.events.map(toEntry)].slice(-LOG_LIMIT),
        flights: flights.length > 0 ? [...state.flights, ...flights] : state.flights,
        ...timeline,
      };
    }
    case 'lesson.state': {
      const status = message.status;
      if (!status) return { lessonStatus: null, lesson: null, scene: null };
      const pending = state.pendingLesson;
      const lesson = pending?.id === status.lessonId ? pending : state.lesson;
      const moved = status.step !== state.lessonStatus?.step || lesson !== state.lesson;
      return {
        lesson,
        pendingLesson: pending === lesson ? null : pending,
        lessonStatus: status,
        ...(moved ? { prediction: null } : {}),
        ...(lesson
          ? {
              progress: recordStep(
                state.progress,
                status.lessonId,
                status.step,
                status.done,
                lesson.steps.length,
              ),
            }
          : {}),
      };
    }
    case 'lesson.scene':
      return { scene: message.scene };
    case 'lesson.failed':
      return { lessonError: message.message, pendingLesson: null };
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

/** What moves this frame, within the budget (past it, things just happen in place). */
function newFlights(state: AppState, events: readonly SimEvent[]): Flight[] {
  const flights: Flight[] = [];
  const room = () => state.flights.length + flights.length < FLIGHT_BUDGET;
  const producers = new Map<number, string>();
  for (const e of events) {
    if (e.type === 'record.sent') producers.set(e.recordId, e.producer);
    else if (e.type === 'records.appended') {
      for (const r of e.records) {
        if (!room()) break;
        flights.push({
          kind: 'produce',
          recordId: r.recordId,
          topic: e.topic,
          partition: e.partition,
          offset: r.offset,
          key: r.key,
          ...(producers.has(r.recordId) ? { producer: producers.get(r.recordId)! } : {}),
        });
      }
    } else if (e.type === 'records.acknowledged' && room()) {
      flights.push({
        kind: 'ack',
        recordId: -e.seq - 1,
        topic: e.topic,
        partition: e.partition,
        offset: e.baseOffset,
        key: null,
        producer: e.producer,
      });
    } else if (
      (e.type === 'records.processed' || (e.type === 'records.fetched' && e.count > 0)) &&
      room() &&
      !e.topic.startsWith('__')
    ) {
      // A fetch flies to its member; processing glows on it.
      flights.push({
        kind: e.type === 'records.fetched' ? 'fetch' : 'process',
        recordId: -e.seq - 1,
        topic: e.topic,
        partition: e.partition,
        offset: e.fromOffset,
        key: null,
        consumer: e.consumer,
        count: e.count,
      });
    } else if (e.type === 'offsets.committed' && e.offsets.length > 0) {
      // Every few seconds per member: always shown, past the budget too.
      const first = e.offsets[0]!;
      flights.push({
        kind: 'commit',
        recordId: -e.seq - 1,
        topic: first.topic,
        partition: first.partition,
        offset: first.offset,
        key: null,
        consumer: e.consumer,
      });
    } else if (
      (e.type === 'leader.elected' ||
        e.type === 'records.truncated' ||
        e.type === 'segment.deleted') &&
      !e.topic.startsWith('__')
    ) {
      // Rare and important: these get a place even past the budget.
      const base = { recordId: -e.seq - 1, topic: e.topic, partition: e.partition, key: null };
      if (e.type === 'leader.elected' && e.leader !== null && e.previous !== null)
        flights.push({ ...base, kind: 'elect', offset: 0, broker: e.leader });
      else if (e.type === 'records.truncated')
        flights.push({
          ...base,
          kind: 'truncate',
          offset: e.fromOffset,
          broker: e.broker,
          count: e.records.length,
        });
      else if (e.type === 'segment.deleted')
        flights.push({ ...base, kind: 'retention', offset: e.lastOffset, count: e.records });
    } else if (e.type === 'records.replicated' && room() && !e.topic.startsWith('__')) {
      flights.push({
        kind: 'replicate',
        recordId: -e.seq - 1,
        topic: e.topic,
        partition: e.partition,
        offset: e.fromOffset,
        key: null,
        broker: e.broker,
      });
    }
  }
  return flights;
}

function timelinePart(
  state: AppState,
  update: TimelineUpdate,
): Pick<AppState, 'markers' | 'horizon' | 'samples'> {
  // Both lists reach the horizon (the known future too); views show what is at or before now.
  const markers = update.markers.length > 0 ? [...state.markers, ...update.markers] : state.markers;
  const samples =
    update.samples.length > 0
      ? [...state.samples, ...update.samples].slice(-SAMPLE_LIMIT)
      : state.samples;
  // After a fork the worker's horizon comes back down to now: what lay beyond it is gone.
  const forked = update.horizon < state.horizon;
  return {
    markers: forked ? markers.filter((m) => m.at <= update.horizon) : markers,
    samples: forked ? samples.filter((s) => s.at <= update.horizon) : samples,
    horizon: update.horizon,
  };
}

function toEntry(event: SimEvent): LogEntry {
  return { seq: event.seq, at: event.at, type: event.type, text: describeEvent(event) };
}
