import { useEffect } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Follows prefers-reduced-motion: with it, records appear in place instead of flying. */
export function useMotionPreference(setMotion: (motion: 'full' | 'reduced') => void): void {
  useEffect(() => {
    const media = window.matchMedia?.(QUERY);
    if (!media) return;
    const follow = () => setMotion(media.matches ? 'reduced' : 'full');
    follow();
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [setMotion]);
}
