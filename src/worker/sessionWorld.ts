// A sandbox session to and from a world: the world's journal is the session's action log, and
// a session is replayed on a fresh world exactly as a seek replays the journal.
import { simTime } from '../engine';
import { createWorld, type WorldHandle } from '../cli/world';
import { LIMITS } from '../scenario/limits';
import { SESSION_FORMAT, SESSION_VERSION, type Session } from '../scenario/session';

/** Virtual time replayed between two looks at the wall clock (and two drains of events). */
const REPLAY_SLICE_MS = 5_000;

export function sessionOf(world: WorldHandle): Session {
  const sim = world.sim;
  const mark = sim.bookmark();
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    seed: world.seed,
    cluster: { brokers: [...(world.options.brokers ?? [0])], mode: world.options.mode ?? 'kraft' },
    actions: sim.journalEntries.map(({ at, command, settled }) =>
      settled ? { at, command } : { at, command, settled },
    ),
    at: mark.at,
    ...(mark.settled ? {} : { unsettled: { applied: mark.applied } }),
    horizon: sim.horizon,
  };
}

/**
 * The session's world, at its moment, with its known future ahead; or why it cannot be made (a
 * command the engine cannot take). Nothing outside the new world is touched either way.
 */
export function worldOf(session: Session): { world: WorldHandle } | { error: string } {
  const world = createWorld(session.seed, {
    brokers: [...session.cluster.brokers],
    mode: session.cluster.mode,
  });
  try {
    world.sim.adoptJournal(
      session.actions.map((a) => ({
        at: simTime(a.at),
        command: a.command,
        settled: a.settled ?? true,
      })),
    );
    // In slices: the events of each are let go (an hour's would fill the heap), and a replay
    // this machine cannot finish in time is given up rather than left to hang the worker.
    const started = performance.now();
    while (world.sim.now < session.horizon) {
      world.sim.advanceTo(simTime(Math.min(session.horizon, world.sim.now + REPLAY_SLICE_MS)));
      world.sim.drainEvents();
      if (performance.now() - started > LIMITS.replayWallMs)
        return {
          error: `The session takes too long to replay here: after ${LIMITS.replayWallMs / 1000} s it had reached ${(world.sim.now / 1000).toFixed(0)} of its ${(session.horizon / 1000).toFixed(0)} virtual seconds. Nothing was changed.`,
        };
    }
    world.sim.advanceTo(simTime(session.horizon));
    if (session.unsettled)
      world.sim.seekToBookmark({
        at: simTime(session.at),
        applied: session.unsettled.applied,
        settled: false,
      });
    else world.sim.seekTo(session.at);
  } catch (error) {
    return { error: `The session cannot be replayed: ${(error as Error).message}` };
  }
  // What the replay emitted is history: the page starts from the snapshot.
  world.sim.drainEvents();
  return { world };
}
