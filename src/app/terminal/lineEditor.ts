// The terminal's line editing, as readline does it in a shell: a buffer with a cursor, emacs keys,
// history on the arrows. Pure: a state and a key in, a new state and what to do out; the terminal
// view draws the result. (xterm.js is only a screen: line editing is the shell's job.)

export interface LineState {
  readonly buffer: string;
  readonly cursor: number;
  /** Lines entered before, oldest first. */
  readonly history: readonly string[];
  /** Which history entry is shown: history.length means the line being typed. */
  readonly historyIndex: number;
  /** The line being typed, kept while the arrows walk the history. */
  readonly draft: string;
}

export type Key =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind:
        | 'enter'
        | 'backspace'
        | 'delete'
        | 'left'
        | 'right'
        | 'home'
        | 'end'
        | 'up'
        | 'down'
        | 'wordLeft'
        | 'wordRight'
        | 'killToStart'
        | 'killToEnd'
        | 'killWordBack'
        | 'tab'
        | 'interrupt'
        | 'eof'
        | 'clearScreen'
        | 'escape';
    };

export type KeyName = Exclude<Key['kind'], 'text'>;

/** What the view must do besides redrawing the line. */
export type LineAction = 'submit' | 'complete' | 'interrupt' | 'eof' | 'clearScreen' | null;

export const EMPTY_LINE: LineState = {
  buffer: '',
  cursor: 0,
  history: [],
  historyIndex: 0,
  draft: '',
};

const HISTORY_LIMIT = 500;

export function editLine(state: LineState, key: Key): { state: LineState; action: LineAction } {
  const { buffer, cursor } = state;
  const edit = (next: string, at: number) => ({
    state: { ...state, buffer: next, cursor: at },
    action: null,
  });
  switch (key.kind) {
    case 'text': {
      const text = [...key.text].filter((c) => c >= ' ' && c !== '\x7f').join('');
      return edit(buffer.slice(0, cursor) + text + buffer.slice(cursor), cursor + text.length);
    }
    case 'backspace':
      return cursor === 0
        ? { state, action: null }
        : edit(buffer.slice(0, cursor - 1) + buffer.slice(cursor), cursor - 1);
    case 'delete':
      return edit(buffer.slice(0, cursor) + buffer.slice(cursor + 1), cursor);
    case 'left':
      return edit(buffer, Math.max(0, cursor - 1));
    case 'right':
      return edit(buffer, Math.min(buffer.length, cursor + 1));
    case 'home':
      return edit(buffer, 0);
    case 'end':
      return edit(buffer, buffer.length);
    case 'wordLeft':
      return edit(buffer, wordStartBefore(buffer, cursor));
    case 'wordRight':
      return edit(buffer, wordEndAfter(buffer, cursor));
    case 'killToStart':
      return edit(buffer.slice(cursor), 0);
    case 'killToEnd':
      return edit(buffer.slice(0, cursor), cursor);
    case 'killWordBack': {
      // Ctrl+W cuts back to the previous space, as readline's unix-word-rubout does.
      let at = cursor;
      while (at > 0 && buffer[at - 1] === ' ') at--;
      while (at > 0 && buffer[at - 1] !== ' ') at--;
      return edit(buffer.slice(0, at) + buffer.slice(cursor), at);
    }
    case 'up':
    case 'down': {
      const index = state.historyIndex + (key.kind === 'up' ? -1 : 1);
      if (index < 0 || index > state.history.length) return { state, action: null };
      const draft = state.historyIndex === state.history.length ? buffer : state.draft;
      const line = index === state.history.length ? draft : state.history[index]!;
      return {
        state: { ...state, buffer: line, cursor: line.length, historyIndex: index, draft },
        action: null,
      };
    }
    case 'enter':
      return { state: remember(state), action: 'submit' };
    case 'tab':
      return { state, action: 'complete' };
    case 'interrupt':
      return { state: clearLine(state), action: 'interrupt' };
    case 'eof':
      // Ctrl+D deletes the character under the cursor; only on an empty line is it end of input.
      return buffer === ''
        ? { state, action: 'eof' }
        : edit(buffer.slice(0, cursor) + buffer.slice(cursor + 1), cursor);
    case 'clearScreen':
      return { state, action: 'clearScreen' };
    case 'escape':
      return { state, action: null };
  }
}

/** After Enter: the line joins the history (not blanks, not a repeat) and the buffer empties. */
function remember(state: LineState): LineState {
  const line = state.buffer;
  const history =
    line.trim() === '' || state.history.at(-1) === line
      ? state.history
      : [...state.history, line].slice(-HISTORY_LIMIT);
  return { ...clearLine(state), history, historyIndex: history.length };
}

function clearLine(state: LineState): LineState {
  return { ...state, buffer: '', cursor: 0, historyIndex: state.history.length, draft: '' };
}

/** Inserts completion text at the cursor, replacing the word from `start`. */
export function insertCompletion(state: LineState, start: number, text: string): LineState {
  const buffer = state.buffer.slice(0, start) + text + state.buffer.slice(state.cursor);
  return { ...state, buffer, cursor: start + text.length };
}

function wordStartBefore(buffer: string, cursor: number): number {
  let at = cursor;
  while (at > 0 && !/\w/.test(buffer[at - 1]!)) at--;
  while (at > 0 && /\w/.test(buffer[at - 1]!)) at--;
  return at;
}

function wordEndAfter(buffer: string, cursor: number): number {
  let at = cursor;
  while (at < buffer.length && !/\w/.test(buffer[at]!)) at++;
  while (at < buffer.length && /\w/.test(buffer[at]!)) at++;
  return at;
}

/** The longest prefix all candidates share (what Tab inserts when several fit). */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0]!;
  for (const c of candidates) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
