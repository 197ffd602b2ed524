// Choosing a partition leader, as Kafka's controller does (PartitionChangeBuilder /
// PartitionLeaderElectionAlgorithms): the first replica, in assignment order, that is alive and
// in the ISR. Only when unclean.leader.election.enable is on may a live replica outside the ISR
// lead — and then whatever it lacks of the committed log is lost.
import type { BrokerId } from '../ids';

export interface Election {
  readonly leader: BrokerId | null;
  readonly unclean: boolean;
}

export function electLeader(
  replicas: readonly BrokerId[],
  isr: readonly BrokerId[],
  isAlive: (broker: BrokerId) => boolean,
  uncleanAllowed: boolean,
): Election {
  const clean = replicas.find((b) => isr.includes(b) && isAlive(b));
  if (clean !== undefined) return { leader: clean, unclean: false };
  if (!uncleanAllowed) return { leader: null, unclean: false };
  const unclean = replicas.find((b) => isAlive(b));
  return unclean === undefined
    ? { leader: null, unclean: false }
    : { leader: unclean, unclean: true };
}

/** Preferred-leader election: the first replica, if it is alive and in the ISR. */
export function electPreferred(
  replicas: readonly BrokerId[],
  isr: readonly BrokerId[],
  isAlive: (broker: BrokerId) => boolean,
): BrokerId | null {
  const preferred = replicas[0];
  return preferred !== undefined && isr.includes(preferred) && isAlive(preferred)
    ? preferred
    : null;
}

/**
 * Kafka's auto leader rebalance test: a broker's imbalance is the share of the partitions it is
 * preferred leader of that another broker leads; above leader.imbalance.per.broker.percentage the
 * controller moves them back.
 */
export function imbalanceRatio(preferredCount: number, notLeadingCount: number): number {
  return preferredCount === 0 ? 0 : notLeadingCount / preferredCount;
}
