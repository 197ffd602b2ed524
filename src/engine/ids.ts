// Branded number types, so that a broker id can never be passed where an offset is meant.
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type BrokerId = Brand<number, 'BrokerId'>;
export type PartitionId = Brand<number, 'PartitionId'>;
/** A record's identity from producer to consumer: a number, so a million of them cost nothing. */
export type RecordId = Brand<number, 'RecordId'>;
export type Offset = Brand<number, 'Offset'>;
/** Virtual time in milliseconds since the simulation started. Never wall-clock time. */
export type SimTimeMs = Brand<number, 'SimTimeMs'>;

export const brokerId = (n: number): BrokerId => n as BrokerId;
export const partitionId = (n: number): PartitionId => n as PartitionId;
export const offset = (n: number): Offset => n as Offset;
export const recordId = (n: number): RecordId => n as RecordId;
export const simTime = (ms: number): SimTimeMs => ms as SimTimeMs;
