import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simTime } from '../../src/engine/ids';
import { TaskQueue } from '../../src/engine/world/taskQueue';

describe('the task queue', () => {
  it('hands out tasks by due time, and in scheduling order at equal times', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (times) => {
        const queue = new TaskQueue<number>();
        times.forEach((t, i) => queue.schedule(simTime(t), i));
        const out: number[] = [];
        for (let next = queue.pop(); next; next = queue.pop()) out.push(next.task);
        const expected = times
          .map((t, i) => ({ t, i }))
          .sort((a, b) => a.t - b.t || a.i - b.i)
          .map((x) => x.i);
        expect(out).toEqual(expected);
      }),
    );
  });
});
