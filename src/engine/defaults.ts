// Kafka 3.9's defaults that the engine uses, each under its Kafka config name, in one place.

/** Broker and topic-level defaults (server.properties / topic configs). */
export const BROKER_DEFAULTS = {
  /** Partitions of a topic created without --partitions, or auto-created. */
  'num.partitions': 1,
  /** Replication factor of a topic created without --replication-factor. */
  'default.replication.factor': 1,
  'auto.create.topics.enable': true,
  /** How long the coordinator waits for more members before the first rebalance of an empty group. */
  'group.initial.rebalance.delay.ms': 3000,
  'group.min.session.timeout.ms': 6000,
  'group.max.session.timeout.ms': 1800000,
  'offsets.topic.num.partitions': 50,
  /** Kafka's default is 3; clusters with fewer brokers (the quickstart) set it lower, and so do we. */
  'offsets.topic.replication.factor': 3,
  'offsets.retention.minutes': 10080,
  'log.retention.check.interval.ms': 300000,
  /** A follower that has not caught up for this long leaves the ISR. */
  'replica.lag.time.max.ms': 30000,
  'replica.fetch.wait.max.ms': 500,
  'replica.fetch.max.bytes': 1048576,
  /** KRaft: brokers heartbeat to the controller; silence for the session timeout fences them. */
  'broker.heartbeat.interval.ms': 2000,
  'broker.session.timeout.ms': 9000,
  /** ZooKeeper mode: a broker's session expires after this much silence. */
  'zookeeper.session.timeout.ms': 18000,
  /** KRaft voters notice a dead leader after this long, then elect within a random backoff. */
  'controller.quorum.fetch.timeout.ms': 2000,
  'controller.quorum.election.backoff.max.ms': 1000,
  'unclean.leader.election.enable': false,
  'auto.leader.rebalance.enable': true,
  'leader.imbalance.check.interval.seconds': 300,
  'leader.imbalance.per.broker.percentage': 10,
} as const;

export const TOPIC_DEFAULTS = {
  'retention.ms': 604800000,
  /** -1: no size limit. */
  'retention.bytes': -1,
  'segment.bytes': 1073741824,
  'segment.ms': 604800000,
  'cleanup.policy': 'delete',
  'min.insync.replicas': 1,
  'unclean.leader.election.enable': 'false',
} as const;

export type TopicConfigName = keyof typeof TOPIC_DEFAULTS;
export type TopicConfig = {
  -readonly [K in TopicConfigName]: (typeof TOPIC_DEFAULTS)[K] extends number ? number : string;
};

export const PRODUCER_DEFAULTS = {
  acks: 'all',
  'batch.size': 16384,
  /** 0 in 3.9 (Kafka 4.0 made it 5). */
  'linger.ms': 0,
  'enable.idempotence': true,
  retries: 2147483647,
  'delivery.timeout.ms': 120000,
  'request.timeout.ms': 30000,
  'retry.backoff.ms': 100,
  /** Since 3.7 (KIP-580) the backoff doubles on each retry, up to this. */
  'retry.backoff.max.ms': 1000,
} as const;

export const CONSUMER_DEFAULTS = {
  'session.timeout.ms': 45000,
  'heartbeat.interval.ms': 3000,
  'max.poll.interval.ms': 300000,
  'max.poll.records': 500,
  'auto.offset.reset': 'latest',
  'enable.auto.commit': true,
  'auto.commit.interval.ms': 5000,
  'fetch.max.wait.ms': 500,
  'fetch.max.bytes': 52428800,
  'max.partition.fetch.bytes': 1048576,
  /** How often a client refreshes its metadata; the group leader notices new partitions then. */
  'metadata.max.age.ms': 300000,
} as const;

/** Simplifications of the simulator, not Kafka settings; the README lists them. */
export const SIM_DEFAULTS = {
  /** One-way network latency between any two nodes, in virtual milliseconds. */
  networkLatencyMs: 2,
  /** The first broker's port; further brokers take the next ports, as on one laptop. */
  firstPort: 9092,
  /** Bytes a record takes in the log besides its key and value (batch and record headers). */
  recordOverheadBytes: 70,
  /** Virtual time a consumer spends on one record, unless told otherwise. */
  processingMsPerRecord: 0,
} as const;

/** Every Kafka default above, for the UI and the README to list. */
export const KAFKA_CONFIG_DEFAULTS = {
  broker: BROKER_DEFAULTS,
  topic: TOPIC_DEFAULTS,
  producer: PRODUCER_DEFAULTS,
  consumer: CONSUMER_DEFAULTS,
} as const;
