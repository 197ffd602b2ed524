// A simulation with a past: it keeps every command with its virtual time (the journal) and a
// checkpoint every few virtual seconds, so it can go back to any moment exactly — restore the
// checkpoint before it, replay the commands after it. Going forward again replays the journal,
// so the future is the same as before until someone acts: a command at a past moment drops the
// old future and starts a new one (a fork).
import type { CommandOutcome, SimCommand } from '../commands';
import type { SimCheckpoint } from '../checkpoint';
import { fail, type Result } from '../errors';
import type { SimEvent } from '../events';
import { simTime, type SimTimeMs } from '../ids';
import { Simulation, type SimulationOptions } from '../simulation';
import type { RecordView, SnapshotOptions, WorldSnapshot } from '../snapshot';
import { markerFor, type TimelineMarker } from './markers';
import type { MetricsSample } from './metrics';

export interface TimelineSettings {
  /** Virtual ms between checkpoints: a seek replays at most this much. */
  readonly checkpointEveryMs: number;
  /** Virtual ms between chart samples. */
  readonly sampleEveryMs: number;
}

export const TIMELINE_DEFAULTS: TimelineSettings = {
  // Replaying 2.5 s of a busy sandbox (1,000 records/s, 8 consumers) takes ~70 ms here.
  checkpointEveryMs: 2_500,
  sampleEveryMs: 1_000,
};

export interface JournalEntry {
  readonly at: SimTimeMs;
  readonly command: SimCommand;
  /**
   * Whether time was run (tasks due at this moment included) between the previous command and
   * this one. Commands given back to back in one millisecond (a lesson's action) are replayed
   * back to back, or the tasks the first one scheduled would run before the second.
   */
  readonly settled: boolean;
}

interface Checkpoint {
  readonly at: SimTimeMs;
  /** Journal entries already applied when it was taken. */
  readonly applied: number;
  readonly state: SimCheckpoint;
}

export interface SeekResult {
  readonly now: SimTimeMs;
  /** Events before this seq have happened; the page forgets any it holds from later. */
  readonly nextSeq: number;
  /** Events replayed on the way, newest last (the page may not have them any more). */
  readonly replayed: readonly SimEvent[];
}

/**
 * A moment and a place in the journal: commands given at the very same virtual millisecond are
 * told apart, so going back to a bookmark lands before the commands given after it was taken.
 */
export interface Bookmark {
  readonly at: SimTimeMs;
  readonly applied: number;
  /** Whether time had run since the last command (false: taken right after a command). */
  readonly settled: boolean;
}

type Outcome<C extends SimCommand> = Result<CommandOutcome[C['type']]>;

/** At most this many events of a replay are kept for the page. */
const REPLAY_TAIL = 500;

export class Timeline {
  private sim: Simulation;
  private readonly journal: JournalEntry[] = [];
  private applied = 0;
  private checkpoints: Checkpoint[] = [];
  private samples: MetricsSample[] = [];
  private markerList: TimelineMarker[] = [];
  private lastMarkerSeq = -1;
  private furthest: SimTimeMs;
  private events: SimEvent[] = [];
  private newSamples: MetricsSample[] = [];
  private newMarkers: TimelineMarker[] = [];
  private readonly settings: TimelineSettings;
  /** Time was run since the last command (see JournalEntry.settled); none has at the start. */
  private settled = false;

  constructor(options: SimulationOptions, settings: Partial<TimelineSettings> = {}) {
    this.settings = { ...TIMELINE_DEFAULTS, ...settings };
    this.sim = new Simulation(options);
    this.furthest = this.sim.now;
    this.collect();
    this.takeSample();
    this.takeCheckpoint();
  }

  get now(): SimTimeMs {
    return this.sim.now;
  }

  /** The furthest moment this timeline has reached: scrubbing goes up to here. */
  get horizon(): SimTimeMs {
    return this.furthest;
  }

  /**
   * True when we went back in time: a known future lies ahead (its unapplied commands, if any,
   * are all later than now, since reaching a moment applies every command up to it).
   */
  get hasFuture(): boolean {
    return this.furthest > this.sim.now || this.applied < this.journal.length;
  }

  /** Forgets the known future: from here, time runs anew (a lesson's Back: the step is redone). */
  dropFuture(): void {
    if (this.hasFuture) this.fork();
  }

  /** Every command given on this line of history with its moment, the known future included. */
  get journalEntries(): readonly JournalEntry[] {
    return this.journal;
  }

