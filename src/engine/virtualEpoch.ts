// Virtual time 0 as a wall-clock moment, for what prints dates: the tools' CreateTime, the load
// generator's log lines and click events. Computed by hand, as the engine has no Date.

/** 2024-01-01T00:00:00.000Z in ms since the Unix epoch (Date.UTC(2024, 0, 1)). */
export const VIRTUAL_EPOCH_MS = 1_704_067_200_000;

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The ISO-8601 form of virtual time `ms` (as Date#toISOString prints it): 2024-01-01T00:00:05.120Z. */
export function isoAt(ms: number): string {
  const total = VIRTUAL_EPOCH_MS + Math.floor(ms);
  const days = Math.floor(total / DAY_MS);
  const inDay = total - days * DAY_MS;
  const { year, month, day } = civilFromDays(days);
  const h = Math.floor(inDay / 3_600_000);
  const m = Math.floor(inDay / 60_000) % 60;
  const s = Math.floor(inDay / 1000) % 60;
  return `${year}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(m)}:${pad(s)}.${pad(inDay % 1000, 3)}Z`;
}

/** Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
