// One terminal tab: keys from the screen go through the line editor; finished lines, Ctrl+C, Ctrl+D
// and Tab go to the tab's shell in the worker; what the shell prints comes back and is written
// above the line being edited, which is then drawn again, so a background consumer's records never
// tangle with what the user is typing.
import type { FromWorker, TerminalState, ToWorker } from '../../protocol/messages';
import { columns, drawLine, eraseFrom, visibleLength } from './drawLine';
import { readKeys } from './keys';
import {
  EMPTY_LINE,
  commonPrefix,
  editLine,
  insertCompletion,
  type Key,
  type LineState,
} from './lineEditor';

/** The part of xterm.js the controller needs (a fake in tests). */
export interface Screen {
  write(data: string): void;
  readonly cols: number;
}

/** waiting: a line went to the shell and its answer has not come yet. */
type Mode = TerminalState | 'waiting';

const PROMPT = '\x1b[1;32m$\x1b[0m ';
const CONTINUATION = '> ';
const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J';
const COMPLETION_TIMEOUT_MS = 1000;

export class TerminalController {
  private line: LineState = EMPTY_LINE;
  private mode: Mode = 'waiting';
  private cursorRow = 0;
  /** Output after the last line break (the console producer's `>`): the edited line follows it. */
  private tail = '';
  private completionId = 0;
  /** The completion on its way, by request id. */
  private pendingCompletion: number | null = null;
  /** Keys typed while a completion was on its way, read once it has come. */
  private waitingKeys: Key[] = [];
  private completionTimer: ReturnType<typeof setTimeout> | undefined;
  private tabPresses = 0;

  constructor(
    private readonly tab: number,
    private readonly screen: Screen,
    private readonly send: (message: ToWorker) => void,
  ) {}

  get state(): Mode {
    return this.mode;
  }

  /** Keys typed or text pasted. */
  type(data: string): void {
    this.press(readKeys(data));
  }

  private press(keys: readonly Key[]): void {
    if (this.mode === 'closed') return;
    for (const [index, key] of keys.entries()) {
      // Ctrl+C never waits; it also gives up on a completion still on its way.
      if (key.kind === 'interrupt') this.abandonCompletion();
      // Like a shell, finish completing before reading on: Tab then Enter runs the completed line.
      if (this.pendingCompletion !== null) {
        this.waitingKeys.push(...keys.slice(index));
        return;
      }
      this.tabPresses = key.kind === 'tab' ? this.tabPresses + 1 : 0;
      const before = this.line;
      const { state, action } = editLine(before, key);
      const entered = before.buffer;
      this.line = state;
      switch (action) {
        case 'submit':
          // What a job reads (a producer's records) is not shell history.
          if (this.mode === 'busy')
            this.line = {
              ...state,
              history: before.history,
              historyIndex: before.history.length,
            };
          this.finishLine(entered, '');
          // Waiting first: the answer may come back before send() returns (an inline host).
          if (this.mode !== 'busy') this.mode = 'waiting';
          this.send({ type: 'terminal.line', tab: this.tab, text: entered });
          break;
        case 'interrupt':
          this.finishLine(entered, '^C');
          if (this.mode !== 'busy') this.mode = 'waiting';
          this.send({ type: 'terminal.interrupt', tab: this.tab });
          break;
        case 'eof':
          this.send({ type: 'terminal.eof', tab: this.tab });
          break;
        case 'complete':
          this.requestCompletion();
          break;
        case 'clearScreen':
          this.screen.write(CLEAR_SCREEN);
          this.cursorRow = 0;
          this.redraw();
          break;
        default:
          if (!this.typedAtEnd(before, key)) this.redraw();
      }
    }
  }

  /**
   * Text typed at the end of the line is just written, not the whole line redrawn: a screen reader
   * then hears the new character, not the line again.
   */
  private typedAtEnd(before: LineState, key: Key): boolean {
    const after = this.line;
    if (key.kind !== 'text' || before.cursor !== before.buffer.length) return false;
    if (after.buffer !== before.buffer + key.text || after.cursor !== after.buffer.length)
      return false;
    const end = visibleLength(this.prefix()) + after.buffer.length;
    // At the right edge the cursor waits to wrap: leave that to a full redraw.
    if (end % this.screen.cols === 0) return false;
    this.screen.write(key.text);
    this.cursorRow = Math.floor(end / this.screen.cols);
    return true;
  }

  /** The screen changed width: the terminal rewrapped the line, so find its start again. */
  resize(): void {
    if (this.mode === 'closed') return;
    const at = visibleLength(this.prefix()) + this.line.cursor;
    this.cursorRow = Math.floor(at / Math.max(1, this.screen.cols));
    this.redraw();
  }

