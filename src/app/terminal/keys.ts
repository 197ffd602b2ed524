// What xterm.js hands over (the bytes a terminal would send: text, control characters, escape
// sequences) read as keys. A paste arrives as one string; each line break in it is an Enter.
import type { Key, KeyName } from './lineEditor';

const SEQUENCES: Record<string, KeyName> = {
  '\x1b[A': 'up',
  '\x1b[B': 'down',
  '\x1b[C': 'right',
  '\x1b[D': 'left',
  '\x1bOA': 'up',
  '\x1bOB': 'down',
  '\x1bOC': 'right',
  '\x1bOD': 'left',
  '\x1b[H': 'home',
  '\x1b[F': 'end',
  '\x1bOH': 'home',
  '\x1bOF': 'end',
  '\x1b[1~': 'home',
  '\x1b[4~': 'end',
  '\x1b[3~': 'delete',
  '\x1b[1;5D': 'wordLeft',
  '\x1b[1;5C': 'wordRight',
  '\x1bb': 'wordLeft',
  '\x1bf': 'wordRight',
};

const CONTROLS: Record<string, KeyName> = {
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\t': 'tab',
  '\x01': 'home',
  '\x05': 'end',
  '\x02': 'left',
  '\x06': 'right',
  '\x10': 'up',
  '\x0e': 'down',
  '\x03': 'interrupt',
  '\x04': 'eof',
  '\x0b': 'killToEnd',
  '\x15': 'killToStart',
  '\x17': 'killWordBack',
  '\x0c': 'clearScreen',
};

export function readKeys(data: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  const flush = () => {
    if (text) keys.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < data.length;) {
    const c = data[i]!;
    if (c === '\x1b') {
      flush();
      const seq = Object.keys(SEQUENCES).find((s) => data.startsWith(s, i));
      if (seq) {
        keys.push({ kind: SEQUENCES[seq]! });
        i += seq.length;
      } else {
        // An unknown sequence: skip it whole (ESC, then [ and parameters up to a final letter).
        // eslint-disable-next-line no-control-regex -- matching the escape character is the point
        const match = /^\x1b(\[[0-9;?]*[ -/]*[@-~]|O.|.)?/.exec(data.slice(i));
        if (!match?.[1]) keys.push({ kind: 'escape' });
        i += match?.[0].length ?? 1;
      }
      continue;
    }
    const control = CONTROLS[c];
    if (control) {
      flush();
      // A pasted Windows line break (\r\n) is one Enter.
      if (c === '\r' && data[i + 1] === '\n') i++;
      keys.push({ kind: control });
    } else if (c >= ' ') text += c;
    i++;
  }
  flush();
  return keys;
}
