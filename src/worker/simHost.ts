// Hosts the engine: applies what the page asks, moves virtual time against wall time at the
// chosen speed, and sends one batch of events per frame. It never touches `self`, so tests drive
// it directly or over a MessageChannel, with wall times they choose.
import { simTime, type SeekResult, type SimEvent } from '../engine';
import { createWorld, type WorldHandle } from '../cli/world';
import {
  MAX_SPEED,
  MIN_SPEED,
  type FromWorker,
  type Scenario,
  type ToWorker,
} from '../protocol/messages';
import type { Lesson } from '../lessons/format/schema';
import type { LessonHost } from './lessonHost';
import { replayLesson } from './lessonHost';
import { sessionOf, worldOf } from './sessionWorld';
import type { Session } from '../scenario/session';
import { TerminalHost } from './terminalHost';

/** The stage shows about 20 cells a row: the snapshot carries a few more, not the whole log. */
const SNAPSHOT = { recordsPerPartition: 24 } as const;

/**
 * Frames go to the page at most this often (~30 a second): each costs the page a render, and
 * flights animate on their own between frames. Time still moves every tick.
 */
const MIN_FRAME_GAP_MS = 30;

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
  private lastFrameWall = -Infinity;
  private frameOwed = false;
  private virtualCarry = 0;
  private unsent: SimEvent[] = [];
  /** The page's snapshot is older than a change no event told of (a command that emitted none). */
  private stale = false;
  private lesson: LessonHost | undefined;

  constructor(private readonly send: (message: FromWorker) => void) {}

  receive(message: ToWorker): void {
    switch (message.type) {
      case 'init':
        return this.init(message.scenario);
      case 'command': {
        if (!this.world)
          return this.send({ type: 'fault', message: 'The simulation has not started.' });
        const result = this.world.sim.execute(message.command);
        this.stale = true;
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
      case 'seek':
        return this.seek(message.at);
      case 'step':
        return this.step();
      case 'advance':
        return this.skipAhead(message.ms);
      case 'lesson.start':
        return this.startLesson(message.lesson, message.step);
      case 'lesson.doIt': {
        const refused = this.lesson?.doIt();
        if (refused) this.send({ type: 'fault', message: refused });
        this.flushStale();
        return this.lesson?.report();
      }
      case 'lesson.next':
        return this.goToStep(this.lesson?.status.done ? this.lesson.status.step + 1 : -1);
      case 'lesson.back':
        return this.goToStep(Math.max(0, (this.lesson?.status.step ?? 0) - 1));
      case 'lesson.restartStep':
        return this.goToStep(this.lesson?.status.step ?? -1);
      case 'session.save':
        if (!this.world)
          return this.send({ type: 'fault', message: 'The simulation has not started.' });
        this.flush();
        return this.send({ type: 'session.saved', id: message.id, session: sessionOf(this.world) });
      case 'session.load':
        return this.loadSession(message.id, message.session);
      default:
        if (!this.terminals)
          return this.send({ type: 'fault', message: 'The simulation has not started.' });
        return this.terminals.receive(message);
    }
  }

  /** Pauses and moves to `at`; the page starts over from the moment it gets back. */
  private seek(at: number): void {
    const sim = this.world?.sim;
    if (!sim || !Number.isFinite(at)) return;
    this.flush();
    this.pauseQuietly();
    const result = sim.seekTo(at);
    this.unsent = [];
    this.terminals?.timeMoved(result.now);
    this.lesson?.timeMoved(result.replayed);
    this.sendSeeked(result);
  }

  private sendSeeked(result: SeekResult): void {
    const sim = this.world!.sim;
    this.send({
      type: 'seeked',
      now: result.now,
      nextSeq: result.nextSeq,
      replayed: result.replayed,
      snapshot: sim.snapshot(SNAPSHOT),
      timeline: this.timelineUpdate(),
    });
    this.announcePlayback();
    this.lesson?.announce();
  }

  /**
   * Moves the lesson to step `index`: a step already begun is gone back to (its start, exactly);
   * the next one begins now. Anything else is ignored.
   */
  private goToStep(index: number): void {
    const lesson = this.lesson;
    const sim = this.world?.sim;
    if (!lesson || !sim || index < 0 || index >= lesson.lesson.steps.length) return;
    const start = lesson.startOf(index);
    if (index > lesson.status.step || !start) {
      this.flush();
      // Going on from a moment in the past: the old future is not this lesson's any more.
      sim.dropFuture();
      lesson.begin(index);
      return lesson.announce();
    }
    this.flush();
    this.pauseQuietly();
    let result: SeekResult;
    try {
      result = sim.seekToBookmark(start);
    } catch (error) {
      // A bookmark of another world (`sim brokers` during the lesson): say so, change nothing.
      this.announcePlayback();
      return this.send({ type: 'fault', message: (error as Error).message });
    }
    // The step is to be done again, not watched again: its recorded future goes.
    sim.dropFuture();
    this.unsent = [];
    this.terminals?.timeMoved(result.now);
    lesson.begin(index);
    // A lesson goes on from the step's start: time runs, unlike after scrubbing.
    this.playing = true;
    this.sendSeeked(result);
  }

  private startLesson(lesson: Lesson, step: number): void {
    const replayed = replayLesson(lesson, step, (speed) => this.setSpeed(speed));
    if ('error' in replayed) return this.send({ type: 'lesson.failed', message: replayed.error });
    const before = this.terminals;
    this.world = replayed.world;
    this.terminals = replayed.terminals;
    this.lesson = replayed.host;
    this.terminals.attach(this.terminalSend, this.terminalHooks());
    this.lesson.attach({
      flush: this.flushStale,
      type: (tab, lines) => this.terminals?.typeLines(tab, lines),
      send: this.send,
    });
    const steps = replayed.host.status.step;
    if (steps > 0) {
      // The replay's jobs go on (a consumer started in step 1 still prints in step 5); a screen
      // opening one of their tabs hears why it starts empty.
      this.terminals.markUnseen(
        `\x1b[2m(kafkasim: the lesson's first ${steps} step(s) were replayed here; what they printed is not shown)\x1b[0m\n`,
      );
    }
    this.handOver(
      before,
      `\x1b[2m(kafkasim: lesson "${lesson.title}" starts on a cluster of its own)\x1b[0m\n`,
    );
    this.playing = true;
    this.announceWorld();
    this.announcePlayback();
    this.lesson.announce();
  }

  /** The lesson ends (a new world): the page hears so, and why when there is a reason to say. */
  private endLesson(why?: string): void {
    if (!this.lesson) return;
    this.lesson = undefined;
    if (why) this.send({ type: 'fault', message: why });
    // (The page drops the lesson's picture with it.)
    this.send({ type: 'lesson.state', status: null });
  }

  /** A change may need a snapshot though no event told of it (a tool's command). */
  private readonly flushStale = (): void => {
    this.stale = true;
    this.flush();
  };

  /** Pauses and runs to the next moment something happens; the frame carries it. */
  private step(): void {
    const sim = this.world?.sim;
    if (!sim) return;
    this.pauseQuietly();
    sim.stepToNextEvent();
    this.flush();
    this.sendFrame();
    this.announcePlayback();
  }

  /** Runs a stretch of virtual time in one go; the page gets one frame at its end. */
  private skipAhead(ms: number): void {
    const sim = this.world?.sim;
    if (!sim || !Number.isFinite(ms) || ms <= 0) return;
    // In slices, so the terminals' jobs hear of events as they go (as in play).
    const end = sim.now + Math.min(ms, 24 * 3600_000);
    while (sim.now < end) {
      sim.advanceTo(simTime(Math.min(end, sim.now + 1000)));
      this.flush();
      // Only the newest events reach the page: an hour of them would swamp it.
      if (this.unsent.length > 2000) this.unsent = this.unsent.slice(-2000);
    }
    this.sendFrame();
  }

  private pauseQuietly(): void {
    this.playing = false;
    this.lastWall = undefined;
    this.virtualCarry = 0;
  }

  private timelineUpdate() {
    const sim = this.world!.sim;
    const { samples, markers } = sim.drainTimeline();
    return { samples, markers, horizon: sim.horizon };
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
      this.endLesson(
        'The lesson ended: a new cluster replaced its world (sim brokers / sim mode).',
      );
      return this.announceWorld();
    }
    const events = world.sim.drainEvents();
    this.unsent.push(...events);
    this.terminals?.onEvents(events);
    this.lesson?.observe(events);
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
    if (this.unsent.length === 0 && sim.now === before && !this.frameOwed) return;
    // Too soon after the last frame: this one is owed, and goes with a later tick.
    this.frameOwed = wallNow - this.lastFrameWall < MIN_FRAME_GAP_MS;
    if (this.frameOwed) return;
    this.lastFrameWall = wallNow;
    this.sendFrame();
  }

  private sendFrame(): void {
    const sim = this.world?.sim;
    if (!sim) return;
    const events = this.unsent;
    this.unsent = [];
    this.send({
      type: 'frame',
      now: sim.now,
      events,
      ...(events.length > 0 || this.stale ? { snapshot: sim.snapshot(SNAPSHOT) } : {}),
      timeline: this.timelineUpdate(),
    });
    if (events.length > 0 || this.stale) this.lesson?.report();
    this.stale = false;
  }

  private init(scenario: Scenario): void {
    const world = createWorld(scenario.seed, {
      brokers: scenario.brokers,
      mode: scenario.mode ?? 'kraft',
    });
    for (const command of scenario.setup) {
      const result = world.sim.execute(command);
      if (!result.ok)
        this.send({ type: 'fault', message: `Scenario setup failed: ${result.error.message}` });
    }
    this.replaceWorld(world, 'a new scenario starts on a cluster of its own');
    this.announcePlayback();
  }

  /**
   * A shared or saved session: replayed aside, and only then put in place, paused at its moment
   * (the moment it was shared). One the engine cannot replay changes nothing here.
   */
  private loadSession(id: number, session: Session): void {
    const made = worldOf(session);
    if ('error' in made) return this.send({ type: 'session.loaded', id, error: made.error });
    this.flush();
    this.replaceWorld(made.world, 'a loaded session starts on a cluster of its own');
    this.pauseQuietly();
    this.announcePlayback();
    this.send({ type: 'session.loaded', id });
  }

  private replaceWorld(world: WorldHandle, why: string): void {
    const before = this.terminals;
    this.world = world;
    this.terminals = new TerminalHost(world, world.seed, this.terminalSend, this.terminalHooks());
    this.handOver(before, `\x1b[2m(kafkasim: ${why})\x1b[0m\n`);
    this.endLesson();
    this.announceWorld();
  }

  /**
   * The old world's tabs go to the new world's terminals. Their shells close with hooks of their
   * own: a flush now would drain the new world before the page has heard of it, and what they
   * print is not the new lesson's.
   */
  private handOver(before: TerminalHost | undefined, why: string): void {
    if (!before || !this.terminals) return;
    before.attach(this.send, { flush: () => {}, setSpeed: (speed) => this.setSpeed(speed) });
    before.handOverTo(this.terminals, why);
  }

  /** What the terminals print goes to the page, and to the lesson (its `printed` conditions). */
  private readonly terminalSend = (message: FromWorker): void => {
    if (message.type === 'terminal.output') this.lesson?.observeOutput(message.tab, message.text);
    this.send(message);
  };

  private terminalHooks() {
    return {
      // A tool's command may change what is drawn without an event: send a snapshot anyway.
      flush: this.flushStale,
      setSpeed: (speed: number) => this.setSpeed(speed),
    };
  }

  /** A new world (a scenario, or `sim brokers` in a terminal): the page starts over from it. */
  private announceWorld(): void {
    const sim = this.world?.sim;
    if (!sim) return;
    this.announced = sim;
    this.unsent = [];
    this.lastWall = undefined;
    this.virtualCarry = 0;
    const events = sim.drainEvents();
    // A new world's timeline starts with it: the page gets every sample and marker so far.
    sim.drainTimeline();
    this.send({
      type: 'ready',
      snapshot: sim.snapshot(SNAPSHOT),
      events,
      timeline: { samples: sim.metrics, markers: sim.markers, horizon: sim.horizon },
    });
  }

  private announcePlayback(): void {
    this.send({ type: 'playback', playing: this.playing, speed: this.speed });
  }
}
