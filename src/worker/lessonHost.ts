// A lesson in the worker: which step the learner is on, whether its condition is met, and where
// each step began (a bookmark on the timeline), so Back lands exactly at the previous step's start.
// "Do it for me" and the replay of earlier steps (a deep link, a reload) run the step's action here.
import type { Bookmark, SimCommand, SimEvent } from '../engine';
import { createWorld, type WorldHandle } from '../cli/world';
import type { Lesson, LessonStep } from '../lessons/format/schema';
import { StepWatch } from '../lessons/play/stepWatch';
import { sceneData } from '../lessons/play/sceneData';
import type { FromWorker, LessonStatus } from '../protocol/messages';
import { TerminalHost } from './terminalHost';

export interface LessonHooks {
  /** Drains the engine's events to the terminals, the page's queue and this lesson. */
  flush(): void;
  /** Lines typed at a terminal tab's prompt (the tab opens if it must). */
  type(tab: number, lines: readonly string[]): void;
  /** To the page (nowhere during a replay). */
  send(message: FromWorker): void;
}

/** A replayed step whose condition is not met after this much virtual time has failed. */
const REPLAY_LIMIT_MS = 60 * 60_000;

export class LessonHost {
  private index = 0;
  private done = false;
  /** The virtual moment the current step's condition was met. */
  private metAt = Infinity;
  private watch: StepWatch;
  private readonly starts: Bookmark[] = [];
  private lastScene = '';

  constructor(
    readonly lesson: Lesson,
    private readonly world: WorldHandle,
    private hooks: LessonHooks,
  ) {
    this.watch = new StepWatch(undefined);
  }

  /** The page's hooks take over from the replay's. */
  attach(hooks: LessonHooks): void {
    this.hooks = hooks;
  }

  get status(): LessonStatus {
    return { lessonId: this.lesson.id, step: this.index, done: this.done };
  }

  get step(): LessonStep {
    return this.lesson.steps[this.index]!;
  }

  /** Starts step `index` now: its start is bookmarked, its watch starts from nothing. */
  begin(index: number): void {
    this.index = index;
    this.starts.length = index;
    this.starts.push(this.world.sim.bookmark());
    this.restartWatch();
  }

  /** The step's watch starts from nothing; a step only to read is done as soon as it begins. */
  private restartWatch(): void {
    this.watch = new StepWatch(this.step.until);
    this.done = this.step.until === undefined;
    this.metAt = this.done ? this.world.sim.now : Infinity;
  }

  observeOutput(tab: number, text: string): void {
    if (!this.done) this.watch.observeOutput(tab, text);
  }

  observe(events: readonly SimEvent[]): void {
    if (!this.done && events.length > 0) this.watch.observe(events);
  }

  /** Checks the step's condition; true when it has just become met. */
  check(): boolean {
    if (this.done) return false;
    if (!this.watch.met(() => this.world.sim.snapshot({ recordsPerPartition: 0 }))) return false;
    this.done = true;
    this.metAt = this.world.sim.now;
    return true;
  }

  /** Does what the step asks, as the learner would; an engine refusal is returned as a message. */
  doIt(): string | null {
    const action = this.step.do;
    if (!action) return null;
    if (action.terminal) {
      this.hooks.type(action.terminal.tab, action.terminal.lines);
      return null;
    }
    for (const command of action.commands ?? []) {
      const result = this.world.sim.execute(command as unknown as SimCommand);
      this.hooks.flush();
      if (!result.ok) return `${result.error.name}: ${result.error.message}`;
    }
    return null;
  }

  /**
   * Runs the world until the step's condition is met, moment by moment (as fast as the engine
   * goes): the replay of a step before the one a link or a reload starts at.
   */
  runUntilMet(): boolean {
    const sim = this.world.sim;
    const limit = sim.now + REPLAY_LIMIT_MS;
    this.hooks.flush();
    if (this.done) return true;
    while (!this.check()) {
      if (sim.now >= limit || !sim.stepToNextEvent()) return false;
      this.hooks.flush();
    }
    return true;
  }

