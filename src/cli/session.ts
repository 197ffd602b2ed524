// A shell session over the simulated world: it runs Kafka's tools, the `sim` commands and a few
// shell builtins (sleep, jobs, kill, echo, history, help, clear), keeps background jobs, and prints
// what a real terminal would. The headless runner and the in-app terminal both drive one of these.
import { createRng, seedState, type Rng, type SimEvent } from '../engine';
import { finished, type Job, type Output } from './job';
import type { ParsedCommand } from './shell/parseScript';
import { HELP } from './help';
import { commandName, runTool, toolName } from './tools/registry';
import type { WorldHandle } from './world';

/** What only the in-app terminal can do; the headless runner leaves these out. */
export interface TerminalHooks {
  /** `clear`: wipe the screen. */
  clear?(): void;
  /** `exit`: close this terminal tab. */
  exit?(): void;
  /** `sim speed X`: the app's playback speed; answers the speed actually set. */
  setSpeed?(speed: number): number;
}

interface JobEntry {
  readonly id: number;
  readonly job: Job;
  readonly source: string;
  reported: boolean;
}

export interface CommandContext {
  readonly world: WorldHandle;
  readonly out: Output;
  readonly stdin: string | null;
  /** Started with `&`: it runs on while later commands run. */
  readonly background: boolean;
  /** A fresh number each time (console-consumer group ids and the like draw from the world's seed). */
  readonly session: ShellSession;
}

export class ShellSession {
  private readonly jobs: JobEntry[] = [];
  private nextJobId = 1;
  private foreground: Job | null = null;
  /** Command lines as typed, for `history` (the terminal's arrow keys keep their own copy). */
  private readonly history: string[] = [];

  private readonly rng: Rng;

  constructor(
    readonly world: WorldHandle,
    private readonly out: Output,
    /** The headless runner (true) or the in-app terminal (false): foreground consumers differ. */
    readonly headless = true,
    seed = 1,
    readonly hooks: TerminalHooks = {},
  ) {
    this.rng = createRng(seedState(seed ^ 0x5eed));
  }

  /** A deterministic random integer in [0, bound) (console-consumer group ids and the like). */
  random(bound: number): number {
    return this.rng.nextInt(bound);
  }

  /** Runs a parsed command line; a foreground job must be driven (time advanced) until done. */
  run(command: ParsedCommand): Job {
    this.reportFinished();
    this.history.push(command.source);
    const job = this.dispatch(command);
    if (command.background && !job.done) {
      const entry = {
        id: this.nextJobId++,
        job,
        source: command.source.replace(/\s*&\s*$/, ''),
        reported: false,
      };
      this.jobs.push(entry);
      this.out(`[${entry.id}] ${4000 + entry.id}\n`, 'stdout');
    } else if (!job.done) this.foreground = job;
    return job;
  }

  /** The foreground job's tool (`kafka-console-consumer`, `sleep`), if one runs. */
  get foregroundCommand(): string | undefined {
    if (!this.busy) return undefined;
    return commandName(this.foreground?.command.trim().split(/\s+/)[0] ?? '');
  }

  get busy(): boolean {
    return this.foreground !== null && !this.foreground.done;
  }

  /** Every job hears of new engine events and of time passing. */
  onEvents(events: readonly SimEvent[]): void {
    for (const job of this.activeJobs()) job.onEvents(events);
    this.onTime(this.world.sim.now);
  }

  onTime(now: number): void {
    for (const job of this.activeJobs()) job.onTime(now);
    if (this.foreground?.done) this.foreground = null;
  }

  /** Ctrl+C: the foreground job stops gracefully (it may take a moment: a consumer's close()). */
  interrupt(): void {
    this.foreground?.stop('graceful');
    if (this.foreground?.done) this.foreground = null;
  }

  /** The terminal closes (SIGHUP): every job stops, as the JVM's shutdown hook would stop it. */
  stopAll(): boolean {
    const jobs = this.activeJobs();
    for (const job of jobs) job.stop('graceful');
    this.foreground = null;
    return jobs.length > 0;
  }

