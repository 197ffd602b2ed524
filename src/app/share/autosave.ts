// The sandbox kept across reloads: the session's text in localStorage. Storage that is full,
// blocked or missing means no autosave, never an error.
const KEY = 'kafka-visual-simulator.sandbox.v1';

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

export function clearAutosave(): void {
  try {
    globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to clear.
  }
}
