// What a command line becomes: a job that may finish at once (kafka-topics) or run on in virtual
// time (a console consumer), printing as engine events arrive.
import type { SimEvent } from '../engine';

export type Stream = 'stdout' | 'stderr';
export type Output = (text: string, stream: Stream) => void;

export interface Job {
  readonly command: string;
  readonly done: boolean;
  readonly exitCode: number;
  /** New engine events since the last call. */
  onEvents(events: readonly SimEvent[]): void;
  /** Virtual time moved: timers (timeouts, sleep) may fire. */
  onTime(now: number): void;
  /** kill %N (graceful: SIGTERM) or kill -9 %N (crash: SIGKILL); Ctrl+C is a graceful stop. */
  stop(how: 'graceful' | 'kill'): void;
  /**
   * Time was rewound: whether the job may go on printing (a console consumer whose client still
   * runs at the new moment). Jobs without it are let go.
   */
  survivesRewind?(): boolean;
  /** Lines typed into a running job (the console producer reads them); false: its input is closed. */
  input?(text: string): boolean;
}

/** A command that did all its work when it ran. */
export function finished(command: string, exitCode: number): Job {
  return {
    command,
    done: true,
    exitCode,
    onEvents: () => {},
    onTime: () => {},
    stop: () => {},
  };
}
