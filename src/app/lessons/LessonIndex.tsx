// The lessons, in order, with how far the learner got in each: a modal dialog.
import { useEffect, useRef, useState } from 'react';
import type { Lesson } from '../../lessons/format/schema';
import { useAppStore } from '../store/StoreContext';
import { loadCatalog } from './catalog';
import { routeHash } from './route';

export function LessonIndex({ load = loadCatalog }: { readonly load?: typeof loadCatalog }) {
  const ref = useRef<HTMLDialogElement>(null);
  const progress = useAppStore((s) => s.progress);
  const setIndexOpen = useAppStore((s) => s.setIndexOpen);
  const current = useAppStore((s) => s.lesson?.id);
  const [catalog, setCatalog] = useState<{ lessons: Lesson[]; problems: string[] } | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal?.();
    let live = true;
    void load().then((c) => live && setCatalog(c));
    return () => {
      live = false;
    };
  }, [load]);
  const close = () => setIndexOpen(false);
  return (
    <dialog ref={ref} className="lesson-index" aria-labelledby="lessons-heading" onClose={close}>
      <h2 id="lessons-heading">Lessons</h2>
      <p className="muted">
        Fifteen lessons from the course notes, each a story you can play, step back through and
        replay. Progress is kept in this browser.
      </p>
      {!catalog && <p role="status">Loading the lessons…</p>}
      {catalog?.problems.map((p) => (
        <p key={p} className="form-error" role="alert">
          {p}
        </p>
      ))}
      <ol className="lesson-list">
        {catalog?.lessons.map((l) => {
          const p = progress[l.id];
          const done = p?.done.length ?? 0;
          const label = p?.finished ? 'Again' : p ? `Continue at step ${p.step + 1}` : 'Start';
          return (
            <li key={l.id} data-current={l.id === current || undefined}>
              <div>
                <h3>
                  {l.number}. {l.title} {p?.finished && <span aria-label="finished">✓</span>}
                </h3>
                <p>{l.summary}</p>
                <progress
                  value={done}
                  max={l.steps.length}
                  aria-label={`${done} of ${l.steps.length} steps done`}
                />
              </div>
              <a
                className="button"
                href={routeHash({
                  page: 'lesson',
                  id: l.id,
                  step: p?.finished ? 0 : (p?.step ?? 0),
                })}
                onClick={close}
                data-testid={`open-${l.id}`}
              >
                {label}
              </a>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={close} autoFocus>
        Close
      </button>
    </dialog>
  );
}
