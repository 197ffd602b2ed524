// What the outside world sees of the engine: a plain, serialisable picture of one moment.
import type { BrokerId, Offset, PartitionId, RecordId, SimTimeMs } from './ids';
import type { GroupPhase } from './group/groupState';
import type { LoadValues } from './commands';
import type {
  PartitionState,
  ReplicaLog,
  TopicPartition,
  World,
  DeliveryTally,
} from './world/world';
import { tpKey } from './world/world';
import { OFFSETS_TOPIC, groupCoordinatorPartition } from './kernels/coordinator';

export interface RecordView {
  readonly offset: Offset;
  readonly recordId: RecordId;
  readonly key: string | null;
  readonly value: string | null;
  readonly timestamp: SimTimeMs;
  readonly headers?: readonly { readonly key: string; readonly value: string | null }[];
}

export interface ReplicaView {
  readonly broker: BrokerId;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  /** The high watermark as this replica knows it. */
  readonly highWatermark: number;
  readonly inSync: boolean;
}

export interface PartitionView {
  readonly id: PartitionId;
  /** null: "Leader: none". */
  readonly leader: BrokerId | null;
  readonly leaderEpoch: number;
  /** Every replica's log, in assignment order. */
  readonly replicaLogs: readonly ReplicaView[];
  readonly replicas: readonly BrokerId[];
  readonly isr: readonly BrokerId[];
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
  readonly segments: readonly {
    readonly baseOffset: number;
    readonly records: number;
    readonly bytes: number;
  }[];
  /** The newest records, at most `recordsPerPartition` of them, oldest first. */
  readonly records: readonly RecordView[];
}

export interface TopicView {
  readonly name: string;
  readonly topicId: string;
  readonly internal: boolean;
  readonly partitions: readonly PartitionView[];
  readonly overrides: Readonly<Record<string, string>>;
}

export interface BrokerView {
  readonly id: BrokerId;
  readonly host: string;
  readonly port: number;
  readonly up: boolean;
  readonly fenced: boolean;
  readonly isolated: boolean;
  readonly fetchDelayMs: number;
}

export interface ControllerView {
  readonly mode: 'kraft' | 'zookeeper';
  /** KRaft voters (broker ids) or ZooKeeper servers. */
  readonly quorum: readonly { readonly id: number; readonly up: boolean }[];
  readonly quorumLeader: number | null;
  readonly activeController: number | null;
  readonly epoch: number;
}

export interface GroupView {
  readonly groupId: string;
  readonly state: GroupPhase;
  readonly generation: number;
  readonly protocol: string | null;
  readonly leader: string | null;
  readonly coordinator: BrokerId | null;
  readonly offsetsPartition: number;
  readonly members: readonly {
    readonly memberId: string;
    readonly clientId: string;
    readonly groupInstanceId: string | null;
    readonly assignment: readonly TopicPartition[];
  }[];
  /** Committed offsets with the log end and the lag, per partition. */
  readonly offsets: readonly (TopicPartition & {
    readonly offset: number;
    readonly logEndOffset: number;
    readonly lag: number;
  })[];
  /**
   * Records its members processed: `duplicates` processed again after a rewind to an older
   * commit, `skipped` never processed because a commit ran ahead of the processing (lost).
   */
  readonly delivery: {
    readonly processed: number;
    readonly duplicates: number;
    readonly skipped: number;
  };
}

export interface ConsumerView {
  readonly clientId: string;
  readonly group: string | null;
  readonly status: 'running' | 'closed' | 'crashed';
  readonly memberId: string;
  readonly generation: number;
  readonly assignment: readonly TopicPartition[];
  readonly positions: readonly (TopicPartition & { readonly position: number })[];
  /** Virtual ms it spends on each record (startConsumer, setProcessingTime). */
  readonly processingMsPerRecord: number;
}

export interface ProducerView {
  readonly clientId: string;
  readonly acks: '0' | '1' | 'all';
  readonly idempotence: boolean;
  readonly partitioner: string;
  readonly lingerMs: number;
  /** Records in the accumulator, not yet sent. */
  readonly waiting: number;
  /** Batches sent and not yet acknowledged. */
  readonly inFlight: number;
  /** A steady load from this producer (setLoad), if one runs. */
  readonly load: {
    readonly topic: string;
    readonly recordsPerSecond: number;
    readonly keys: number;
    readonly keyPrefix: string;
    readonly values: LoadValues;
  } | null;
}

export interface WorldSnapshot {
  readonly now: SimTimeMs;
  readonly mode: 'kraft' | 'zookeeper';
  readonly brokers: readonly BrokerView[];
  readonly controller: ControllerView;
  readonly topics: readonly TopicView[];
  readonly groups: readonly GroupView[];
  readonly consumers: readonly ConsumerView[];
  readonly producers: readonly ProducerView[];
  /** Tasks waiting in the engine's future (requests on the wire, timers). */
  readonly pending: number;
}

export interface SnapshotOptions {
  /** How many of each partition's newest records to include (the stage shows a window). */
  readonly recordsPerPartition?: number;
  /** Include the records of internal topics (__consumer_offsets); off by default. */
  readonly internalRecords?: boolean;
}

