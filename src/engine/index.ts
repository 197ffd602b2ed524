// The engine's public surface: the rest of the app imports from here only.
export { Simulation, type SimulationOptions } from './simulation';
export { simTime, brokerId, partitionId, offset } from './ids';
export type { SimCommand, CommandOutcome } from './commands';
export type { SimEvent, SimEventType } from './events';
export type { KafkaError, Result } from './errors';
export type * from './ids';
export type * from './snapshot';
export { partitionForKey } from './kernels/partitioner';
