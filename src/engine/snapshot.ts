// What the outside world sees of the engine: a plain, serialisable picture of one moment.
import type { BrokerId, Offset, PartitionId, SimTimeMs } from './ids';
import type { BrokerState, TopicState } from './world/state';

export interface RecordView {
  readonly offset: Offset;
  readonly recordId: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly timestamp: SimTimeMs;
}

export interface PartitionView {
  readonly id: PartitionId;
  readonly leader: BrokerId;
  readonly replicas: readonly BrokerId[];
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  /** The newest records, at most `recordsPerPartition` of them, oldest first. */
  readonly records: readonly RecordView[];
}

export interface TopicView {
  readonly name: string;
  readonly partitions: readonly PartitionView[];
}

export interface BrokerView {
  readonly id: BrokerId;
  readonly host: string;
  readonly port: number;
  readonly up: boolean;
}

export interface WorldSnapshot {
  readonly now: SimTimeMs;
  readonly brokers: readonly BrokerView[];
  readonly topics: readonly TopicView[];
  /** Produce requests on the wire, not yet appended. */
  readonly inFlight: number;
}

export interface SnapshotOptions {
  /** How many of each partition's newest records to include (the stage shows a window). */
  readonly recordsPerPartition?: number;
}

export function takeSnapshot(
  now: SimTimeMs,
  brokers: readonly BrokerState[],
  topics: readonly TopicState[],
  inFlight: number,
  { recordsPerPartition = 64 }: SnapshotOptions = {},
): WorldSnapshot {
  return {
    now,
    inFlight,
    brokers: brokers.map(({ id, host, port, up }) => ({ id, host, port, up })),
    topics: topics.map((topic) => ({
      name: topic.name,
      partitions: topic.partitions.map((p) => ({
        id: p.id,
        leader: p.leader,
        replicas: [...p.replicas],
        logStartOffset: p.logStartOffset,
        logEndOffset: p.logStartOffset + p.log.length,
        records: p.log
          .slice(Math.max(0, p.log.length - recordsPerPartition))
          .map((r) => ({ ...r })),
      })),
    })),
  };
}
