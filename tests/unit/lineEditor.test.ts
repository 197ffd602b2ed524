// Line editing as readline users expect it: emacs keys, history on the arrows, what Ctrl+C and
// Ctrl+D mean, and pasted text read as keys.
import { describe, expect, it } from 'vitest';
import { readKeys } from '../../src/app/terminal/keys';
import {
  EMPTY_LINE,
  commonPrefix,
  editLine,
  insertCompletion,
  type LineState,
} from '../../src/app/terminal/lineEditor';

/** Types a terminal's bytes into the editor and keeps the last action. */
function typed(data: string, from: LineState = EMPTY_LINE) {
  let state = from;
  const actions: string[] = [];
  for (const key of readKeys(data)) {
    const next = editLine(state, key);
    state = next.state;
    if (next.action) actions.push(next.action);
  }
  return { state, actions };
}

describe('the line editor', () => {
  it('inserts where the cursor is and deletes on either side of it', () => {
    // "--l|st" + i → "--li|st"; → "--lis|t"; Backspace → "--li|t"; Delete → "--li|"
    const { state } = typed('kafka-topics --lst\x1b[D\x1b[Di\x1b[C\x7f\x1b[3~');
    expect(state.buffer).toBe('kafka-topics --li');
    expect(state.cursor).toBe(17);
  });

  it('Ctrl+A and Ctrl+E jump to the ends; Ctrl+U, Ctrl+K and Ctrl+W cut', () => {
    expect(typed('world\x01hello ').state.buffer).toBe('hello world');
    expect(typed('one two three\x17').state.buffer).toBe('one two ');
    expect(typed('one two\x01\x1b[C\x1b[C\x1b[C\x0b').state.buffer).toBe('one');
    expect(typed('one two\x1b[D\x1b[D\x1b[D\x15').state.buffer).toBe('two');
  });

  it('Enter submits and remembers the line; the arrows walk the history and back to the draft', () => {
    const first = typed('first\rsecond\r');
    let state = first.state;
    expect(first.actions).toEqual(['submit', 'submit']);
    expect(state.history).toEqual(['first', 'second']);
    state = typed('dra', state).state;
    state = typed('\x1b[A\x1b[A', state).state;
    expect(state.buffer).toBe('first');
    state = typed('\x1b[B\x1b[B', state).state;
    expect(state.buffer).toBe('dra');
  });

  it('keeps no blank lines and no immediate repeats in the history, as bash with ignoreboth', () => {
    const { state } = typed('ls\r\rls\r  \r');
    expect(state.history).toEqual(['ls']);
  });

  it('Ctrl+C drops the line; Ctrl+D is end of input only on an empty line', () => {
    expect(typed('half typed\x03')).toMatchObject({
      state: { buffer: '' },
      actions: ['interrupt'],
    });
    expect(typed('\x04').actions).toEqual(['eof']);
    const notEmpty = typed('ab\x01\x04');
    expect(notEmpty.actions).toEqual([]);
    expect(notEmpty.state.buffer).toBe('b');
  });

  it('reads a pasted script as lines, a Windows line break as one Enter', () => {
    const { state, actions } = typed('echo a\r\necho b\n');
    expect(actions).toEqual(['submit', 'submit']);
    expect(state.history).toEqual(['echo a', 'echo b']);
  });

  it('skips escape sequences it does not know instead of typing them', () => {
    expect(typed('a\x1b[15~b\x1b[200~c').state.buffer).toBe('abc');
  });

  it('completion replaces the word being typed and keeps what follows the cursor', () => {
    const state = { ...EMPTY_LINE, buffer: 'kafka-topics --to x', cursor: 17 };
    const done = insertCompletion(state, 13, '--topic ');
    expect(done.buffer).toBe('kafka-topics --topic  x');
    expect(done.cursor).toBe(21);
    expect(commonPrefix(['--topic', '--topics-with-overrides'])).toBe('--topic');
  });
});
