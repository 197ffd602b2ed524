// The tools this shell knows by name (Kafka's, and `sim` for what no Kafka tool does).
export const TOOL_NAMES = [
  'kafka-topics',
  'kafka-console-producer',
  'kafka-console-consumer',
  'kafka-consumer-groups',
  'kafka-configs',
  'kafka-get-offsets',
  'kafka-leader-election',
  'kafka-storage',
  'kafka-server-start',
  'kafka-server-stop',
  'zookeeper-server-start',
  'zookeeper-server-stop',
  'sim',
] as const;
