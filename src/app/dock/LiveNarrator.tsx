import { useAppStore } from '../store/StoreContext';
import type { LogEntry } from '../store/types';
import { useThrottled } from '../hooks/useThrottled';

/** The wire-level chatter a listener does not need read out (the log still shows it). */
const QUIET = new Set<LogEntry['type']>([
  'batch.sent',
  'records.replicated',
  'highWatermark.advanced',
  'records.fetched',
  'records.processed',
  'offsets.committed',
]);

/**
 * Reads events out to screen readers. It carries only the newest few that matter: a polite live
 * region that changed sixty times a second would say nothing useful.
 */
export function LiveNarrator() {
  const newest = useAppStore((s) => {
    const said: string[] = [];
    for (let i = s.log.length - 1; i >= 0 && said.length < 3; i--)
      if (!QUIET.has(s.log[i]!.type)) said.unshift(s.log[i]!.text);
    return said.join(' ');
  });
  // At most once a second: a screen reader needs time to say it.
  const latest = useThrottled(newest, 1000);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="narrator">
      {latest}
    </div>
  );
}
