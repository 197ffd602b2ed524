// Anything on the stage one can click or focus for its details: a tab stop with a name, Enter or
// Space selects it (the inspector shows it), so the picture works from the keyboard too.
import type { ReactNode } from 'react';
import { useAppStore } from '../store/StoreContext';
import type { Selection } from '../store/types';

export function Focusable({
  className,
  testId,
  label,
  selection,
  children,
}: {
  className: string;
  testId: string;
  label: string;
  selection: Selection;
  children: ReactNode;
}) {
  const select = useAppStore((s) => s.select);
  return (
    <g
      className={`focusable ${className}`}
      data-testid={testId}
      tabIndex={0}
      role="button"
      aria-label={label}
      onClick={(e) => {
        e.stopPropagation();
        select(selection);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        select(selection);
      }}
    >
      <title>{label}</title>
      {children}
    </g>
  );
}
