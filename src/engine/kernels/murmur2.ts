// Kafka's murmur2 (org.apache.kafka.common.utils.Utils#murmur2): 32-bit MurmurHash2 with the
// seed 0x9747b28c, reading the bytes little-endian in blocks of four. Java ints wrap at 32 bits,
// so every multiplication here goes through Math.imul and every result is kept as int32.

const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

/** Hashes the first `length` bytes of `data` (all of it by default). */
export function murmur2(data: Uint8Array, length = data.length): number {
  let h = (SEED ^ length) | 0;
  const blocks = length >>> 2;
  for (let i = 0; i < blocks; i++) {
    const at = i * 4;
    let k =
      (data[at]! & 0xff) |
      ((data[at + 1]! & 0xff) << 8) |
      ((data[at + 2]! & 0xff) << 16) |
      ((data[at + 3]! & 0xff) << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M);
    h ^= k;
  }
  // The last one to three bytes, highest first, then one more mix.
  const tail = blocks * 4;
  const rest = length & 3;
  if (rest === 3) h ^= (data[tail + 2]! & 0xff) << 16;
  if (rest >= 2) h ^= (data[tail + 1]! & 0xff) << 8;
  if (rest >= 1) {
    h ^= data[tail]! & 0xff;
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's Utils#toPositive: clears the sign bit (it is not Math.abs). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}
