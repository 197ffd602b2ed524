// Shell-like scripts, as the runner and the terminal take them: words with quotes and escapes,
// comments, line continuations, here-documents and `echo`/`printf` pipes as a command's stdin,
// and `&` for a background job. Only what a Kafka tutorial needs — and a clear error otherwise.

export interface ParsedCommand {
  readonly argv: readonly string[];
  /** What the command reads on stdin (a here-document or an echo/printf pipe), if anything. */
  readonly stdin: string | null;
  readonly background: boolean;
  /** The source line, for echoing a transcript. */
  readonly source: string;
  readonly line: number;
}

export type ParseResult =
  | { readonly ok: true; readonly commands: ParsedCommand[] }
  | {
      readonly ok: false;
      readonly error: string;
      readonly line: number;
      /** The text stops mid-command (an open quote or here-document): a terminal asks for more. */
      readonly incomplete?: boolean;
    };

interface Words {
  readonly words: string[];
  /** Where an unquoted `|`, `&` or `<<` sits: index into words where it would go. */
  readonly operators: {
    readonly op: '|' | '&' | '<<';
    readonly at: number;
    readonly arg?: string;
  }[];
}

/** Splits one logical line into words, honouring quotes, backslashes and comments. */
export function splitWords(text: string): Words | { error: string } {
  const words: string[] = [];
  const operators: Words['operators'][number][] = [];
  let word: string | null = null;
  const push = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { error: "unexpected EOF while looking for matching `''" };
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      let out = '';
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && j + 1 < text.length && '"\\$`'.includes(text[j + 1]!))
          out += text[++j];
        else out += text[j];
      }
      if (j >= text.length) return { error: 'unexpected EOF while looking for matching `"\'' };
      word = (word ?? '') + out;
      i = j;
    } else if (c === '\\' && i + 1 < text.length) {
      // A Windows path (bin\windows\kafka-topics.bat) keeps its backslashes; an escape drops it.
      const next = text[i + 1]!;
      if (/[\s'"\\|&#<>]/.test(next)) {
        word = (word ?? '') + next;
        i++;
      } else word = (word ?? '') + c;
    } else if (c === '#' && word === null) {
      break;
    } else if (/\s/.test(c)) {
      push();
    } else if (c === '|' || c === '&') {
      push();
      operators.push({ op: c, at: words.length });
    } else if (c === '<' && text[i + 1] === '<') {
      push();
      let j = i + 2;
      if (text[j] === '-') j++;
      while (text[j] === ' ') j++;
      let tag = '';
      const quote = text[j] === "'" || text[j] === '"' ? text[j] : null;
      if (quote) j++;
      while (j < text.length && (quote ? text[j] !== quote : /[^\s|&]/.test(text[j]!)))
        tag += text[j++];
      if (quote) j++;
      if (tag === '') return { error: "syntax error near unexpected token `newline'" };
      operators.push({ op: '<<', at: words.length, arg: tag });
      i = j - 1;
    } else {
      word = (word ?? '') + c;
    }
  }
  push();
  return { words, operators };
}

/** `echo` and `printf` as the left side of a pipe: what they would write. */
function pipedText(argv: readonly string[]): string | null {
  const [cmd, ...args] = argv;
  if (cmd === 'echo') {
    const noNewline = args[0] === '-n';
    const rest = noNewline ? args.slice(1) : args;
    const interpret = rest[0] === '-e';
    const text = (interpret ? rest.slice(1) : rest).join(' ');
    return (interpret ? unescape(text) : text) + (noNewline ? '' : '\n');
  }
  if (cmd === 'printf' && args.length > 0)
    return unescape(args[0]!.replaceAll('%s', () => args.splice(1, 1)[0] ?? ''));
  return null;
}

function unescape(text: string): string {
  return text.replace(/\\(n|t|\\)/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : '\\',
  );
}

export function parseScript(script: string): ParseResult {
  const lines = script.replace(/\r\n?/g, '\n').split('\n');
  const commands: ParsedCommand[] = [];
  for (let n = 0; n < lines.length; n++) {
    const startLine = n + 1;
    let text = lines[n]!;
    // A trailing backslash continues the command on the next line.
    while (text.endsWith('\\') && !text.endsWith('\\\\') && n + 1 < lines.length)
      text = text.slice(0, -1) + ' ' + lines[++n]!.trimStart();
    if (text.trim() === '') continue;
    const split = splitWords(text);
    if ('error' in split)
      return {
        ok: false,
        error: split.error,
        line: startLine,
        incomplete: split.error.startsWith('unexpected EOF'),
      };
    if (split.words.length === 0 && split.operators.length === 0) continue;
    let stdin: string | null = null;
    let argv = split.words;
    let background = false;
    const doubled = split.operators.find(
      (op, i) => op.op !== '<<' && split.operators[i + 1]?.at === op.at,
    );
    if (doubled)
      return {
        ok: false,
        error: `\`${doubled.op}${doubled.op}' is not supported here: put each command on a line of its own`,
        line: startLine,
      };
    for (const op of split.operators) {
      if (op.op === '&') {
        if (op.at !== split.words.length)
          return { ok: false, error: "syntax error near unexpected token `&'", line: startLine };
        background = true;
      } else if (op.op === '|') {
        const left = split.words.slice(0, op.at);
        const piped = pipedText(left);
        if (piped === null)
          return {
            ok: false,
            error: `only echo and printf can be piped into a command here (got: ${left[0] ?? 'nothing'})`,
            line: startLine,
          };
        stdin = piped;
        argv = split.words.slice(op.at);
      } else {
        const body: string[] = [];
        let closed = false;
        while (n + 1 < lines.length) {
          const next = lines[++n]!;
          if (next.trim() === op.arg) {
            closed = true;
            break;
          }
          body.push(next);
        }
        if (!closed)
          return {
            ok: false,
            error: `here-document at line ${startLine} delimited by end-of-file (wanted \`${op.arg ?? ''}')`,
            line: startLine,
            incomplete: true,
          };
        stdin = body.length > 0 ? body.join('\n') + '\n' : '';
      }
    }
    if (argv.length === 0)
      return { ok: false, error: 'syntax error: a pipe needs a command after it', line: startLine };
    commands.push({ argv, stdin, background, source: text.trim(), line: startLine });
  }
  return { ok: true, commands };
}
