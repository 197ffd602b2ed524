// kafka-topics --describe lines, as TopicCommand's TopicDescription and PartitionDescription
// print them: a header per topic, a tab-indented line per partition.
import type { PartitionView, TopicView, WorldSnapshot } from '../../engine';
import { javaHashMapOrder } from './javaOrder';

export interface DescribeFilters {
  readonly underReplicated: boolean;
  readonly underMinIsr: boolean;
  readonly atMinIsr: boolean;
  readonly unavailable: boolean;
}

/** The configs describe lists: the topic's overrides and the broker's static settings (server.properties). */
export function describedConfigs(topic: TopicView): string[] {
  if (topic.name === '__consumer_offsets')
    return ['compression.type=producer', 'cleanup.policy=compact', 'segment.bytes=104857600'];
  const configs = new Map<string, string>([
    ['segment.bytes', '1073741824'],
    ...Object.entries(topic.overrides),
  ]);
  return javaHashMapOrder([...configs.keys()]).map((k) => `${k}=${configs.get(k)!}`);
}

function list(ids: readonly number[]): string {
  return ids.join(',');
}

/** `elr`: what the ELR fields show ('' in KRaft, 'N/A' from a ZooKeeper-mode broker); null: none (2.x). */
export function partitionLine(topic: TopicView, p: PartitionView, elr: string | null): string {
  const leader = p.leader === null ? 'none' : String(p.leader);
  const base = `\tTopic: ${topic.name}\tPartition: ${p.id}\tLeader: ${leader}\tReplicas: ${list(p.replicas)}\tIsr: ${list(p.isr)}`;
  return elr === null ? base : `${base}\tElr: ${elr}\tLastKnownElr: ${elr}`;
}

export function describe(
  snapshot: WorldSnapshot,
  topics: readonly TopicView[],
  filters: DescribeFilters,
  legacy: boolean,
): string {
  const live = new Set(snapshot.brokers.filter((b) => b.up && !b.fenced).map((b) => b.id));
  const filtering =
    filters.underReplicated || filters.underMinIsr || filters.atMinIsr || filters.unavailable;
  let out = '';
  for (const topic of topics) {
    const minIsr = Number(topic.overrides['min.insync.replicas'] ?? 1);
    // KRaft answers DescribeTopicPartitions with empty ELR lists; a ZooKeeper-mode broker cannot (N/A).
    const elr = legacy ? null : snapshot.mode === 'zookeeper' ? 'N/A' : '';
    if (!filtering) {
      const head = legacy
        ? `Topic: ${topic.name}`
        : `Topic: ${topic.name}\tTopicId: ${topic.topicId}`;
      out += `${head}\tPartitionCount: ${topic.partitions.length}\tReplicationFactor: ${topic.partitions[0]?.replicas.length ?? 0}\tConfigs: ${describedConfigs(topic).join(',')}\n`;
    }
    for (const p of topic.partitions) {
      const noLeader = p.leader === null || !live.has(p.leader);
      if (filtering) {
        const match =
          (filters.underReplicated && p.isr.length < p.replicas.length) ||
          (filters.underMinIsr && (noLeader || p.isr.length < minIsr)) ||
          (filters.atMinIsr && p.isr.length === minIsr) ||
          (filters.unavailable && noLeader);
        if (!match) continue;
      }
      out += partitionLine(topic, p, elr) + '\n';
    }
  }
  return out;
}
