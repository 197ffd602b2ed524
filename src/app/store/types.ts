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
}

export type AppState = SimSlice & PlaybackSlice & UiSlice;
