// The keyboard shortcuts (listed in the Shortcuts dialog and the README). They act only when the
// user is not typing, and never when a modifier is held (the browser's own shortcuts win).
import { useEffect } from 'react';
import { SPEEDS } from '../../protocol/messages';
import type { AppStore } from '../store/createAppStore';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export interface Shortcut {
  readonly keys: string;
  readonly does: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Space', does: 'Play or pause' },
  { keys: '→', does: 'Step to the next moment something happens' },
  { keys: '←', does: 'Step back to the previous moment something happened' },
  { keys: '[ and ]', does: 'Go to the previous or next mark on the timeline' },
  { keys: 'Home / End', does: 'Go to the start, or to the furthest moment reached' },
  { keys: '+ / −', does: 'Faster or slower' },
  { keys: 'Esc', does: 'Close the details (or leave the terminal, then Tab)' },
  { keys: 'Page Down / Page Up', does: 'In a lesson: next step, or back to the step before' },
  { keys: 'L', does: 'The lessons' },
  { keys: 'D', does: 'Dark or light theme' },
  { keys: 'P', does: 'Presenter mode: large type, high contrast, a strong focus highlight' },
  { keys: '?', does: 'Show these shortcuts' },
];

export function useShortcuts(store: AppStore, showHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      // Inside the terminal every key is the terminal's.
      if (target?.closest('.terminal-pane')) return;
      // Space and Enter on a button press it; arrows on a widget move within it.
      const onButton = target?.tagName === 'BUTTON' || target?.getAttribute('role') === 'button';
      const inWidget = target?.closest('[role="tablist"], [role="separator"], .stage-viewport');
      const s = store.getState();
      const now = s.now;
      const act = (run: () => void) => {
        event.preventDefault();
        run();
      };
      switch (event.key) {
        case ' ':
          if (!onButton && !event.repeat) act(s.togglePlay);
          return;
        case 'ArrowRight':
          if (!inWidget) act(s.stepForward);
          return;
        case 'ArrowLeft':
          if (!inWidget) act(s.stepBack);
          return;
        case ']': {
          const next = s.markers.find((m) => m.at > now);
          if (next) act(() => s.seek(next.at));
          return;
        }
        case '[': {
          const previous = [...s.markers].reverse().find((m) => m.at < now);
          act(() => s.seek(previous?.at ?? 0));
          return;
        }
        case 'Home':
          if (!inWidget) act(() => s.seek(0));
          return;
        case 'End':
          if (!inWidget) act(() => s.seek(s.horizon));
          return;
        case '+':
        case '=':
          return act(() => s.setSpeed(SPEEDS.find((x) => x > s.speed) ?? s.speed));
        case '-':
          return act(() => s.setSpeed([...SPEEDS].reverse().find((x) => x < s.speed) ?? s.speed));
        case 'Escape':
          if (s.selection) act(() => s.select(null));
          return;
        // A presenter's clicker sends Page Down / Page Up.
        case 'PageDown':
          if (s.lessonStatus?.done) act(s.nextStep);
          return;
        case 'PageUp':
          if (s.lessonStatus && s.lessonStatus.step > 0) act(s.backStep);
          return;
        case 'l':
        case 'L':
          return act(() => s.setIndexOpen(true));
        case 'd':
        case 'D':
          return act(() => s.setTheme(s.theme === 'dark' ? 'light' : 'dark'));
        case 'p':
        case 'P':
          return act(() => s.setPresenter(!s.presenter));
        case '?':
          return act(showHelp);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, showHelp]);
}
