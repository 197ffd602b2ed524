// What can be asked of the engine. Commands are data, so a session is a replayable list of them.
export interface CreateTopic {
  readonly type: 'createTopic';
  readonly topic: string;
  readonly partitions?: number;
  readonly replicationFactor?: number;
}

export interface Produce {
  readonly type: 'produce';
  readonly topic: string;
  readonly key: string | null;
  readonly value: string | null;
  /** An explicit partition, which wins over the key. */
  readonly partition?: number;
  /** The producer's client id; producers are created on first use. */
  readonly producer?: string;
}

export type SimCommand = CreateTopic | Produce;

export interface CommandOutcome {
  readonly createTopic: { readonly topic: string };
  readonly produce: { readonly recordId: string; readonly partition: number };
}