  /**
   * Time was moved (the scrubber): the lesson is on the step whose span holds the new moment, and
   * its watch starts again from the events replayed since that step began.
   */
  timeMoved(replayed: readonly SimEvent[]): void {
    const now = this.world.sim.now;
    let index = this.index;
    while (index > 0 && this.starts[index]!.at > now) index--;
    // Still after the moment the step was met: it stays met.
    if (index === this.index && this.done && now >= this.metAt) return;
    const start = this.starts[index]!;
    this.index = index;
    this.starts.length = index + 1;
    this.restartWatch();
    // Events since the step began, as far as the replay reaches back (its last 500).
    this.watch.observe(replayed.filter((e) => e.at >= start.at));
    this.check();
  }

  /** The bookmark of a step already begun on this line of history. */
  startOf(index: number): Bookmark | undefined {
    return this.starts[index];
  }

  /** Tells the page the step, and the scene as it is now (a new world, a seek, a new step). */
  announce(): void {
    this.lastScene = '';
    this.hooks.send({ type: 'lesson.state', status: this.status });
    this.report();
  }

  /** After events: the page hears when the step is met, and when the scene changed. */
  report(): void {
    if (this.check()) this.hooks.send({ type: 'lesson.state', status: this.status });
    const scene = this.lesson.scene;
    if (!scene) return;
    const data = sceneData(scene, this.world.sim);
    const text = JSON.stringify(data);
    if (text === this.lastScene) return;
    this.lastScene = text;
    this.hooks.send({ type: 'lesson.scene', scene: data });
  }
}

export interface ReplayedLesson {
  readonly world: WorldHandle;
  readonly terminals: TerminalHost;
  readonly host: LessonHost;
}

/**
 * Builds a lesson's world and replays its steps before `step` as "Do it for me" would, each run
 * until its condition is met: the same seed and steps give the same world every time. Nothing
 * is sent anywhere meanwhile; the caller attaches the result to the page when it succeeds.
 */
export function replayLesson(
  lesson: Lesson,
  step: number,
  setSpeed: (speed: number) => number,
): ReplayedLesson | { readonly error: string } {
  const world = createWorld(lesson.seed, {
    brokers: lesson.cluster.brokers,
    mode: lesson.cluster.mode ?? 'kraft',
  });
  for (const [i, command] of lesson.setup.entries()) {
    const result = world.sim.execute(command as unknown as SimCommand);
    // (Timeline.execute turns an engine exception into a refusal.)
    if (!result.ok)
      return {
        error: `Lesson "${lesson.title}": setup command ${i + 1} (${command.type}) failed: ${result.error.message}`,
      };
  }
  const drain = (): void => {
    const events = world.sim.drainEvents();
    terminals.onEvents(events);
    host.observe(events);
  };
  // Nothing reaches the page during the replay; what the tools print still counts for `printed`.
  const quiet = (m: FromWorker): void => {
    if (m.type === 'terminal.output') host.observeOutput(m.tab, m.text);
  };
  const terminals = new TerminalHost(world, lesson.seed, quiet, { flush: drain, setSpeed });
  const host = new LessonHost(lesson, world, {
    flush: drain,
    type: (tab, lines) => terminals.typeLines(tab, lines),
    send: () => {},
  });
  const target = Math.max(0, Math.min(Math.floor(step), lesson.steps.length - 1));
  for (let i = 0; i < target; i++) {
    host.begin(i);
    const refused = host.doIt();
    const title = `step ${i + 1} ("${lesson.steps[i]!.title}")`;
    if (refused) return { error: `Lesson "${lesson.title}": ${title} was refused: ${refused}` };
    if (!host.runUntilMet())
      return {
        error: `Lesson "${lesson.title}": ${title} could not be replayed: its condition was not met within ${REPLAY_LIMIT_MS / 60_000} virtual minutes.`,
      };
  }
  drain();
  host.begin(target);
  return { world, terminals, host };
}
