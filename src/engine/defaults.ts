// Kafka's defaults that the engine uses, each under its Kafka config name.
export const KAFKA_DEFAULTS = {
  /** Broker: partitions of an auto-created topic or a create without --partitions. */
  'num.partitions': 1,
  /** Broker: replication factor of a create without --replication-factor. */
  'default.replication.factor': 1,
} as const;

/** Simplifications of the simulator, not Kafka settings. */
export const SIM_DEFAULTS = {
  /** One-way network latency between any two nodes, in virtual milliseconds. */
  networkLatencyMs: 2,
  /** The first broker's port; further brokers take the next ports, as on one laptop. */
  firstPort: 9092,
} as const;
