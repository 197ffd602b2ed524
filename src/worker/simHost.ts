// Hosts the engine: applies what the page asks, moves virtual time against wall time at the
// chosen speed, and sends one batch of events per frame. It never touches `self`, so tests drive
// it directly or over a MessageChannel, with wall times they choose.
import { Simulation, simTime, type SimEvent } from '../engine';
import {
  MAX_SPEED,
  MIN_SPEED,
  type FromWorker,
  type Scenario,
  type ToWorker,
} from '../protocol/messages';

/** A long pause (a hidden tab, a breakpoint) must not become a jump of virtual time. */
const MAX_WALL_STEP_MS = 100;

export class SimHost {
  private sim: Simulation | undefined;
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
        if (!this.sim)
          return this.send({ type: 'fault', message: 'The simulation has not started.' });
        const result = this.sim.execute(message.command);
        this.unsent.push(...this.sim.drainEvents());
        return this.send({ type: 'commandResult', id: message.id, result });
      }
      case 'play':
        this.playing = true;
        return this.announcePlayback();
      case 'pause':
        this.playing = false;
        return this.announcePlayback();
      case 'setSpeed':
        if (Number.isFinite(message.speed))
          this.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, message.speed));
        return this.announcePlayback();
    }
  }

  /** Called once per animation frame with the wall clock in milliseconds. */
  tick(wallNow: number): void {
    const sim = this.sim;
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
    this.unsent.push(...sim.drainEvents());
    if (this.unsent.length === 0 && sim.now === before) return;
    const events = this.unsent;
    this.unsent = [];
    this.send({ type: 'frame', now: sim.now, events, snapshot: sim.snapshot() });
  }

  private init(scenario: Scenario): void {
    const sim = new Simulation({ seed: scenario.seed, brokers: scenario.brokers });
    for (const command of scenario.setup) {
      const result = sim.execute(command);
      if (!result.ok)
        this.send({ type: 'fault', message: `Scenario setup failed: ${result.error.message}` });
    }
    this.sim = sim;
    this.unsent = [];
    this.lastWall = undefined;
    this.virtualCarry = 0;
    this.send({ type: 'ready', snapshot: sim.snapshot(), events: sim.drainEvents() });
    this.announcePlayback();
  }

  private announcePlayback(): void {
    this.send({ type: 'playback', playing: this.playing, speed: this.speed });
  }
}
