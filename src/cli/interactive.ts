// The in-app terminal's shell, one per tab. Lines typed at the prompt become commands that run one
// after another (a pasted script waits for each foreground job); while a foreground job runs, typed
// lines are its stdin (the console producer reads them); Ctrl+C and Ctrl+D act as in a terminal.
import type { SimEvent } from '../engine';
import type { Output } from './job';
import { ShellSession, type TerminalHooks } from './session';
import { parseScript, type ParsedCommand } from './shell/parseScript';
import type { WorldHandle } from './world';

/** What the terminal should show next: a prompt, a continuation prompt, or nothing (a job runs). */
export type ShellState = 'prompt' | 'continue' | 'busy';

export class InteractiveShell {
  readonly session: ShellSession;
  /** A command still being typed over several lines (an open quote, a here-document). */
  private pendingText = '';
  private readonly queue: ParsedCommand[] = [];
  /** Lines typed while a job that reads no input ran: the shell reads them when it is back. */
  private readonly typedAhead: string[] = [];
  private state: ShellState = 'prompt';
  private running: string | undefined;
  /** Running queued commands: events that arrive meanwhile must not start the queue again. */
  private pumping = false;
  private closed = false;

  constructor(
    world: WorldHandle,
    private readonly out: Output,
    seed: number,
    hooks: TerminalHooks,
    /** Called after each command, so the host hands its events to every shell and the stage. */
    private readonly afterCommand: () => void,
    /** The state, and in a busy one what runs in the foreground (a tab's title names it). */
    private readonly onState: (state: ShellState, running?: string) => void,
  ) {
    this.session = new ShellSession(world, out, false, seed, hooks);
  }

  get current(): ShellState {
    return this.state;
  }

  /** A line the user typed and ended with Enter. */
  submit(line: string): void {
    if (this.session.busy) {
      // A job that reads its input (the console producer) gets the line; otherwise, as a tty
      // keeps what is typed for the shell, it waits and runs once the prompt is back.
      if (!this.session.input(line + '\n')) this.typedAhead.push(line);
      return;
    }
    this.read(line);
    this.pump();
  }

  /** Reads a line as (part of) a command: queued to run, or kept until the command is complete. */
  private read(line: string): void {
    const text = this.pendingText === '' ? line : `${this.pendingText}\n${line}`;
    const parsed = endsWithContinuation(text) ? null : parseScript(text);
    if (parsed === null || (!parsed.ok && parsed.incomplete)) {
      this.pendingText = text;
      return;
    }
    this.pendingText = '';
    if (!parsed.ok) this.out(`bash: ${parsed.error}\n`, 'stderr');
    else this.queue.push(...parsed.commands);
  }

  /** Ctrl+C: stops the foreground job, drops what was queued, typed ahead or half typed. */
  interrupt(): void {
    this.queue.length = 0;
    this.typedAhead.length = 0;
    this.pendingText = '';
    this.session.interrupt();
    this.afterCommand();
    this.pump();
  }

  /** Ctrl+D: end of input for the foreground job (the producer flushes and exits). */
  endOfInput(): boolean {
    return this.session.input('\u0004');
  }

  /** The world moved on: jobs print what arrived; a finished foreground job frees the prompt. */
  onEvents(events: readonly SimEvent[]): void {
    this.session.onEvents(events);
    if (!this.pumping && this.state === 'busy' && !this.session.busy) this.pump();
  }

  /** Stops every job of this tab (their world is gone); says whether any was running. */
  stopJobs(): boolean {
    const any = this.session.stopAll();
    this.queue.length = 0;
    this.typedAhead.length = 0;
    return any;
  }

  /** Time moved (a seek): the jobs are let go and the prompt comes back; says whether any ran. */
  detachJobs(): boolean {
    const any = this.session.detachAll();
    this.queue.length = 0;
    this.typedAhead.length = 0;
    this.pendingText = '';
    if (any) this.pump();
    return any;
  }

  /** The tab closes: its jobs stop as the terminal window closing would stop them (SIGHUP). */
  close(): void {
    this.closed = true;
    this.stopJobs();
    this.afterCommand();
  }

  /** Runs queued commands, then lines typed ahead, until one keeps running in the foreground. */
  private pump(): void {
    this.pumping = true;
    while (!this.session.busy) {
      const next = this.queue.shift();
      if (next) {
        this.session.run(next);
        this.afterCommand();
        continue;
      }
      const line = this.typedAhead.shift();
      if (line === undefined) break;
      this.read(line);
    }
    this.pumping = false;
    this.setState(this.session.busy ? 'busy' : this.pendingText ? 'continue' : 'prompt');
  }

  private setState(state: ShellState): void {
    if (this.closed) return;
    const running = state === 'busy' ? this.session.foregroundCommand : undefined;
    // A prompt is offered after every line (the page waits for it); busy is said once per job.
    if (state === 'busy' && this.state === 'busy' && running === this.running) return;
    this.state = state;
    this.running = running;
    this.onState(state, running);
  }
}

/** An odd number of trailing backslashes continues the line, as in bash. */
function endsWithContinuation(text: string): boolean {
  const trailing = /\\*$/.exec(text)?.[0].length ?? 0;
  return trailing % 2 === 1;
}
