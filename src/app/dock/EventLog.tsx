import { useEffect, useRef } from 'react';
import { formatSimTime } from '../narration/describeEvent';
import { useAppStore } from '../store/StoreContext';
import { selectLog } from '../store/selectors';

/** Every event in plain words, newest at the bottom; it keeps up unless the reader scrolled up. */
export function EventLog() {
  const log = useAppStore(selectLog);
  const list = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);

  useEffect(() => {
    const el = list.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [log]);

  return (
    <section className="event-log" aria-labelledby="log-heading">
      <h2 id="log-heading">Event log</h2>
      <ol
        ref={list}
        tabIndex={0}
        aria-label="Events, oldest first"
        onScroll={(e) => {
          const el = e.currentTarget;
          pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
      >
        {log.map((entry) => (
          <li key={entry.seq} data-type={entry.type}>
            <time>{formatSimTime(entry.at)}</time> {entry.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
