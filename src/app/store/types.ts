// The app's state, in slices (zustand's slices pattern): sim, playback and ui.
import type { KeylessPartitioning, Result, SimEvent, WorldSnapshot } from '../../engine';

export interface LogEntry {
  readonly seq: number;
  readonly at: number;
  readonly type: SimEvent['type'];
  readonly text: string;
}

/** A record on its way to the cell it was appended at: drawn in flight, then landed. */
export interface Flight {
  readonly recordId: number;
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
  /** The newest narrated events, oldest first. */
  readonly log: readonly LogEntry[];
  /** Every engine event this page received, for the test hook and (later) the timeline. */
  readonly events: readonly SimEvent[];
  readonly fault: string | null;
  readonly produce: (input: ProduceInput) => Promise<Result<unknown>>;
  readonly createTopic: (input: CreateTopicInput) => Promise<Result<unknown>>;
}

export interface PlaybackSlice {
  readonly playing: boolean;
  readonly speed: number;
  readonly play: () => void;
  readonly pause: () => void;
  readonly togglePlay: () => void;
  readonly setSpeed: (speed: number) => void;
}

export interface UiSlice {
  readonly flights: readonly Flight[];
  /** 'reduced' when the user asks for less motion: records appear without flying. */
  readonly motion: 'full' | 'reduced';
  readonly landFlight: (recordId: number) => void;
  readonly setMotion: (motion: 'full' | 'reduced') => void;
}

export type AppState = SimSlice & PlaybackSlice & UiSlice;
