// The sandbox kept across reloads: the session's text in localStorage. Storage that is full,
// blocked or missing means no autosave, never an error.
const KEY = 'kafka-visual-simulator.sandbox.v1';
/** Where a saved sandbox that could not be restored is kept (never thrown away). */
export const BROKEN_KEY = 'kafka-visual-simulator.sandbox.broken';

/** Larger sessions are not autosaved (localStorage holds about 5 MB per site). */
export const AUTOSAVE_MAX_CHARS = 2_000_000;

export function readAutosave(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

/** Whether the text was kept. */
export function writeAutosave(text: string): boolean {
  if (text.length > AUTOSAVE_MAX_CHARS) return false;
  try {
    globalThis.localStorage?.setItem(KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** A save that could not be restored moves aside, so the next autosave does not overwrite it. */
export function setAsideAutosave(): void {
  try {
    const text = globalThis.localStorage?.getItem(KEY);
    if (text !== null && text !== undefined) globalThis.localStorage?.setItem(BROKEN_KEY, text);
    globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to move.
  }
}
