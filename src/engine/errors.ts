// Kafka's error classes, by the names its tools print (e.g. "TopicExistsException").
export type KafkaErrorName =
  | 'InvalidTopicException'
  | 'TopicExistsException'
  | 'InvalidPartitionsException'
  | 'InvalidReplicationFactorException'
  | 'InvalidReplicaAssignmentException'
  | 'UnknownTopicOrPartitionException'
  | 'InvalidConfigurationException'
  | 'InvalidRequestException'
  | 'IllegalArgumentException'
  | 'ConfigException'
  | 'IllegalStateException'
  | 'NoOffsetForPartitionException'
  | 'InvalidGroupIdException'
  | 'UnknownMemberIdException'
  | 'GroupNotEmptyException'
  | 'GroupIdNotFoundException'
  | 'CoordinatorNotAvailableException';

export interface KafkaError {
  readonly name: KafkaErrorName;
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: KafkaError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (name: KafkaErrorName, message: string): Result<never> => ({
  ok: false,
  error: { name, message },
});
