// The line between the stage and the dock: drag it, or focus it and use the arrow keys, to give
// the terminal more room or the stage more (WAI-ARIA window splitter).
import type { KeyboardEvent, PointerEvent } from 'react';

export const DOCK_MIN = 0.15;
export const DOCK_MAX = 0.75;
const STEP = 0.05;

const clamp = (share: number) => Math.min(DOCK_MAX, Math.max(DOCK_MIN, share));

interface Props {
  /** The dock's share of the window's height. */
  readonly share: number;
  readonly onChange: (share: number) => void;
}

export function DockResizer({ share, onChange }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    const next =
      event.key === 'ArrowUp'
        ? share + STEP
        : event.key === 'ArrowDown'
          ? share - STEP
          : event.key === 'Home'
            ? DOCK_MIN
            : event.key === 'End'
              ? DOCK_MAX
              : null;
    if (next === null) return;
    event.preventDefault();
    onChange(clamp(next));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    onChange(clamp((window.innerHeight - event.clientY) / window.innerHeight));
  };
  return (
    <div
      className="dock-resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the terminal and event log"
      aria-valuemin={Math.round(DOCK_MIN * 100)}
      aria-valuemax={Math.round(DOCK_MAX * 100)}
      aria-valuenow={Math.round(share * 100)}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
    />
  );
}
