// The engine's public surface: the rest of the app imports from here only.
export { Simulation, type SimulationOptions } from './simulation';
export { simTime, brokerId, partitionId, offset, recordId } from './ids';
export type * from './commands';
export type { SimEvent, SimEventType, EventOf } from './events';
export type { KafkaError, Result } from './errors';
export type * from './ids';
export type * from './snapshot';
export type { TopicPartition } from './world/world';
export type { AssignorName } from './kernels/assignors/types';
export { partitionForKey } from './kernels/partitioner';
export { KAFKA_CONFIG_DEFAULTS } from './defaults';
export { createRng, seedState, type Rng } from './random';
export {
  Timeline,
  type JournalEntry,
  TIMELINE_DEFAULTS,
  type TimelineSettings,
  type SeekResult,
  type Bookmark,
} from './timeline/timeline';
export type { TimelineMarker, MarkerKind } from './timeline/markers';
export type { MetricsSample, TopicSample } from './timeline/metrics';
export { truckPosition, LOAD_VALUES } from './producer/loadValues';
export { VIRTUAL_EPOCH_MS } from './virtualEpoch';
