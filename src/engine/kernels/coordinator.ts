// Which __consumer_offsets partition holds a group: the group coordinator is that partition's
// leader. Kafka computes Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions, in both
// the classic GroupMetadataManager#partitionFor and the new GroupCoordinatorService#partitionFor.

/** Topic.GROUP_METADATA_TOPIC_NAME. */
export const OFFSETS_TOPIC = '__consumer_offsets';

/** The offsets topic's broker defaults, under their Kafka config names (GroupCoordinatorConfig). */
export const OFFSETS_TOPIC_DEFAULTS = {
  /** Partitions of __consumer_offsets; fixed once the topic exists. */
  'offsets.topic.num.partitions': 50,
  /** Its replication factor; creating it fails until this many brokers are up. */
  'offsets.topic.replication.factor': 3,
} as const;

/** java.lang.String#hashCode: s[0]*31^(n-1) + ... + s[n-1] over UTF-16 code units, in int32. */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * org.apache.kafka.common.utils.Utils#abs: unlike Math.abs, Integer.MIN_VALUE gives 0 (its
 * absolute value does not fit in an int, and Java's Math.abs would return it negative).
 */
export function kafkaUtilsAbs(n: number): number {
  return n === -0x8000_0000 ? 0 : Math.abs(n);
}

/** The __consumer_offsets partition of a group id. */
export function groupCoordinatorPartition(
  groupId: string,
  numOffsetsPartitions: number = OFFSETS_TOPIC_DEFAULTS['offsets.topic.num.partitions'],
): number {
  if (!Number.isInteger(numOffsetsPartitions) || numOffsetsPartitions <= 0)
    throw new RangeError(`offsets partitions must be a positive integer: ${numOffsetsPartitions}`);
  return kafkaUtilsAbs(javaStringHashCode(groupId)) % numOffsetsPartitions;
}
