// Segments keep records in chunks so that rewinding shares the log instead of copying it: a
// prefix shares full chunks, and neither list sees what the other appends afterwards.
import { describe, expect, it } from 'vitest';
import { RecordList } from '../../src/engine/cluster/recordList';

const listOf = (n: number) => {
  const list = new RecordList<number>();
  for (let i = 0; i < n; i++) list.push(i);
  return list;
};

describe('RecordList', () => {
  it('reads back what was pushed, across chunk boundaries', () => {
    const list = listOf(10_000);
    expect(list.length).toBe(10_000);
    expect([list.get(0), list.get(4095), list.get(4096), list.get(9_999)]).toEqual([
      0, 4095, 4096, 9_999,
    ]);
    expect(list.get(10_000)).toBeUndefined();
    expect(list.get(-1)).toBeUndefined();
    expect(list.tail(9_997)).toEqual([9_997, 9_998, 9_999]);
  });

  it('gives a prefix that grows on its own: neither list sees the other’s new items', () => {
    const original = listOf(9_000);
    const copy = original.prefix(5_000);
    copy.push(-1);
    original.push(9_000);
    expect(copy.length).toBe(5_001);
    expect(copy.get(5_000)).toBe(-1);
    expect(original.get(5_000)).toBe(5_000);
    expect(original.get(9_000)).toBe(9_000);
    // A prefix of a prefix, as a second rewind makes, is still independent.
    const again = copy.prefix(4_096);
    again.push(-2);
    expect([again.get(4_096), copy.get(4_096), original.get(4_096)]).toEqual([-2, 4_096, 4_096]);
  });
});
