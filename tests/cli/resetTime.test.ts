// The times --to-datetime and --by-duration accept, read as Kafka's Utils.getDateTime (strict
// SimpleDateFormat) and java.time.Duration.parse read them.
import { describe, expect, it } from 'vitest';
import { parseDateTime, parseDuration } from '../../src/cli/tools/resetTime';

const at = (iso: string) => ({ ok: true, ms: Date.parse(iso) });

describe('--to-datetime (Utils.getDateTime)', () => {
  it('reads a time without a zone as UTC (getDateTime appends Z)', () => {
    expect(parseDateTime('2024-01-01T10:00:00.000')).toEqual(at('2024-01-01T10:00:00.000Z'));
  });

  it('takes Z, ±hh:mm, and through its fallback pattern ±hh — ignoring what follows, so +0530 is +05', () => {
    expect(parseDateTime('2024-01-01T10:00:00.000Z')).toEqual(at('2024-01-01T10:00:00.000Z'));
    expect(parseDateTime('2024-01-01T10:00:00.000+02:00')).toEqual(at('2024-01-01T08:00:00.000Z'));
    expect(parseDateTime('2024-01-01T10:00:00.000-03')).toEqual(at('2024-01-01T13:00:00.000Z'));
    expect(parseDateTime('2024-01-01T10:00:00.000+0530')).toEqual(at('2024-01-01T05:00:00.000Z'));
  });

  it('reads SSS as a number of milliseconds (".5" is 5 ms) and refuses out-of-range fields (setLenient(false))', () => {
    expect(parseDateTime('2024-01-01T00:00:00.5')).toEqual(at('2024-01-01T00:00:00.005Z'));
    expect(parseDateTime('2024-02-30T00:00:00.000')).toEqual({
      ok: false,
      error: 'java.text.ParseException: Unparseable date: "2024-02-30T00:00:00.000Z"',
    });
    expect(parseDateTime('2024-02-29T23:59:59.999').ok).toBe(true);
  });

  it('needs the milliseconds, and a T', () => {
    expect(parseDateTime('2024-01-01T00:00:00-05:00')).toEqual({
      ok: false,
      error: 'java.text.ParseException: Unparseable date: "2024-01-01T00:00:00-05:00"',
    });
    expect(parseDateTime('2024-01-01 00:00:00.000').ok).toBe(false);
  });
});

describe('--by-duration (Duration.parse)', () => {
  it('reads PnDTnHnMn.nS, any case, with signs', () => {
    expect(parseDuration('P1DT2H3M4.5S')).toEqual({ ok: true, ms: 93_784_500 });
    expect(parseDuration('pt15m')).toEqual({ ok: true, ms: 900_000 });
    expect(parseDuration('-PT1H')).toEqual({ ok: true, ms: -3_600_000 });
  });

  it('refuses weeks, months, a bare P or PT, and plain numbers', () => {
    for (const text of ['P1W', 'P1M', 'P', 'PT', '3600', 'PT1H30'])
      expect(parseDuration(text).ok).toBe(false);
  });
});
