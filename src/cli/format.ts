// Small formatting helpers shared by the tools: log lines as tools-log4j.properties prints them
// ("[%d] %p %m (%c)"), with virtual time shown as a wall-clock moment.
import { VIRTUAL_EPOCH_MS } from './world';

/** log4j's default date format, in UTC: 2024-01-01 00:00:05,123. */
export function logDate(virtualMs: number): string {
  const iso = new Date(VIRTUAL_EPOCH_MS + virtualMs).toISOString(); // 2024-01-01T00:00:05.123Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)},${iso.slice(20, 23)}`;
}

export function logLine(
  virtualMs: number,
  level: 'WARN' | 'ERROR' | 'INFO',
  message: string,
  logger: string,
): string {
  return `[${logDate(virtualMs)}] ${level} ${message} (${logger})\n`;
}
