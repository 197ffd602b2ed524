// The worker protocol: one tagged union each way, nothing else. Both sides import only this.
import type {
  MetricsSample,
  Result,
  SimCommand,
  SimEvent,
  SimTimeMs,
  TimelineMarker,
  WorldSnapshot,
} from '../engine';
import type { Lesson } from '../lessons/format/schema';
import type { SceneData } from '../lessons/play/sceneData';
import type { Session } from '../scenario/session';

/** How a world starts: its seed, its brokers and the commands that build it. */
export interface Scenario {
  readonly seed: number;
  readonly brokers: readonly number[];
  /** KRaft unless said. */
  readonly mode?: 'kraft' | 'zookeeper';
  readonly setup: readonly SimCommand[];
}

export type ToWorker =
  | { readonly type: 'init'; readonly scenario: Scenario }
  | { readonly type: 'command'; readonly id: number; readonly command: SimCommand }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'setSpeed'; readonly speed: number }
  /** Go to a virtual moment between 0 and the horizon (pauses, as scrubbing a video does). */
  | { readonly type: 'seek'; readonly at: number }
  /** Pause and run to the next moment something happens. */
  | { readonly type: 'step' }
  /** Run `ms` of virtual time at once, as fast as the engine goes (skip ahead). */
  | { readonly type: 'advance'; readonly ms: number }
  | TerminalRequest
  | LessonRequest
  | SessionRequest;

/**
 * A sandbox session as data (seed, cluster, every command with its moment): the page saves it
 * (autosave, a link, a file) and loads one, which replays it on a world of its own. A session
 * that cannot be replayed is refused and the current world is kept.
 */
export type SessionRequest =
  | { readonly type: 'session.save'; readonly id: number }
  | { readonly type: 'session.load'; readonly id: number; readonly session: Session };

export type SessionReply =
  | { readonly type: 'session.saved'; readonly id: number; readonly session: Session }
  | { readonly type: 'session.loaded'; readonly id: number; readonly error?: string };

/**
 * A lesson: the worker builds its world from the seed, replays the steps before `step` as "Do it
 * for me" would, and watches each step's condition. Back goes to the start of the step before.
 * A new scenario (`init`) ends the lesson.
 */
export type LessonRequest =
  | { readonly type: 'lesson.start'; readonly lesson: Lesson; readonly step: number }
  /** Do the current step's action in the worker (commands, or lines typed in a terminal tab). */
  | { readonly type: 'lesson.doIt' }
  | { readonly type: 'lesson.next' }
  | { readonly type: 'lesson.back' }
  /** Back to the moment the current step began (try it again). */
  | { readonly type: 'lesson.restartStep' };

/** Where the lesson stands: which step, and whether it is done (its condition met, or nothing to wait for). */
export interface LessonStatus {
  readonly lessonId: string;
  readonly step: number;
  readonly done: boolean;
}

export type LessonReply =
  | { readonly type: 'lesson.state'; readonly status: LessonStatus | null }
  /** What the lesson's scene draws, made from the engine's state (sent when it changes). */
  | { readonly type: 'lesson.scene'; readonly scene: SceneData }
  /** The lesson could not start (its setup or a replayed step failed): the old world is kept. */
  | { readonly type: 'lesson.failed'; readonly message: string };

/** What the timeline learnt since the last message: chart samples, markers, how far it reaches. */
export interface TimelineUpdate {
  readonly samples: readonly MetricsSample[];
  readonly markers: readonly TimelineMarker[];
  /** The furthest virtual moment reached; scrubbing goes up to here. */
  readonly horizon: SimTimeMs;
}

/** The in-app terminal: each tab is a shell in the worker, next to the engine it drives. */
export type TerminalRequest =
  | { readonly type: 'terminal.open'; readonly tab: number }
  | { readonly type: 'terminal.close'; readonly tab: number }
  /** A line ended with Enter: a command at the prompt, or stdin for the foreground job. */
  | { readonly type: 'terminal.line'; readonly tab: number; readonly text: string }
  | { readonly type: 'terminal.interrupt'; readonly tab: number }
  | { readonly type: 'terminal.eof'; readonly tab: number }
  | {
      readonly type: 'terminal.complete';
      readonly tab: number;
      readonly id: number;
      readonly textBeforeCursor: string;
    };

/** prompt: ready for a command; continue: the command goes on (open quote, here-document); busy: a job runs. */
export type TerminalState = 'prompt' | 'continue' | 'busy' | 'closed';

export type FromWorker =
  | {
      readonly type: 'ready';
      readonly snapshot: WorldSnapshot;
      readonly events: readonly SimEvent[];
      readonly timeline: TimelineUpdate;
    }
  | {
      /** Everything that happened since the last frame, sent at most once per animation frame. */
      readonly type: 'frame';
      readonly now: SimTimeMs;
      readonly events: readonly SimEvent[];
      /** Only when something happened since the last one: time alone changes nothing drawn. */
      readonly snapshot?: WorldSnapshot;
      readonly timeline: TimelineUpdate;
    }
  | {
      /**
       * Time was moved. Events from `nextSeq` on have not happened (yet); `replayed` are the last
       * ones before now; the timeline's samples are those remade on the way.
       */
      readonly type: 'seeked';
      readonly now: SimTimeMs;
      readonly nextSeq: number;
      readonly replayed: readonly SimEvent[];
      readonly snapshot: WorldSnapshot;
      readonly timeline: TimelineUpdate;
    }
  | { readonly type: 'commandResult'; readonly id: number; readonly result: Result<unknown> }
  | { readonly type: 'playback'; readonly playing: boolean; readonly speed: number }
  | { readonly type: 'fault'; readonly message: string }
  | TerminalReply
  | LessonReply
  | SessionReply;

export type TerminalReply =
  | {
      readonly type: 'terminal.output';
      readonly tab: number;
      readonly text: string;
      readonly stream: 'stdout' | 'stderr';
    }
  | {
      readonly type: 'terminal.state';
      readonly tab: number;
      readonly state: TerminalState;
      /** In a busy state, the tool running in the foreground. */
      readonly running?: string;
    }
  | { readonly type: 'terminal.clear'; readonly tab: number }
  | {
      readonly type: 'terminal.completion';
      readonly tab: number;
      readonly id: number;
      readonly start: number;
      readonly candidates: readonly string[];
    };

/** The playback speeds offered: virtual milliseconds per wall-clock millisecond. */
export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100] as const;
export const MIN_SPEED = SPEEDS[0];
export const MAX_SPEED = SPEEDS[SPEEDS.length - 1]!;

/** The part of a MessagePort or Worker that the protocol needs (as comlink's Endpoint). */
export interface Endpoint<In, Out> {
  postMessage(message: Out): void;
  addEventListener(type: 'message', listener: (event: { data: In }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: In }) => void): void;
}
