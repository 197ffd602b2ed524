// The terminal tabs' shells, living in the worker beside the engine they drive: what the page types
// arrives here, what the tools print goes back, and every engine event reaches every tab's jobs.
import type { SimEvent } from '../engine';
import { InteractiveShell } from '../cli/interactive';
import type { WorldHandle } from '../cli/world';
import type { FromWorker, TerminalRequest } from '../protocol/messages';

export interface TerminalHostHooks {
  /** Drains the engine's events to the stage and back to every shell (after each command). */
  flush(): void;
  setSpeed(speed: number): number;
}

export class TerminalHost {
  private readonly shells = new Map<number, InteractiveShell>();

  constructor(
    private readonly world: WorldHandle,
    private readonly seed: number,
    private readonly send: (message: FromWorker) => void,
    private readonly hooks: TerminalHostHooks,
  ) {}

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
        if (!shell.endOfInput())
          this.send({
            type: 'terminal.output',
            tab,
            text: 'Use "exit" to close this terminal tab.\n',
            stream: 'stderr',
          });
        return;
      case 'terminal.complete': {
        const { start, candidates } = shell.complete(
          message.textBeforeCursor,
          this.world.sim.snapshot({ recordsPerPartition: 0 }),
        );
        return this.send({ type: 'terminal.completion', tab, id: message.id, start, candidates });
      }
    }
  }

  onEvents(events: readonly SimEvent[]): void {
    for (const shell of this.shells.values()) shell.onEvents(events);
  }

  /** A new scenario: the old world's jobs stop with it. */
  closeAll(): void {
    for (const [tab, shell] of this.shells) {
      shell.close();
      this.send({ type: 'terminal.state', tab, state: 'closed' });
    }
    this.shells.clear();
  }

  private open(tab: number): void {
    const existing = this.shells.get(tab);
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
      (state) => this.send({ type: 'terminal.state', tab, state }),
    );
    this.shells.set(tab, shell);
    this.send({ type: 'terminal.output', tab, text: this.banner(), stream: 'stdout' });
    this.send({ type: 'terminal.state', tab, state: 'prompt' });
  }

  /** One dim line saying where this shell is: no real terminal says it, a learner needs it. */
  private banner(): string {
    const s = this.world.sim.snapshot({ recordsPerPartition: 0 });
    const brokers = s.brokers.map((b) => `${b.id} at ${b.host}:${b.port}`).join(', ');
    const mode = s.mode === 'kraft' ? 'KRaft' : 'ZooKeeper';
    return `\x1b[2mKafka 3.9 tools on a simulated ${mode} cluster: broker${s.brokers.length === 1 ? '' : 's'} ${brokers}. Type help.\x1b[0m\n`;
  }
}
