import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../hooks/useShortcuts';
import { closeDialog } from '../hooks/closeDialog';

/** The keyboard shortcuts, in a modal dialog (the native <dialog> traps and restores focus). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal?.();
  }, []);
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
      <p>Tab moves between everything on the stage; Enter shows its details.</p>
      <button type="button" onClick={() => closeDialog(ref.current, onClose)} autoFocus>
        Close
      </button>
    </dialog>
  );
}
