// A topic created with explicit replicas per partition (kafka-topics --replica-assignment), checked
// as the controller checks it. KRaft (ReplicationControlManager#createTopic and
// #validateManualPartitionAssignment): each list non-empty, every broker registered and named once
// (checked in ascending id order, so the message names the smallest offender), as many replicas
// as the partitions before it, and at least one active broker; the ISR is the active replicas in
// the listed order and the first of them leads. ZooKeeper (AdminZkClient#validateTopicCreate):
// equal list sizes and no duplicates, but unknown broker ids pass; the controller then makes the
// first live replica the leader.
import { fail, ok, type Result } from '../errors';
import type { BrokerId } from '../ids';

export interface ManualBroker {
  readonly id: BrokerId;
  /** Unfenced and not shutting down: KRaft's isActive, ZooKeeper's live broker. */
  readonly active: boolean;
}

/** One partition as the controller registers it. */
export interface PartitionPlan {
  readonly replicas: BrokerId[];
  readonly isr: BrokerId[];
  /** null: no replica is live (only ZooKeeper mode creates such a partition). */
  readonly leader: BrokerId | null;
}

const invalid = (message: string) => fail('InvalidReplicaAssignmentException', message);

export function planManualAssignment(
  mode: 'kraft' | 'zookeeper',
  assignment: readonly (readonly number[])[],
  brokers: readonly ManualBroker[],
): Result<PartitionPlan[]> {
  const active = new Set(brokers.filter((b) => b.active).map((b) => b.id as number));
  const registered = new Set(brokers.map((b) => b.id as number));
  if (mode === 'zookeeper') {
    const checked = checkZk(assignment);
    if (!checked.ok) return checked;
  }
  const plans: PartitionPlan[] = [];
  for (const [index, list] of assignment.entries()) {
    // KRaft checks a partition, then registers it, before it looks at the next one.
    if (mode === 'kraft') {
      const checked = checkKraft(list, registered, plans[0]?.replicas.length);
      if (!checked.ok) return checked;
    }
    const replicas = list.map((b) => b as BrokerId);
    const isr = replicas.filter((b) => active.has(b));
    if (isr.length === 0 && mode === 'kraft')
      return invalid(
        `All brokers specified in the manual partition assignment for partition ${index} are fenced or in controlled shutdown.`,
      );
    // ZooKeeper's controller gives a partition with no live replica no leader and no ISR (it
    // would start it once a replica registers; the simulator leaves it offline).
    plans.push({ replicas, isr, leader: isr[0] ?? null });
  }
  return ok(plans);
}

function checkKraft(
  list: readonly number[],
  registered: ReadonlySet<number>,
  replicationFactor: number | undefined,
): Result<null> {
  if (list.length === 0)
    return invalid('The manual partition assignment includes an empty replica list.');
  const sorted = [...list].sort((a, b) => a - b);
  for (const [i, id] of sorted.entries()) {
    if (!registered.has(id))
      return invalid(
        `The manual partition assignment includes broker ${id}, but no such broker is registered.`,
      );
    if (i > 0 && sorted[i - 1] === id)
      return invalid(`The manual partition assignment includes the broker ${id} more than once.`);
  }
  if (replicationFactor !== undefined && list.length !== replicationFactor)
    return invalid(
      `The manual partition assignment includes a partition with ${list.length} replica(s), but this is not consistent with previous partitions, which have ${replicationFactor} replica(s).`,
    );
  return ok(null);
}

function checkZk(assignment: readonly (readonly number[])[]): Result<null> {
  if (new Set(assignment.map((l) => l.length)).size !== 1)
    return invalid('All partitions should have the same number of replicas');
  if (assignment.some((l) => new Set(l).size !== l.length))
    return invalid(`Duplicate replica assignment found: ${scalaMap(assignment)}`);
  // Kafka would store an empty list; a partition needs a replica to hold its log here.
  if (assignment.some((l) => l.length === 0))
    return invalid('The manual partition assignment includes an empty replica list.');
  return ok(null);
}

/** How Scala prints the Map[Int, Seq[Int]] ZkAdminManager builds: HashMap(0 -> ArrayBuffer(1, 2)). */
function scalaMap(assignment: readonly (readonly number[])[]): string {
  const entries = assignment.map((l, i) => `${i} -> ArrayBuffer(${l.join(', ')})`);
  return `HashMap(${entries.join(', ')})`;
}
