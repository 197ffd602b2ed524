import { describe, expect, it } from 'vitest';
import { applyMessage, FLIGHT_BUDGET } from '../../src/app/store/applyMessage';
import type { AppState } from '../../src/app/store/types';
import { Simulation, type SimEvent } from '../../src/engine';

function frameOf(records: number) {
  const sim = new Simulation({ seed: 1 });
  sim.execute({ type: 'createTopic', topic: 't' });
  sim.drainEvents();
  for (let i = 0; i < records; i++)
    sim.execute({ type: 'produce', topic: 't', key: `k${i}`, value: 'v' });
  sim.advanceBy(10);
  const events: SimEvent[] = sim.drainEvents();
  return {
    type: 'frame' as const,
    now: sim.now,
    events,
    snapshot: sim.snapshot(),
    timeline: { samples: [], markers: [], horizon: sim.now },
  };
}

const base = {
  flights: [],
  log: [],
  events: [],
  motion: 'full',
  samples: [],
  markers: [],
  horizon: 0,
} as unknown as AppState;

describe('applyMessage', () => {
  it('narrates every event and starts a flight for each appended record', () => {
    const next = applyMessage(base, frameOf(2));
    expect(next.log?.map((e) => e.type)).toEqual([
      'record.sent',
      'record.sent',
      'batch.sent',
      'records.appended',
      'highWatermark.advanced',
      'records.acknowledged',
    ]);
    expect(next.flights?.filter((f) => f.kind === 'produce').map((f) => f.offset)).toEqual([0, 1]);
    // acks=1 by default... the acknowledgement flies back to the producer too.
    expect(next.flights?.filter((f) => f.kind === 'ack')).toHaveLength(1);
  });

  it('starts no flights when the user prefers reduced motion: records appear in place', () => {
    const next = applyMessage({ ...base, motion: 'reduced' }, frameOf(2));
    expect(next.flights).toEqual([]);
    expect(next.snapshot?.topics[0]?.partitions[0]?.logEndOffset).toBe(2);
  });

  it('keeps at most the flight budget in the air; the rest land at once', () => {
    const next = applyMessage(base, frameOf(FLIGHT_BUDGET + 10));
    expect(next.flights).toHaveLength(FLIGHT_BUDGET);
  });
});
