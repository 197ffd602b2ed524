// The charts, fed from the store: the samples up to now (after a rewind the store also holds the
// known future, which the charts must not show yet).
import { useMemo } from 'react';
import { useAppStore } from '../store/StoreContext';
import { selectNow } from '../store/selectors';
import { Charts } from './Charts';

export function ChartsPanel() {
  const samples = useAppStore((s) => s.samples);
  // Whole seconds: a frame that brings no new sample redraws nothing.
  const second = Math.floor(useAppStore(selectNow) / 1000);
  const upToNow = useMemo(() => {
    const end = second * 1000 + 999;
    let n = samples.length;
    while (n > 0 && samples[n - 1]!.at > end) n--;
    return n === samples.length ? samples : samples.slice(0, n);
  }, [samples, second]);
  return <Charts samples={upToNow} now={second * 1000} />;
}
