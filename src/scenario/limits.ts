// How much a session may ask of the machine that opens it. A shared link is replayed from the
// start before it shows anything, so what it costs is bounded before a single command runs.
import type { SessionAction } from './session';

export const LIMITS = {
  /** The scale budget's cluster: 100 brokers, 1,000 partitions. */
  brokers: 100,
  partitions: 1_000,
  actions: 20_000,
  /** Four virtual hours: past the one-hour session the seek budget is measured on. */
  horizonMs: 4 * 3_600_000,
  /** The sandbox's steady load goes up to this; the engine allows more. */
  recordsPerSecond: 5_000,
  recordChars: 10_000,
  /**
   * Records the session's loads send before its horizon. The engine makes ~1.5M records a
   * second (RF 3, one group): 5M is a few seconds of replay, an hour at 1,000/s is 3.6M.
   */
  loadRecords: 5_000_000,
  /** Partitions created or added over the whole session (topics may be deleted and made again). */
  partitionsMade: 10_000,
  /** Consumers started over the whole session. */
  consumersStarted: 1_000,
  /** A file or link larger than this is refused before it is read. */
  fileBytes: 5 * 1024 * 1024,
} as const;

/** How many records the session's steady loads send up to `horizon` (each producer's rate over time). */
export function loadRecords(actions: readonly SessionAction[], horizon: number): number {
  const rates = new Map<string, { rate: number; since: number }>();
  let total = 0;
  const close = (producer: string, at: number) => {
    const running = rates.get(producer);
    if (running) total += (running.rate * Math.max(0, at - running.since)) / 1000;
  };
  for (const { at, command } of actions) {
    if (command.type !== 'setLoad') continue;
    close(command.producer, at);
    rates.set(command.producer, { rate: command.recordsPerSecond, since: at });
  }
  for (const producer of rates.keys()) close(producer, horizon);
  return Math.round(total);
}

/** What replaying the session would make, past the limits: a sentence saying so, or null. */
export function overLimit(actions: readonly SessionAction[], horizon: number): string | null {
  let partitions = 0;
  let consumers = 0;
  for (const { command } of actions) {
    if (command.type === 'createTopic')
      partitions += command.assignment?.length ?? command.partitions ?? 1;
    else if (command.type === 'addPartitions') partitions += command.partitions;
    else if (command.type === 'startConsumer') consumers++;
  }
  const en = (n: number) => n.toLocaleString('en');
  if (partitions > LIMITS.partitionsMade)
    return `its topics make ${en(partitions)} partitions, and at most ${en(LIMITS.partitionsMade)} are replayed`;
  if (consumers > LIMITS.consumersStarted)
    return `it starts ${en(consumers)} consumers, and at most ${en(LIMITS.consumersStarted)} are replayed`;
  const records = loadRecords(actions, horizon);
  if (records > LIMITS.loadRecords)
    return `its loads send ${en(records)} records, and at most ${en(LIMITS.loadRecords)} are replayed`;
  return null;
}
