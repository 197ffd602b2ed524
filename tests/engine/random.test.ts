import { describe, expect, it } from 'vitest';
import { createRng, seedState } from '../../src/engine/random';

describe('the seeded random source', () => {
  it('repeats its sequence for a seed and continues it from a saved state', () => {
    const a = createRng(seedState(9));
    const b = createRng(seedState(9));
    const first = [a.nextUint32(), a.nextUint32()];
    expect([b.nextUint32(), b.nextUint32()]).toEqual(first);
    const resumed = createRng(a.state());
    expect(resumed.nextUint32()).toBe(a.nextUint32());
  });

  it('draws integers within the bound, covering all of it', () => {
    const rng = createRng(seedState(3));
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const n = rng.nextInt(5);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(5);
      seen.add(n);
    }
    expect(seen.size).toBe(5);
  });

  it('makes version-4 UUIDs in the form java.util.UUID prints', () => {
    const uuid = createRng(seedState(1)).uuid();
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
