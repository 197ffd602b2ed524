// A sandbox session to and from a world: the world's journal is the session's action log, and
// a session is replayed on a fresh world exactly as a seek replays the journal.
import { simTime } from '../engine';
import { createWorld, type WorldHandle } from '../cli/world';
import { SESSION_FORMAT, SESSION_VERSION, type Session } from '../scenario/session';

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
