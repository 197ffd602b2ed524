// The group coordinator lookup: Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions.
import { describe, expect, it } from 'vitest';
import {
  groupCoordinatorPartition,
  javaStringHashCode,
  kafkaUtilsAbs,
  OFFSETS_TOPIC,
  OFFSETS_TOPIC_DEFAULTS,
} from '../../src/engine/kernels/coordinator';

describe('javaStringHashCode, as java.lang.String#hashCode', () => {
  it('hashes the empty string to 0 (String#hashCode Javadoc)', () => {
    expect(javaStringHashCode('')).toBe(0);
  });

  // Source: BruceEckel/OnJava8-Examples collectionsindepth/StringHashCode.java, printed output.
  it('hashes "Hello" to 69609650 (On Java 8, StringHashCode)', () => {
    expect(javaStringHashCode('Hello')).toBe(69609650);
  });

  // Source: duchess (Rust to JVM bridge) example test, which asks a real JVM for the hash.
  it('wraps like int32: "Hello, Duchess!" is -928531272 (duchess JVM test)', () => {
    expect(javaStringHashCode('Hello, Duchess!')).toBe(-928531272);
  });

  // Source: StreamFusion's Rust port of Flink's HASH_CODE, test matches_java_utf16_hash_and_absolute_value.
  it('hashes UTF-16 code units, so an emoji counts as two (StreamFusion Java-hash test)', () => {
    expect(javaStringHashCode('abc')).toBe(96354);
    expect(javaStringHashCode('😀')).toBe(1772899);
  });

  // Well-known strings whose Java hash is Integer.MIN_VALUE (e.g. HAPI FHIR's
  // testCreatePatient_polygenelubricants, SpotBugs' RV_ABSOLUTE_VALUE_OF_HASHCODE examples).
  it.each(['polygenelubricants', 'GydZG_', 'DESIGNING WORKHOUSES'])(
    'hashes %j to Integer.MIN_VALUE',
    (text) => {
      expect(javaStringHashCode(text)).toBe(-2147483648);
    },
  );
});

describe('kafkaUtilsAbs, as org.apache.kafka.common.utils.Utils#abs', () => {
  // Source: apache/kafka clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java, testAbs.
  it('testAbs (Kafka UtilsTest)', () => {
    expect(kafkaUtilsAbs(-2147483648)).toBe(0);
    expect(kafkaUtilsAbs(-10)).toBe(10);
    expect(kafkaUtilsAbs(10)).toBe(10);
    expect(kafkaUtilsAbs(0)).toBe(0);
    expect(kafkaUtilsAbs(-1)).toBe(1);
  });
});

describe('groupCoordinatorPartition, as GroupCoordinatorService#partitionFor', () => {
  // Source: apache/kafka group-coordinator/src/test/java/.../GroupCoordinatorServiceTest.java,
  // testPartitionFor: 10 offsets partitions, group "foo" ("foo".hashCode() = 101574).
  it('testPartitionFor (GroupCoordinatorServiceTest): "foo" with 10 partitions is 4', () => {
    expect(groupCoordinatorPartition('foo', 10)).toBe(4);
  });

  it('uses 50 partitions by default', () => {
    expect(groupCoordinatorPartition('Hello')).toBe(69609650 % 50);
    expect(groupCoordinatorPartition('Hello, Duchess!')).toBe(928531272 % 50);
  });

  it('sends a group whose hash is Integer.MIN_VALUE to partition 0 (Utils#abs)', () => {
    expect(groupCoordinatorPartition('polygenelubricants')).toBe(0);
    expect(groupCoordinatorPartition('polygenelubricants', 7)).toBe(0);
  });

  it('refuses a non-positive partition count', () => {
    expect(() => groupCoordinatorPartition('foo', 0)).toThrow(RangeError);
  });
});

describe('the offsets topic', () => {
  // Source: Topic.GROUP_METADATA_TOPIC_NAME and GroupCoordinatorConfig (apache/kafka 3.9).
  it('is __consumer_offsets with 50 partitions and replication factor 3 by default', () => {
    expect(OFFSETS_TOPIC).toBe('__consumer_offsets');
    expect(OFFSETS_TOPIC_DEFAULTS).toEqual({
      'offsets.topic.num.partitions': 50,
      'offsets.topic.replication.factor': 3,
    });
  });
});
