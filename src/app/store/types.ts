// The app's state, in slices (zustand's slices pattern): sim, playback and ui.
import type {
  KeylessPartitioning,
  MetricsSample,
  Result,
  SimCommand,
  SimEvent,
  TimelineMarker,
  WorldSnapshot,
} from '../../engine';
import type { Lesson } from '../../lessons/format/schema';
import type { SceneData } from '../../lessons/play/sceneData';
import type { LessonStatus } from '../../protocol/messages';
import type { Progress } from '../lessons/progress';
import type { Session } from '../../scenario/session';

export interface LogEntry {
  readonly seq: number;
  readonly at: number;
  readonly type: SimEvent['type'];
  readonly text: string;
}

/**
 * Something moving on the stage, then gone: a record flying from its producer to the leader's
 * cell ('produce'), an acknowledgement flying back ('ack'), a follower copying ('replicate'), a
 * consumer's fetch flying to it ('fetch'), the member working through it ('process'), its commit flying to the group's coordinator
 * ('commit'), a new leader's chip flashing ('elect'), a replica
 * cutting records it must give up ('truncate'), retention deleting a segment ('retention').
 */
export interface Flight {
  readonly kind:
    | 'produce'
    | 'ack'
    | 'replicate'
    | 'fetch'
    | 'process'
    | 'commit'
    | 'elect'
    | 'truncate'
    | 'retention';
  /** The record (produce), or a unique negative id (everything else). */
  readonly recordId: number;
  readonly producer?: string;
  readonly broker?: number;
  /** The consumer (engine client name) a fetch goes to. */
  readonly consumer?: string;
  /** Records involved (a fetch, a truncation, a deleted segment). */
  readonly count?: number;
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly key: string | null;
}

export interface ProduceInput {
  readonly topic: string;
  readonly key: string | null;
  readonly value: string;
  /** How a keyless record finds its partition: each choice is its own producer in the scenario. */
  readonly keyless: KeylessPartitioning;
}

export interface CreateTopicInput {
  readonly topic: string;
  readonly partitions: number;
}

export interface SimSlice {
  readonly status: 'starting' | 'ready';
  readonly snapshot: WorldSnapshot | null;
  /** Virtual time now (frames carry it every time; a snapshot only when something happened). */
  readonly now: number;
  /** The newest narrated events, oldest first. */
  readonly log: readonly LogEntry[];
  /** Every engine event this page received, for the test hook and (later) the timeline. */
  readonly events: readonly SimEvent[];
  readonly fault: string | null;
  readonly produce: (input: ProduceInput) => Promise<Result<unknown>>;
  readonly createTopic: (input: CreateTopicInput) => Promise<Result<unknown>>;
  /** Any engine command (faults, load): recorded on the timeline like everything else. */
  readonly run: (command: SimCommand) => Promise<Result<unknown>>;
  /** A fresh world with these brokers, metadata mode and seed (the sandbox's topics go). */
  readonly newCluster: (cluster: {
    brokers: readonly number[];
    mode: 'kraft' | 'zookeeper';
    seed: number;
  }) => void;
}

export interface PlaybackSlice {
  readonly playing: boolean;
  readonly speed: number;
  /** Chart samples, one per virtual second, up to the horizon (charts show those up to now). */
  readonly samples: readonly MetricsSample[];
  /** Marks on the timeline (crashes, elections, rebalances…), also past now after a rewind. */
  readonly markers: readonly TimelineMarker[];
  /** How far the session has reached: the timeline scrubs from 0 to here. */
  readonly horizon: number;
  readonly play: () => void;
  readonly pause: () => void;
  readonly togglePlay: () => void;
  readonly setSpeed: (speed: number) => void;
  readonly seek: (at: number) => void;
  /** Pause and run to the next moment something happens. */
  readonly stepForward: () => void;
  /** Pause and go back to the previous moment something happened. */
  readonly stepBack: () => void;
}

