// Kafka's key hash, pinned to vectors from Kafka's own tests and from clients checked against it.
import { describe, expect, it } from 'vitest';
import { murmur2, toPositive } from '../../src/engine/kernels/murmur2';
import { partitionForKey } from '../../src/engine/kernels/partitioner';
import { utf8 } from '../../src/engine/kernels/utf8';

const hash = (text: string) => murmur2(utf8(text));

describe('murmur2, as org.apache.kafka.common.utils.Utils#murmur2', () => {
  // Source: apache/kafka clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java, testMurmur2.
  it.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ])('hashes %j to %i (Kafka UtilsTest)', (text, expected) => {
    expect(hash(text)).toBe(expected);
  });

  // Source: akka/akka Murmur2Spec.scala, "expected correct hash values from the kafka murmur2 impl".
  it.each([
    ['1', -1993445489],
    ['12', 126087238],
    ['123', -267702483],
    ['1234', -1614185708],
    ['12345', -1188365604],
  ])('hashes %j to %i (every tail length; Akka checked against Kafka)', (text, expected) => {
    expect(hash(text)).toBe(expected);
  });

  // Source: confluentinc/librdkafka src/rdmurmur2.c, unittest_murmur2 ("results from the Java
  // client"); these also cover a key of length 0, which is a key, hashed, and not a null key.
  it.each([
    ['kafka', 0xd067cf64],
    ['giberish123456789', 0x8f552b0c],
    ['1234', 0x9fc97b14],
    ['234', 0xe7c009ca],
    ['34', 0x873930da],
    ['4', 0x5a4b5ca1],
    ['PreAmbleWillBeRemoved,ThePrePartThatIs', 0x78424f1c],
    ['reAmbleWillBeRemoved,ThePrePartThatIs', 0x4a62b377],
    ['eAmbleWillBeRemoved,ThePrePartThatIs', 0xe0e4e09e],
    ['AmbleWillBeRemoved,ThePrePartThatIs', 0x62b8b43f],
    ['', 0x106e08d9],
  ])('hashes %j to 0x%s (librdkafka, checked against Java)', (text, expected) => {
    expect(hash(text)).toBe(expected | 0);
  });
});

describe('toPositive, as Utils#toPositive', () => {
  it('clears the sign bit instead of negating (unlike Math.abs)', () => {
    expect(toPositive(-1)).toBe(0x7fffffff);
    expect(toPositive(-2147483648)).toBe(0);
    expect(toPositive(5)).toBe(5);
  });
});

describe('partitionForKey, as BuiltInPartitioner#partitionForKey', () => {
  it('takes toPositive(murmur2(key)) % numPartitions', () => {
    // 'kafka' hashes to 0xd067cf64 (negative as an int); toPositive clears the sign bit.
    expect(partitionForKey('kafka', 10)).toBe((0xd067cf64 & 0x7fffffff) % 10);
    expect(partitionForKey('kafka', 10)).toBe(0); // 0x5067cf64 = 1348980580
    // Source: librdkafka rdmurmur2.c unittest: "23456" hashes to 0x058d780f.
    expect(partitionForKey('23456', 7)).toBe(0x058d780f % 7);
  });

  it('sends one key to one partition every time, whatever else is produced', () => {
    const first = partitionForKey('truck_42', 10);
    for (let i = 0; i < 5; i++) expect(partitionForKey('truck_42', 10)).toBe(first);
  });

  it('encodes non-ASCII keys as UTF-8 before hashing', () => {
    expect(Array.from(utf8('é'))).toEqual([0xc3, 0xa9]);
    expect(Array.from(utf8('🚚'))).toEqual([0xf0, 0x9f, 0x9a, 0x9a]);
    expect(hash('camión')).toBe(
      murmur2(Uint8Array.from([0x63, 0x61, 0x6d, 0x69, 0xc3, 0xb3, 0x6e])),
    );
  });
});
