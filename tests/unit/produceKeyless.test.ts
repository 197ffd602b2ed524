// The "Records without a key" choice holds in any world, not only the sandbox's default one whose
// setup makes the two producers (a lesson's world has neither).
import { describe, expect, it } from 'vitest';
import { createInlineBridge } from '../../src/app/bridge/inlineBridge';
import { createAppStore } from '../../src/app/store/createAppStore';

describe('Produce a record, keyless', () => {
  it('round-robin places three records on three partitions in a world without the producers', async () => {
    const bridge = createInlineBridge();
    const store = createAppStore(bridge, {
      seed: 4,
      brokers: [1],
      setup: [{ type: 'createTopic', topic: 't', partitions: 3 }],
    });
    bridge.tick(0);
    const partitions: number[] = [];
    for (const value of ['a', 'b', 'c']) {
      const result = await store
        .getState()
        .produce({ topic: 't', key: null, value, keyless: 'round-robin' });
      if (!result.ok) throw new Error(result.error.message);
      partitions.push((result.value as { partition: number }).partition);
      bridge.tick(16);
    }
    // Sticky (what the engine's default producer does) would put all three on one partition.
    expect(new Set(partitions).size).toBe(3);
  });
});