/** What the inspector shows: whatever the user clicked or focused last. */
export type Selection =
  | { readonly kind: 'broker'; readonly broker: number }
  | { readonly kind: 'partition'; readonly topic: string; readonly partition: number }
  | {
      readonly kind: 'record';
      readonly topic: string;
      readonly partition: number;
      readonly offset: number;
      readonly recordId: number;
    }
  | { readonly kind: 'group'; readonly group: string }
  | { readonly kind: 'producer'; readonly producer: string }
  | { readonly kind: 'controller' };

export type Theme = 'light' | 'dark';

export interface UiSlice {
  readonly flights: readonly Flight[];
  readonly selection: Selection | null;
  readonly theme: Theme;
  /** Topics drawn as one summary line instead of a row per partition. */
  readonly collapsed: readonly string[];
  /** Draw __consumer_offsets too (it is hidden unless asked for). */
  readonly showInternal: boolean;
  readonly select: (selection: Selection | null) => void;
  readonly setTheme: (theme: Theme) => void;
  readonly toggleCollapsed: (topic: string) => void;
  readonly setShowInternal: (show: boolean) => void;
  /** 'reduced' when the user asks for less motion: records appear without flying. */
  readonly motion: 'full' | 'reduced';
  readonly landFlight: (recordId: number) => void;
  readonly setMotion: (motion: 'full' | 'reduced') => void;
  /** Presenter mode: large type, high contrast, a strong focus highlight (kept across reloads). */
  readonly presenter: boolean;
  readonly setPresenter: (on: boolean) => void;
}

/** A request to type lines at a terminal tab ("Do it for me" on a terminal step). */
export interface TypingRequest {
  readonly id: number;
  readonly tab: number;
  readonly lines: readonly string[];
}

export interface LessonSlice {
  /** The lesson being played, or null in the sandbox. */
  readonly lesson: Lesson | null;
  /** A lesson asked of the worker, not yet started: it becomes `lesson` when the worker says so. */
  readonly pendingLesson: Lesson | null;
  /** Its step and whether the step's condition is met (the worker decides). */
  readonly lessonStatus: LessonStatus | null;
  readonly scene: SceneData | null;
  /** Why a lesson could not be loaded or started: the current world is kept. */
  readonly lessonError: string | null;
  /** The learner's guess for the current step's question (null: none yet). */
  readonly prediction: number | null;
  readonly typing: TypingRequest | null;
  readonly progress: Progress;
  readonly indexOpen: boolean;
  readonly openLesson: (id: string, step: number | null) => Promise<void>;
  readonly startLesson: (lesson: Lesson, step: number) => void;
  readonly doIt: () => void;
  readonly nextStep: () => void;
  readonly backStep: () => void;
  readonly restartStep: () => void;
  readonly exitLesson: () => void;
  readonly predict: (choice: number) => void;
  /** The terminal typed request `id`: it is not typed again (a tab opened later). */
  readonly typed: (id: number) => void;
  readonly setIndexOpen: (open: boolean) => void;
}

/** A message about the session as a whole (a link loaded, an import refused), until dismissed. */
export interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

export interface SessionSlice {
  readonly notice: Notice | null;
  /**
   * The world in the worker is the user's sandbox (restored, loaded, or started on purpose), not
   * the default one that shows while a save is read, nor a lesson's: only then is it autosaved.
   */
  readonly sandboxInPlace: boolean;
  readonly setNotice: (notice: Notice | null) => void;
  /** The sandbox as a session: seed, cluster and every command with its moment. */
  readonly saveSession: () => Promise<Session>;
  /** A shared link's code (after `#/s/`): loaded paused at its moment, or refused and told why. */
  readonly openLink: (code: string) => Promise<boolean>;
  /** A session file's text: loaded, or refused and told why. */
  readonly importText: (text: string, name: string) => Promise<boolean>;
  /** The autosaved sandbox if there is a usable one (`why` is said then), else a fresh sandbox. */
  readonly restoreSandbox: (why: string) => Promise<void>;
}

export type AppState = SimSlice & PlaybackSlice & UiSlice & LessonSlice & SessionSlice;
