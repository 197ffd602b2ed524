// A builder section that folds away: the side panel holds six of them, and a small screen shows
// the ones in use. The summary is the section's heading, and a key (Enter or Space) opens it.
import type { ReactNode } from 'react';

export function Fold({
  id,
  title,
  open = false,
  children,
}: {
  id: string;
  title: string;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="fold" open={open} data-testid={`fold-${id}`}>
      <summary>
        <h2 id={id}>{title}</h2>
      </summary>
      {children}
    </details>
  );
}
