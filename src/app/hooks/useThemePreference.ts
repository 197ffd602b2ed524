import { useEffect } from 'react';
import type { Theme } from '../store/types';

/** Starts from the system's colour scheme; the user's choice (D, or the button) then wins. */
export function useThemePreference(setTheme: (theme: Theme) => void): void {
  useEffect(() => {
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    setTheme(dark ? 'dark' : 'light');
  }, [setTheme]);
}
