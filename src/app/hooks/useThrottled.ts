import { useEffect, useRef, useState } from 'react';

/**
 * The value, at most once per `ms`: for views that need not follow every frame (the event log's
 * list, the narrator), so a busy simulation does not make the page lay itself out 60 times a second.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = last.current + ms - performance.now();
    const show = () => {
      last.current = performance.now();
      setShown(value);
    };
    if (wait <= 0) {
      show();
      return;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}