  /**
   * Time was rewound: the jobs' printed past no longer matches the world, so they are let go
   * without a word to the engine (their clients live on there, as the rewound world has them) —
   * except those whose client still runs at the new moment (a console consumer started before
   * it), which go on printing what it reads from then on. Says whether any job was let go.
   */
  detachAll(): boolean {
    const active = this.activeJobs();
    // Asked of finished jobs too: one killed in the dropped future runs again at the new moment.
    const kept = this.jobs.filter((entry) => entry.job.survivesRewind?.() === true);
    for (const entry of kept) entry.reported = false;
    const foreground = this.foreground?.survivesRewind?.() === true ? this.foreground : null;
    const any = active.some((job) => job !== foreground && !kept.some((e) => e.job === job));
    this.jobs.length = 0;
    this.jobs.push(...kept);
    this.foreground = foreground;
    return any;
  }

  /** Typed input for the foreground job (the console producer's lines). */
  input(text: string): boolean {
    return this.foreground?.input?.(text) ?? false;
  }

  private activeJobs(): Job[] {
    const all = this.jobs.filter((j) => !j.job.done).map((j) => j.job);
    if (this.foreground && !this.foreground.done) all.push(this.foreground);
    return all;
  }

  /** Like bash, finished background jobs are announced before the next command runs. */
  reportFinished(): void {
    for (const entry of this.jobs) {
      if (!entry.job.done || entry.reported) continue;
      entry.reported = true;
      this.out(`[${entry.id}]+  ${jobStatus(entry.job).padEnd(24)}${entry.source}\n`, 'stdout');
    }
  }

  private dispatch(command: ParsedCommand): Job {
    const [name, ...args] = command.argv;
    const source = command.source;
    const ctx: CommandContext = {
      world: this.world,
      out: this.out,
      stdin: command.stdin,
      background: command.background,
      session: this,
    };
    switch (name) {
      case undefined:
        return finished(source, 0);
      case 'sleep':
        return sleepJob(source, args[0], this.world, this.out);
      case 'jobs':
        for (const e of this.jobs.filter((j) => !j.job.done))
          this.out(`[${e.id}]+  ${'Running'.padEnd(24)}${e.source} &\n`, 'stdout');
        return finished(source, 0);
      case 'kill':
        return this.kill(args, source);
      case 'echo':
        this.out(args.join(' ') + '\n', 'stdout');
        return finished(source, 0);
      case 'history':
        this.history.forEach((line, i) =>
          this.out(`${String(i + 1).padStart(5)}  ${line}\n`, 'stdout'),
        );
        return finished(source, 0);
      case 'help':
        this.out(HELP, 'stdout');
        return finished(source, 0);
      case 'clear':
        this.hooks.clear?.();
        return finished(source, 0);
      case 'exit':
        this.hooks.exit?.();
        return finished(source, 0);
      case 'cd':
      case 'export':
        return finished(source, 0);
      default: {
        const tool = toolName(name);
        if (tool) return runTool(tool, args, ctx);
        this.out(`bash: ${name}: command not found\n`, 'stderr');
        return finished(source, 127);
      }
    }
  }

  private kill(args: readonly string[], source: string): Job {
    const signal = args[0] === '-9' ? 'kill' : 'graceful';
    const target = args[args.length - 1] ?? '';
    const match = /^%(\d+)$/.exec(target);
    const entry = match ? this.jobs.find((j) => j.id === Number(match[1])) : undefined;
    if (!entry || entry.job.done) {
      this.out(`bash: kill: ${target || '%'}: no such job\n`, 'stderr');
      return finished(source, 1);
    }
    entry.job.stop(signal);
    return finished(source, 0);
  }
}

function jobStatus(job: Job): string {
  if (job.exitCode === 137) return 'Killed';
  if (job.exitCode === 143) return 'Terminated';
  return job.exitCode === 0 ? 'Done' : `Exit ${job.exitCode}`;
}

/** `sleep S`: lets S seconds of virtual time pass. */
function sleepJob(source: string, arg: string | undefined, world: WorldHandle, out: Output): Job {
  const seconds = Number(arg);
  if (arg === undefined || !Number.isFinite(seconds) || seconds < 0) {
    out(`sleep: invalid time interval '${arg ?? ''}'\n`, 'stderr');
    return finished(source, 1);
  }
  const until = world.sim.now + seconds * 1000;
  let done = seconds === 0;
  return {
    command: source,
    get done() {
      return done;
    },
    exitCode: 0,
    onEvents: () => {},
    onTime: (now) => {
      if (now >= until) done = true;
    },
    stop: () => {
      done = true;
    },
  };
}
