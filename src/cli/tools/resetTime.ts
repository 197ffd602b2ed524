// The times --to-datetime and --by-duration name, read as Kafka reads them: Utils.getDateTime
// (a strict SimpleDateFormat "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", then "…SSSX"; UTC when the time
// has no zone) and java.time.Duration.parse (ISO-8601 PnDTnHnMn.nS).

export type Parsed =
  { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly error: string };

const MS = { day: 86_400_000, hour: 3_600_000, minute: 60_000 } as const;

function daysIn(month: number, year: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** The zone after the seconds: XXX takes Z or ±hh:mm; X takes Z or ±hh (and ignores the rest). */
function zoneOffset(text: string, colon: boolean): number | null {
  if (text.startsWith('Z')) return 0;
  const m = colon ? /^([+-])(\d\d):(\d\d)/.exec(text) : /^([+-])(\d\d)/.exec(text);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 23 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * MS.minute;
}

/** SimpleDateFormat.parse with setLenient(false): fields in range, trailing text ignored. */
function parseWith(text: string, colon: boolean): number | null {
  const m = /^(\d+)-(\d+)-(\d+)T(\d+):(\d+):(\d+)\.(\d+)/.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second, millis] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return null;
  if (hour > 23 || minute > 59 || second > 59 || millis > 999) return null;
  const offset = zoneOffset(text.slice(m[0].length), colon);
  if (offset === null) return null;
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return utc.getTime() - offset;
}

/** Utils.getDateTime: epoch milliseconds, or the ParseException's toString(). */
export function parseDateTime(input: string): Parsed {
  const parts = input.split('T');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length < 2)
    return {
      ok: false,
      error:
        "java.text.ParseException: Error parsing timestamp. It does not contain a 'T' according to ISO8601 format",
    };
  const time = parts[1]!;
  const text = /[+\-Z]/.test(time) ? input : `${input}Z`;
  const ms = parseWith(text, true) ?? parseWith(text, false);
  return ms === null
    ? { ok: false, error: `java.text.ParseException: Unparseable date: "${text}"` }
    : { ok: true, ms };
}

const DURATION =
  /^([-+]?)P(?:([-+]?\d+)D)?(T(?:([-+]?\d+)H)?(?:([-+]?\d+)M)?(?:([-+]?\d+)(?:[.,](\d{0,9}))?S)?)?$/i;

/** java.time.Duration.parse, in milliseconds (nanoseconds kept as a fraction). */
export function parseDuration(input: string): Parsed {
  const m = DURATION.exec(input);
  const failure = {
    ok: false,
    error: 'java.time.format.DateTimeParseException: Text cannot be parsed to a Duration',
  } as const;
  if (!m || m[3]?.toUpperCase() === 'T') return failure;
  const [, sign, days, , hours, minutes, seconds, fraction] = m;
  if ([days, hours, minutes, seconds].every((x) => x === undefined)) return failure;
  const n = (x: string | undefined) => (x === undefined ? 0 : Number(x));
  const secs = n(seconds);
  const frac = fraction ? Number(`0.${fraction}`) * (seconds?.startsWith('-') ? -1 : 1) : 0;
  const ms = n(days) * MS.day + n(hours) * MS.hour + n(minutes) * MS.minute + (secs + frac) * 1000;
  return { ok: true, ms: sign === '-' ? -ms : ms };
}