  /**
   * A recorded journal becomes this fresh timeline's future: running time replays it exactly as
   * it was first run (a shared session). Only a timeline nothing has happened on takes one.
   */
  adoptJournal(entries: readonly JournalEntry[]): void {
    if (this.journal.length > 0 || this.sim.now > 0)
      throw new Error('Only a fresh timeline can adopt a journal.');
    for (let i = 1; i < entries.length; i++)
      if (entries[i]!.at < entries[i - 1]!.at)
        throw new RangeError('The journal goes back in time.');
    this.journal.push(...entries);
  }

  /** Where we are now, to come back to exactly (a lesson step's start). */
  bookmark(): Bookmark {
    return { at: this.sim.now, applied: this.applied, settled: this.settled };
  }

  get markers(): readonly TimelineMarker[] {
    return this.markerList;
  }

  /** Chart samples up to now (the list holds the known future too, up to the horizon). */
  get metrics(): readonly MetricsSample[] {
    let end = this.samples.length;
    while (end > 0 && this.samples[end - 1]!.at > this.sim.now) end--;
    return this.samples.slice(0, end);
  }

  nextDueAt(): SimTimeMs | undefined {
    const task = this.sim.nextDueAt();
    const command = this.journal[this.applied]?.at;
    if (command === undefined) return task;
    return task === undefined ? command : simTime(Math.min(task, command));
  }

  /** A command from outside: recorded, and if we stand in the past, the old future is dropped. */
  execute<C extends SimCommand>(command: C): Outcome<C> {
    if (this.hasFuture) this.fork();
    let result: Outcome<C>;
    try {
      result = this.sim.execute(command);
    } catch (error) {
      // A command with fields missing (a hand-written lesson or scenario): refused, not
      // journalled, so no replay meets it again.
      this.collect();
      return fail('InvalidRequestException', `Malformed ${command.type} command: ${String(error)}`);
    }
    this.journal.push({ at: this.sim.now, command, settled: this.settled });
    this.settled = false;
    this.applied++;
    this.collect();
    return result;
  }

  /**
   * `settle` false: a bookmark taken right after a command at `target` — what was due at that
   * moment after the command has not run yet, and does not run now.
   */
  advanceTo(target: SimTimeMs, applyUpTo = Infinity, settle = true): void {
    if (target < this.sim.now)
      throw new RangeError(`time cannot go back: ${target} < ${this.sim.now}`);
    for (;;) {
      const next = this.journal[this.applied];
      // Past `applyUpTo` the journal is the future of a bookmark: not replayed (yet).
      const entry = this.applied < applyUpTo ? next : undefined;
      const stop = entry !== undefined && entry.at <= target ? entry.at : target;
      const backToBack = entry !== undefined && !entry.settled && entry.at === this.sim.now;
      const last = entry === undefined || entry.at > target;
      if (last && !settle && this.sim.now === target) {
        this.settled = false;
        if (target > this.furthest) this.furthest = target;
        return;
      }
      if (!backToBack) this.runTo(stop);
      if (stop === target && last) break;
      // Replaying the journal: the command goes in exactly where it went the first time.
      this.sim.execute(entry!.command);
      this.applied++;
      this.collect();
    }
    this.settled = true;
    if (target > this.furthest) this.furthest = target;
  }

  advanceBy(ms: number): void {
    this.advanceTo(simTime(this.sim.now + ms));
  }

  /**
   * Runs until something happens (at least one event), or nothing is left to do: "step to the
   * next event". Returns whether anything happened.
   */
  stepToNextEvent(limit = 10_000): boolean {
    const before = this.events.length;
    for (let i = 0; i < limit && this.events.length === before; i++) {
      const next = this.nextDueAt();
      if (next === undefined) return false;
      this.advanceTo(simTime(Math.max(next, this.sim.now)));
    }
    return this.events.length > before;
  }

  /** Goes to any moment between 0 and the horizon, exactly as it was (or will be). */
  seekTo(requested: number): SeekResult {
    return this.seek(simTime(Math.max(0, Math.min(Math.round(requested), this.furthest))));
  }

  /** Goes back (or forward) to a bookmark taken on this timeline's present line of history. */
  seekToBookmark(bookmark: Bookmark): SeekResult {
    if (bookmark.at > this.furthest || bookmark.applied > this.journal.length)
      throw new RangeError(`bookmark ${bookmark.at}/${bookmark.applied} lies past this timeline`);
    return this.seek(bookmark.at, bookmark.applied, bookmark.settled);
  }

