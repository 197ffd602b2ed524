// The terminal tabs' shells, living in the worker beside the engine they drive: what the page types
// arrives here, what the tools print goes back, and every engine event reaches every tab's jobs.
import type { SimEvent } from '../engine';
import { complete } from '../cli/complete';
import { InteractiveShell } from '../cli/interactive';
import { toolOptions } from '../cli/tools/toolOptions';
import type { WorldHandle } from '../cli/world';
import type { FromWorker, TerminalRequest } from '../protocol/messages';

export interface TerminalHostHooks {
  /** Drains the engine's events to the stage and back to every shell (after each command). */
  flush(): void;
  setSpeed(speed: number): number;
}

export class TerminalHost {
  private readonly shells = new Map<number, InteractiveShell>();
  private readonly backlog: (readonly SimEvent[])[] = [];
  private delivering = false;

  constructor(
    private readonly world: WorldHandle,
    private readonly seed: number,
    private send: (message: FromWorker) => void,
    private hooks: TerminalHostHooks,
  ) {}

  /** A lesson's replay runs with its own send and hooks; the page's take over when it is done. */
  attach(send: (message: FromWorker) => void, hooks: TerminalHostHooks): void {
    this.send = send;
    this.hooks = hooks;
  }

  /** Lines typed at a tab's prompt by a lesson's "Do it for me" (the tab opens if it must). */
  typeLines(tab: number, lines: readonly string[]): void {
    if (!this.shells.has(tab)) this.open(tab);
    for (const text of lines) this.receive({ type: 'terminal.line', tab, text });
  }

  receive(message: TerminalRequest): void {
    const { tab } = message;
    if (message.type === 'terminal.open') return this.open(tab);
    const shell = this.shells.get(tab);
    if (!shell) return this.send({ type: 'terminal.state', tab, state: 'closed' });
    switch (message.type) {
      case 'terminal.close':
        this.shells.delete(tab);
        shell.close();
        return this.send({ type: 'terminal.state', tab, state: 'closed' });
      case 'terminal.line':
        return shell.submit(message.text);
      case 'terminal.interrupt':
        return shell.interrupt();
      case 'terminal.eof':
        // Ctrl+D at a job that reads nothing (a consumer) does nothing, as in a terminal.
        if (!shell.endOfInput() && shell.current !== 'busy')
          this.send({
            type: 'terminal.output',
            tab,
            text: 'Use "exit" to close this terminal tab.\n',
            stream: 'stderr',
          });
        return;
      case 'terminal.complete': {
        const { start, candidates } = complete(
          message.textBeforeCursor,
          this.world.sim.snapshot({ recordsPerPartition: 0 }),
          toolOptions,
        );
        return this.send({ type: 'terminal.completion', tab, id: message.id, start, candidates });
      }
    }
  }

  onEvents(events: readonly SimEvent[]): void {
    // A shell may run its next command while hearing of events, and that command's events come
    // back here: they wait their turn, so every shell hears every event in order.
    this.backlog.push(events);
    if (this.delivering) return;
    this.delivering = true;
    for (let batch = this.backlog.shift(); batch; batch = this.backlog.shift())
      for (const shell of this.shells.values()) shell.onEvents(batch);
    this.delivering = false;
  }

  /** `sim brokers` or `sim mode` made a new world: jobs of the old one stop, in every tab. */
  worldReplaced(): void {
    this.endJobs(
      (shell) => shell.stopJobs(),
      '(kafkasim: a new cluster replaced the old one; the jobs of this tab stopped with it)\n',
    );
  }

  /**
   * Time was moved by the timeline: a tab's jobs are let go (but for clients still running at
   * the new moment), and a tab that lost any says so.
   */
  timeMoved(now: number): void {
    this.endJobs(
      (shell) => shell.detachJobs(),
      `\x1b[2m(kafkasim: time moved to ${(now / 1000).toFixed(3)} s; jobs of this tab were let go (their clients go on in the simulation), but for console clients already running then, which go on)\x1b[0m\n`,
    );
  }

  /** Ends every tab's jobs one way or the other; a tab that had any says why. */
  private endJobs(end: (shell: InteractiveShell) => boolean, why: string): void {
    this.backlog.length = 0;
    for (const [tab, shell] of this.shells)
      if (end(shell)) this.send({ type: 'terminal.output', tab, text: why, stream: 'stderr' });
  }

  /**
   * A new world (a lesson, the sandbox) takes over this one's tabs: their jobs stop with the old
   * world, and each tab gets a fresh shell on the new one, so the page's terminals go on.
   */
  handOverTo(next: TerminalHost, why: string): void {
    for (const [tab, shell] of this.shells) {
      shell.close();
      this.send({ type: 'terminal.output', tab, text: why, stream: 'stderr' });
      next.open(tab);
    }
    this.shells.clear();
  }

  /**
   * Tabs whose shells ran with no screen (a lesson's replay of its first steps): the first screen
   * to open one hears the banner and why the screen starts empty.
   */
  private readonly unseen = new Map<number, string>();

  markUnseen(why: string): void {
    for (const tab of this.shells.keys()) this.unseen.set(tab, why);
  }

  open(tab: number): void {
    const existing = this.shells.get(tab);
    const why = this.unseen.get(tab);
    if (existing && why !== undefined) {
      this.unseen.delete(tab);
      this.send({ type: 'terminal.output', tab, text: this.banner() + why, stream: 'stdout' });
    }
    // A view that mounts again (React's StrictMode does so) hears where its shell is.
    if (existing) return this.send({ type: 'terminal.state', tab, state: existing.current });
    const shell = new InteractiveShell(
      this.world,
      (text, stream) => this.send({ type: 'terminal.output', tab, text, stream }),
      // Each tab draws its own random numbers (console-consumer group ids), repeatably.
      this.seed + tab,
      {
        clear: () => this.send({ type: 'terminal.clear', tab }),
        exit: () => this.receive({ type: 'terminal.close', tab }),
        setSpeed: (speed) => this.hooks.setSpeed(speed),
      },
      () => this.hooks.flush(),
      (state, running) =>
        this.send({
          type: 'terminal.state',
          tab,
          state,
          ...(running === undefined ? {} : { running }),
        }),
    );
    this.shells.set(tab, shell);
    this.send({ type: 'terminal.output', tab, text: this.banner(), stream: 'stdout' });
    this.send({ type: 'terminal.state', tab, state: 'prompt' });
  }

  /** One dim line saying where this shell is: no real terminal says it, a learner needs it. */
  private banner(): string {
    const s = this.world.sim.snapshot({ recordsPerPartition: 0 });
    const first = s.brokers[0];
    const last = s.brokers.at(-1);
    // A big cluster is summed up: a hundred addresses would fill the screen.
    const brokers =
      s.brokers.length > 6 && first && last
        ? `${first.id}…${last.id} (${s.brokers.length}) at ${first.host}:${first.port}–${last.port}`
        : s.brokers.map((b) => `${b.id} at ${b.host}:${b.port}`).join(', ');
    const mode = s.mode === 'kraft' ? 'KRaft' : 'ZooKeeper';
    return `\x1b[2mKafka 3.9 tools on a simulated ${mode} cluster: broker${s.brokers.length === 1 ? '' : 's'} ${brokers}. Type help.\x1b[0m\n`;
  }
}
