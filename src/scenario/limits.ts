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
  /** The engine's own bound on a steady load (the builder offers up to 5,000). */
  recordsPerSecond: 100_000,
  recordChars: 10_000,
  /**
   * Records the session's loads send before its horizon. In the browser's worker a replay runs
   * about 60,000 records a second with the sandbox's groups and checkpoints (an hour at 1,000/s,
   * 3.6M records, takes about a minute): 2M is about half a minute.
   */
  loadRecords: 2_000_000,
  /** Replicas made over the session (partitions × replication factor). */
  replicasMade: 20_000,
  /** Partitions created or added over the whole session (topics may be deleted and made again). */
  partitionsMade: 10_000,
  /** Consumers started over the whole session. */
  consumersStarted: 300,
  /** A replay that takes longer than this on the machine opening it is given up (and refused). */
  replayWallMs: 45_000,
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
  let replicas = 0;
  let consumers = 0;
  for (const { command } of actions) {
    if (command.type === 'createTopic') {
      const made = command.assignment?.length ?? command.partitions ?? 1;
      partitions += made;
      replicas += command.assignment
        ? command.assignment.reduce((sum, r) => sum + r.length, 0)
        : made * (command.replicationFactor ?? 3);
    } else if (command.type === 'addPartitions') {
      partitions += command.partitions;
      replicas += command.partitions * 3;
    } else if (command.type === 'startConsumer') consumers++;
  }
  const en = (n: number) => n.toLocaleString('en');
  if (partitions > LIMITS.partitionsMade)
    return `its topics make ${en(partitions)} partitions, and at most ${en(LIMITS.partitionsMade)} are replayed`;
  if (replicas > LIMITS.replicasMade)
    return `its topics make about ${en(replicas)} replicas, and at most ${en(LIMITS.replicasMade)} are replayed`;
  if (consumers > LIMITS.consumersStarted)
    return `it starts ${en(consumers)} consumers, and at most ${en(LIMITS.consumersStarted)} are replayed`;
  const records = loadRecords(actions, horizon);
  if (records > LIMITS.loadRecords)
    return `its loads send ${en(records)} records, and at most ${en(LIMITS.loadRecords)} are replayed`;
  return null;
}
