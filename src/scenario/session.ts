// A sandbox session as data: the seed, the cluster, and every command given with its virtual
// moment (the timeline's journal). Replaying it on a fresh world gives the same world, byte for
// byte, so it is what a shared link, an exported file and the autosave all carry.
import type { SimCommand } from '../engine';

export const SESSION_FORMAT = 'kafkasim-session';
export const SESSION_VERSION = 1;

export interface SessionAction {
  /** The virtual moment (ms) the command was given. */
  readonly at: number;
  readonly command: SimCommand;
  /**
   * false: given back to back with the command before, in the same millisecond, before the
   * tasks due then ran (a lesson's multi-command action). Absent means true.
   */
  readonly settled?: boolean;
}

export interface SessionCluster {
  readonly brokers: readonly number[];
  readonly mode: 'kraft' | 'zookeeper';
}

export interface Session {
  readonly format: typeof SESSION_FORMAT;
  readonly version: typeof SESSION_VERSION;
  /** What the author called it (shown, never interpreted). */
  readonly title?: string;
  readonly seed: number;
  readonly cluster: SessionCluster;
  /** In the order they were given; `at` never decreases. */
  readonly actions: readonly SessionAction[];
  /** The virtual moment the session shows. */
  readonly at: number;
  /**
   * Present when the moment is "right after a command, before the tasks due then ran" (a paused
   * sandbox just acted on): how many actions had been applied, so the replay stops exactly there.
   */
  readonly unsettled?: { readonly applied: number };
  /** How far time had run (at least `at`): the known future can be scrubbed to. */
  readonly horizon: number;
}