  /** What the worker says; messages for other tabs are ignored. */
  receive(message: FromWorker): void {
    if (!('tab' in message) || message.tab !== this.tab) return;
    switch (message.type) {
      case 'terminal.output':
        return this.print(message.text);
      case 'terminal.state':
        return this.enter(message.state);
      case 'terminal.clear':
        this.screen.write(CLEAR_SCREEN);
        this.cursorRow = 0;
        this.tail = '';
        return;
      case 'terminal.completion':
        return this.completed(message.id, message.start, message.candidates);
    }
  }

  private enter(state: TerminalState): void {
    if ((state === 'prompt' || state === 'continue') && this.tail !== '') {
      // Start the prompt on a line of its own (after the producer's `>`, say), as zsh does.
      this.screen.write(eraseFrom(this.cursorRow) + this.tail + '\r\n');
      this.tail = '';
      this.cursorRow = 0;
    }
    this.mode = state;
    if (state === 'closed') {
      this.screen.write(eraseFrom(this.cursorRow) + '\r\n[this terminal has closed]\r\n');
      return;
    }
    this.redraw();
  }

  /** Output goes above the edited line: erase it, write whole lines, draw the line again. */
  private print(text: string): void {
    const all = this.tail + text;
    const lastBreak = all.lastIndexOf('\n');
    this.screen.write(eraseFrom(this.cursorRow));
    this.cursorRow = 0;
    if (lastBreak >= 0) this.screen.write(all.slice(0, lastBreak + 1).replace(/\r?\n/g, '\r\n'));
    this.tail = all.slice(lastBreak + 1);
    this.redraw();
  }

  private prefix(): string {
    if (this.mode === 'prompt') return this.tail + PROMPT;
    if (this.mode === 'continue') return this.tail + CONTINUATION;
    return this.tail;
  }

  private redraw(): void {
    const drawn = drawLine(
      this.prefix(),
      this.line.buffer,
      this.line.cursor,
      this.screen.cols,
      this.cursorRow,
    );
    this.screen.write(drawn.output);
    this.cursorRow = drawn.cursorRow;
  }

  /** The line is done (Enter or Ctrl+C): it stays on screen as typed, and a new line starts. */
  private finishLine(text: string, mark: string): void {
    const drawn = drawLine(this.prefix(), text, text.length, this.screen.cols, this.cursorRow);
    this.screen.write(drawn.output + mark + '\r\n');
    this.cursorRow = 0;
    this.tail = '';
  }

  private abandonCompletion(): void {
    if (this.pendingCompletion === null) return;
    clearTimeout(this.completionTimer);
    this.pendingCompletion = null;
    this.waitingKeys = [];
  }

  private requestCompletion(): void {
    if (this.mode !== 'prompt' && this.mode !== 'continue') return;
    const id = ++this.completionId;
    this.pendingCompletion = id;
    // Should the answer never come, typing must not stay blocked behind it.
    this.completionTimer = setTimeout(() => this.completed(id, 0, []), COMPLETION_TIMEOUT_MS);
    this.send({
      type: 'terminal.complete',
      tab: this.tab,
      id,
      textBeforeCursor: this.line.buffer.slice(0, this.line.cursor),
    });
  }

  private completed(id: number, start: number, candidates: readonly string[]): void {
    if (this.pendingCompletion !== id) return;
    this.pendingCompletion = null;
    clearTimeout(this.completionTimer);
    this.complete(start, candidates);
    const keys = this.waitingKeys;
    this.waitingKeys = [];
    this.press(keys);
  }

  private complete(start: number, candidates: readonly string[]): void {
    const word = this.line.buffer.slice(start, this.line.cursor);
    if (candidates.length === 0) return this.screen.write('\x07');
    if (candidates.length === 1) {
      const only = candidates[0]!;
      const done = /[\\/=]$/.test(only) ? only : only + ' ';
      this.line = insertCompletion(this.line, start, done);
      return this.redraw();
    }
    const shared = commonPrefix(candidates);
    if (shared.length > word.length) {
      this.line = insertCompletion(this.line, start, shared);
      return this.redraw();
    }
    if (this.tabPresses < 2) return this.screen.write('\x07');
    // A second Tab with nothing more to add lists the choices under the line, as bash does.
    const { buffer, cursor } = this.line;
    this.finishLine(buffer, '');
    this.screen.write(columns(candidates, this.screen.cols));
    this.line = { ...this.line, buffer, cursor };
    this.redraw();
  }
}
