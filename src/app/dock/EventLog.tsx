import { useEffect, useMemo, useRef, useState } from 'react';
import { formatSimTime } from '../narration/describeEvent';
import { useAppStore } from '../store/StoreContext';
import { selectLog } from '../store/selectors';
import { useThrottled } from '../hooks/useThrottled';
import { LOG_FILTERS, matchesFilter, type LogFilter } from './logFilter';

/** Every event in plain words, newest at the bottom; it keeps up unless the reader scrolled up. */
export function EventLog() {
  // Four updates a second are plenty to read; every frame would re-lay the page out.
  const log = useThrottled(useAppStore(selectLog), 250);
  const [filter, setFilter] = useState<LogFilter>('all');
  const [text, setText] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);
  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return log.filter(
      (e) =>
        matchesFilter(e.type, filter) && (needle === '' || e.text.toLowerCase().includes(needle)),
    );
  }, [log, filter, text]);

  useEffect(() => {
    const el = list.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [shown]);

  return (
    <section className="event-log" aria-labelledby="log-heading">
      <div className="event-log-head">
        <h2 id="log-heading">Event log</h2>
        <select
          aria-label="Show"
          value={filter}
          onChange={(e) => setFilter(e.target.value as LogFilter)}
          data-testid="log-filter"
        >
          {LOG_FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <input
          type="search"
          aria-label="Find in the log"
          placeholder="Find…"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <ol
        ref={list}
        tabIndex={0}
        aria-label="Events, oldest first"
        onScroll={(e) => {
          const el = e.currentTarget;
          pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
      >
        {shown.map((entry) => (
          <li key={entry.seq} data-type={entry.type}>
            <time>{formatSimTime(entry.at)}</time> {entry.text}
          </li>
        ))}
        {shown.length === 0 && <li className="muted">Nothing here yet.</li>}
      </ol>
    </section>
  );
}