function recordsOf(log: ReplicaLog, max: number): RecordView[] {
  const records: RecordView[] = [];
  for (let i = log.segments.length - 1; i >= 0 && records.length < max; i--) {
    const seg = log.segments[i]!;
    for (let j = seg.records.length - 1; j >= 0 && records.length < max; j--) {
      const r = seg.records.get(j)!;
      records.push({
        offset: r.offset,
        recordId: r.recordId,
        key: r.key,
        value: r.value,
        timestamp: r.timestamp,
      });
    }
  }
  return records.reverse();
}

function partitionView(p: PartitionState, recordsPerPartition: number): PartitionView {
  const log = p.log;
  return {
    id: p.id,
    leader: p.leader,
    leaderEpoch: p.leaderEpoch,
    replicas: [...p.replicas],
    isr: [...p.isr],
    logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset,
    highWatermark: p.highWatermark,
    segments: log.segments.map((s) => ({
      baseOffset: s.baseOffset,
      records: s.records.length,
      bytes: s.bytes,
    })),
    records: recordsOf(log, recordsPerPartition),
    replicaLogs: p.replicas.map((b) => {
      const r = p.logs[b]!;
      return {
        broker: b,
        logStartOffset: r.logStartOffset,
        logEndOffset: r.logEndOffset,
        highWatermark: r.highWatermark,
        inSync: p.isr.includes(b),
      };
    }),
  };
}

export function takeSnapshot(
  world: World,
  pending: number,
  options: SnapshotOptions = {},
): WorldSnapshot {
  const perPartition = options.recordsPerPartition ?? 64;
  const offsetsTopic = world.topics.get(OFFSETS_TOPIC);
  return {
    now: world.now,
    mode: world.settings.mode,
    pending,
    brokers: world.brokers.map(({ id, host, port, up, fenced, isolated, fetchDelayMs }) => ({
      id,
      host,
      port,
      up,
      fenced,
      isolated,
      fetchDelayMs,
    })),
    controller: {
      mode: world.settings.mode,
      quorum: world.controller.quorum.map((v) => ({ ...v })),
      quorumLeader: world.controller.quorumLeader,
      activeController: world.controller.activeController,
      epoch: world.controller.epoch,
    },
    topics: [...world.topics.values()].map((t) => ({
      name: t.name,
      topicId: t.topicId,
      internal: t.internal,
      overrides: { ...t.overrides },
      partitions: t.partitions.map((p) =>
        partitionView(p, t.internal && !options.internalRecords ? 0 : perPartition),
      ),
    })),
    groups: [...world.groups.values()].map((g) => {
      const offsetsPartition = groupCoordinatorPartition(
        g.groupId,
        offsetsTopic?.partitions.length ?? 50,
      );
      return {
        groupId: g.groupId,
        state: g.phase,
        generation: g.generation,
        protocol: g.protocolName,
        leader: g.leaderId,
        coordinator: offsetsTopic?.partitions[offsetsPartition]?.leader ?? null,
        offsetsPartition,
        members: [...g.members.values()]
          .sort((a, b) => a.joinOrder - b.joinOrder)
          .map((m) => ({
            memberId: m.memberId,
            clientId: m.kafkaClientId,
            groupInstanceId: m.groupInstanceId,
            assignment: [...m.assignment],
          })),
        offsets: [...g.offsets.values()]
          .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition)
          .map((o) => {
            const end =
              world.topics.get(o.topic)?.partitions[o.partition]?.highWatermark ?? o.offset;
            return {
              topic: o.topic,
              partition: o.partition,
              offset: o.offset,
              logEndOffset: end,
              lag: Math.max(0, end - o.offset),
            };
          }),
        delivery: deliveryOf(world.deliveries.get(g.groupId)),
      };
    }),
    producers: [...world.producers.values()].map((p) => {
      const load = world.loads.get(p.clientId);
      let waiting = 0;
      for (const batches of p.batches.values())
        for (const b of batches) waiting += b?.records.length ?? 0;
      return {
        clientId: p.clientId,
        acks: p.config.acks,
        idempotence: p.config.idempotence,
        partitioner: p.config.partitioner,
        lingerMs: p.config.lingerMs,
        waiting,
        inFlight: p.inFlight.size,
        load: load
          ? {
              topic: load.topic,
              recordsPerSecond: load.recordsPerSecond,
              keys: load.keys,
              keyPrefix: load.keyPrefix,
              values: load.values,
            }
          : null,
      };
    }),
    consumers: [...world.consumers.values()].map((c) => ({
      clientId: c.clientId,
      group: c.groupId,
      status: c.status,
      memberId: c.memberId,
      generation: c.generation,
      assignment: [...c.assignment],
      positions: c.assignment
        .filter((tp) => c.positions.has(tpKey(tp.topic, tp.partition)))
        .map((tp) => ({ ...tp, position: c.positions.get(tpKey(tp.topic, tp.partition))! })),
      processingMsPerRecord: c.config.processingMsPerRecord,
    })),
  };
}

function deliveryOf(
  tallies: ReadonlyMap<string, DeliveryTally> | undefined,
): GroupView['delivery'] {
  const out = { processed: 0, duplicates: 0, skipped: 0 };
  for (const t of tallies?.values() ?? []) {
    out.processed += t.processed;
    out.duplicates += t.duplicates;
    out.skipped += t.skipped;
  }
  return out;
}