  private seek(target: SimTimeMs, applyUpTo = Infinity, settle = true): SeekResult {
    // The host drains every frame; anything left over belongs to the moment we leave.
    this.collect();
    this.events = [];
    // Back in time, or far ahead into the known future: start from the checkpoint nearest before
    // the target rather than replaying everything between here and there.
    const nearest = this.checkpointBefore(target, applyUpTo);
    // (Also back to a moment "right after a command" from the same moment once time has run.)
    const unsettle = !settle && this.settled && target === this.sim.now;
    if (target < this.sim.now || nearest.at > this.sim.now || this.applied > applyUpTo || unsettle)
      this.restoreFrom(nearest);
    this.advanceTo(target, applyUpTo, settle);
    const replayed = this.events.slice(-REPLAY_TAIL);
    this.events = [];
    return { now: this.sim.now, nextSeq: this.sim.nextEventSeq, replayed };
  }

  drainEvents(): SimEvent[] {
    this.collect();
    const events = this.events;
    this.events = [];
    return events;
  }

  /** Chart samples and timeline markers made since the last call. */
  drainTimeline(): { samples: MetricsSample[]; markers: TimelineMarker[] } {
    const out = { samples: this.newSamples, markers: this.newMarkers };
    this.newSamples = [];
    this.newMarkers = [];
    return out;
  }

  records(topic: string, partition: number, from: number, max: number): RecordView[] {
    return this.sim.records(topic, partition, from, max);
  }

  snapshot(options?: SnapshotOptions): WorldSnapshot {
    return this.sim.snapshot(options);
  }

  get nextEventSeq(): number {
    return this.sim.nextEventSeq;
  }

  /** Moves the engine to `stop`, taking samples and checkpoints at their boundaries on the way. */
  private runTo(stop: SimTimeMs): void {
    const { checkpointEveryMs, sampleEveryMs } = this.settings;
    for (;;) {
      const nextSample = (Math.floor(this.sim.now / sampleEveryMs) + 1) * sampleEveryMs;
      const nextCheckpoint = (Math.floor(this.sim.now / checkpointEveryMs) + 1) * checkpointEveryMs;
      const boundary = Math.min(nextSample, nextCheckpoint);
      if (boundary > stop) break;
      this.sim.advanceTo(simTime(boundary));
      this.collect();
      if (boundary === nextSample) this.takeSample();
      if (boundary === nextCheckpoint) this.takeCheckpoint();
    }
    this.sim.advanceTo(stop);
    this.collect();
  }

  private takeSample(): void {
    const last = this.samples.at(-1);
    if (last && last.at >= this.sim.now) return;
    const sample = this.sim.metrics();
    this.samples.push(sample);
    this.newSamples.push(sample);
  }

  private takeCheckpoint(): void {
    const last = this.checkpoints.at(-1);
    // Going forward over a stretch already covered (after a seek back), the checkpoints exist.
    if (last && last.at >= this.sim.now) return;
    this.checkpoints.push({
      at: this.sim.now,
      applied: this.applied,
      state: this.sim.checkpoint(),
    });
  }

  /** The latest checkpoint at or before `target` and `applied` (there is always one at 0). */
  private checkpointBefore(target: SimTimeMs, applied: number): Checkpoint {
    let lo = 0;
    let hi = this.checkpoints.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.checkpoints[mid]!.at <= target) lo = mid;
      else hi = mid - 1;
    }
    while (lo > 0 && this.checkpoints[lo]!.applied > applied) lo--;
    return this.checkpoints[lo]!;
  }

  /** Restarts the engine from a checkpoint. */
  private restoreFrom(checkpoint: Checkpoint): void {
    this.sim.drainEvents();
    this.sim = Simulation.fromCheckpoint(checkpoint.state);
    this.applied = checkpoint.applied;
  }

  /** Acting in the past: the journal, checkpoints and marks of the old future are dropped. */
  private fork(): void {
    const now = this.sim.now;
    const seq = this.sim.nextEventSeq;
    this.journal.length = this.applied;
    this.checkpoints = this.checkpoints.filter((c) => c.at <= now);
    this.markerList = this.markerList.filter((m) => m.seq < seq);
    this.samples = this.samples.filter((s) => s.at <= now);
    this.lastMarkerSeq = this.markerList.at(-1)?.seq ?? -1;
    this.furthest = now;
  }

  /** Takes the engine's new events, noting the ones that deserve a marker. */
  private collect(): void {
    const events = this.sim.drainEvents();
    if (events.length === 0) return;
    for (const event of events) {
      if (event.seq <= this.lastMarkerSeq) continue;
      const marker = markerFor(event);
      if (!marker) continue;
      this.markerList.push(marker);
      this.newMarkers.push(marker);
      this.lastMarkerSeq = event.seq;
    }
    for (const event of events) this.events.push(event);
  }
}
