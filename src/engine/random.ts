// A seeded pseudo-random source (sfc32, seeded through splitmix32). Its whole state is four
// 32-bit words, so a checkpoint can copy it and a replay continues the same sequence.

export type RngState = readonly [number, number, number, number];

export interface Rng {
  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number;
  /** A float in [0, 1). */
  nextFloat(): number;
  /** An integer in [0, bound). */
  nextInt(bound: number): number;
  /** A random (version 4) UUID string, as java.util.UUID.randomUUID() formats it. */
  uuid(): string;
  state(): RngState;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seedState(seed: number): RngState {
  const next = splitmix32(seed);
  return [next(), next(), next(), next()];
}

export function createRng(initial: RngState): Rng {
  let [a, b, c, d] = initial;
  const nextUint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
  return {
    nextUint32,
    nextFloat: () => nextUint32() / 0x1_0000_0000,
    nextInt(bound) {
      if (!Number.isInteger(bound) || bound <= 0)
        throw new RangeError(`bound must be > 0: ${bound}`);
      return Math.floor((nextUint32() / 0x1_0000_0000) * bound);
    },
    uuid() {
      const w = [nextUint32(), nextUint32(), nextUint32(), nextUint32()] as const;
      const timeHi = ((w[1] & 0x0fff) | 0x4000) >>> 0; // version 4
      const clock = (((w[2] >>> 16) & 0x3fff) | 0x8000) >>> 0; // IETF variant
      return [
        hex(w[0], 8),
        hex(w[1] >>> 16, 4),
        hex(timeHi, 4),
        hex(clock, 4),
        hex(w[2] & 0xffff, 4) + hex(w[3], 8),
      ].join('-');
    },
    state: () => [a, b, c, d],
  };
}
