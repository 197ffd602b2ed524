// What the charts plot, sampled from the world at fixed virtual times: cheap (no records are
// copied) and plain, so a session's samples travel to the page as they are made.
import type { World } from '../world/world';

export interface TopicSample {
  /** Records appended so far: the sum of the partitions' log end offsets. */
  readonly logEnd: number;
  readonly partitions: number;
  /** Partitions whose ISR is smaller than their replica set. */
  readonly underReplicated: number;
  /** Partitions with no leader. */
  readonly offline: number;
  /** The smallest ISR among the partitions. */
  readonly minIsr: number;
}

export interface MetricsSample {
  readonly at: number;
  readonly topics: Readonly<Record<string, TopicSample>>;
  /** Per group, per "topic-partition": committed lag (log end offset minus committed offset). */
  readonly lag: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export function sampleMetrics(world: World): MetricsSample {
  const topics: Record<string, TopicSample> = {};
  for (const t of world.topics.values()) {
    if (t.internal) continue;
    let logEnd = 0;
    let underReplicated = 0;
    let offline = 0;
    let minIsr = Infinity;
    for (const p of t.partitions) {
      logEnd += p.log.logEndOffset;
      if (p.isr.length < p.replicas.length) underReplicated++;
      if (p.leader === null) offline++;
      minIsr = Math.min(minIsr, p.isr.length);
    }
    topics[t.name] = {
      logEnd,
      partitions: t.partitions.length,
      underReplicated,
      offline,
      minIsr: minIsr === Infinity ? 0 : minIsr,
    };
  }
  const lag: Record<string, Record<string, number>> = {};
  for (const g of world.groups.values()) {
    const perPartition: Record<string, number> = {};
    for (const o of g.offsets.values()) {
      const p = world.topics.get(o.topic)?.partitions[o.partition];
      // Lag as kafka-consumer-groups shows it: from the committed offset to the log end.
      if (p) perPartition[`${o.topic}-${o.partition}`] = Math.max(0, p.highWatermark - o.offset);
    }
    lag[g.groupId] = perPartition;
  }
  return { at: world.now, topics, lag };
}
