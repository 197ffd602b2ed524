// Hosts the engine: applies what the page asks, moves virtual time against wall time at the
// chosen speed, and sends one batch of events per frame. It never touches `self`, so tests drive
// it directly or over a MessageChannel, with wall times they choose.
import { simTime, type SimEvent } from '../engine';
import { createWorld, type WorldHandle } from '../cli/world';
import {
  MAX_SPEED,
  MIN_SPEED,
  type FromWorker,
  type Scenario,
  type ToWorker,
} from '../protocol/messages';
import { TerminalHost } from './terminalHost';

/** A long pause (a hidden tab, a breakpoint) must not become a jump of virtual time. */
const MAX_WALL_STEP_MS = 100;

export class SimHost {
  private world: WorldHandle | undefined;
  private terminals: TerminalHost | undefined;
  /** The engine the page last heard of from the start (a `ready`); `sim brokers` replaces it. */
  private announced: WorldHandle['sim'] | undefined;
  private playing = true;
  private speed = 1;
  private lastWall: number | undefined;
  private virtualCarry = 0;
  private unsent: SimEvent[] = [];

  constructor(private readonly send: (message: FromWorker) => void) {}

  receive(message: ToWorker): void {
    switch (message.type) {
      case 'init':
        return this.init(message.scenario);
      case 'command': {
        if (!this.world)
          return this.send({ type: 'fault', message: 'The simulation has not started.' });
        const result = this.world.sim.execute(message.command);
        this.flush();
        return this.send({ type: 'commandResult', id: message.id, result });
      }
      case 'play':
        this.playing = true;
        return this.announcePlayback();
      case 'pause':
        this.playing = false;
        return this.announcePlayback();
      case 'setSpeed':
        this.setSpeed(message.speed);
        return;
      default:
        if (!this.terminals)
          return this.send({ type: 'fault', message: 'The simulation has not started.' });
        return this.terminals.receive(message);
    }
  }

  private setSpeed(speed: number): number {
    if (Number.isFinite(speed)) this.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
    this.announcePlayback();
    return this.speed;
  }

  /** Hands new engine events to the terminals' jobs and queues them for the next frame. */
  private flush(): void {
    const world = this.world;
    if (!world) return;
    if (world.sim !== this.announced) {
      this.terminals?.worldReplaced();
      return this.announceWorld();
    }
    const events = world.sim.drainEvents();
    this.unsent.push(...events);
    this.terminals?.onEvents(events);
  }

  /** Called once per animation frame with the wall clock in milliseconds. */
  tick(wallNow: number): void {
    const sim = this.world?.sim;
    if (!sim) return;
    const elapsed =
      this.lastWall === undefined ? 0 : Math.min(MAX_WALL_STEP_MS, wallNow - this.lastWall);
    this.lastWall = wallNow;
    const before = sim.now;
    if (this.playing && elapsed > 0) {
      // Virtual time moves in whole milliseconds; the fraction is carried to the next frame.
      this.virtualCarry += elapsed * this.speed;
      const whole = Math.floor(this.virtualCarry);
      this.virtualCarry -= whole;
      if (whole > 0) sim.advanceTo(simTime(sim.now + whole));
    }
    this.flush();
    // A terminal command may have replaced the world meanwhile: the page has its `ready` already.
    if (this.world?.sim !== sim) return;
    if (this.unsent.length === 0 && sim.now === before) return;
    const events = this.unsent;
    this.unsent = [];
    this.send({ type: 'frame', now: sim.now, events, snapshot: sim.snapshot() });
  }

  private init(scenario: Scenario): void {
    const world = createWorld(scenario.seed, { brokers: scenario.brokers, mode: 'kraft' });
    for (const command of scenario.setup) {
      const result = world.sim.execute(command);
      if (!result.ok)
        this.send({ type: 'fault', message: `Scenario setup failed: ${result.error.message}` });
    }
    this.terminals?.closeAll();
    this.world = world;
    this.terminals = new TerminalHost(world, scenario.seed, this.send, {
      flush: () => this.flush(),
      setSpeed: (speed) => this.setSpeed(speed),
    });
    this.announceWorld();
    this.announcePlayback();
  }

  /** A new world (a scenario, or `sim brokers` in a terminal): the page starts over from it. */
  private announceWorld(): void {
    const sim = this.world?.sim;
    if (!sim) return;
    this.announced = sim;
    this.unsent = [];
    this.lastWall = undefined;
    this.virtualCarry = 0;
    this.send({ type: 'ready', snapshot: sim.snapshot(), events: sim.drainEvents() });
  }

  private announcePlayback(): void {
    this.send({ type: 'playback', playing: this.playing, speed: this.speed });
  }
}
