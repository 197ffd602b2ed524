import { useEffect } from 'react';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);

/** Space plays and pauses, unless the user is typing or Space already means "press this". */
export function useSpaceToPlay(toggle: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== ' ' || event.repeat || event.altKey || event.ctrlKey || event.metaKey)
        return;
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);
}
