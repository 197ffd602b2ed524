import { useReducedMotion } from 'framer-motion';
import { useEffect } from 'react';

/** Follows prefers-reduced-motion: with it, records appear in place instead of flying. */
export function useMotionPreference(setMotion: (motion: 'full' | 'reduced') => void): void {
  const reduced = useReducedMotion();
  useEffect(() => setMotion(reduced ? 'reduced' : 'full'), [reduced, setMotion]);
}
