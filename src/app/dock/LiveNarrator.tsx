import { useAppStore } from '../store/StoreContext';

/**
 * Reads events out to screen readers. It carries only the newest few: a polite live region that
 * changed sixty times a second would say nothing useful.
 */
export function LiveNarrator() {
  const latest = useAppStore((s) =>
    s.log
      .slice(-3)
      .map((e) => e.text)
      .join(' '),
  );
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="narrator">
      {latest}
    </div>
  );
}
