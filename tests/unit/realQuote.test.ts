// The one quoting function every session value goes through on its way into the session script.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { commentText, shellName, shellQuote } from '../../src/scenario/real/quote';

/** What bash prints for `printf %s <word>`, as bytes. */
const bashPrints = (word: string) => spawnSync('bash', ['-c', `printf %s ${word}`]).stdout;

// NUL is left out: no shell word (no C string) can carry it. Lone surrogates too: they have no
// UTF-8 form, so no script file can hold them.
const carried = (s: string) => !s.includes('\0') && !/[\uD800-\uDFFF]/u.test(s);

const shellish = fc.string({
  unit: fc.constantFrom(
    ...["'", '"', '$', '`', '\\', '\n', '\r', '\t', ' ', '!', '*', '?', '[', ']', '(', ')'],
    ...[
      '{',
      '}',
      ';',
      '&',
      '|',
      '<',
      '>',
      '~',
      '#',
      '=',
      '%',
      '-',
      'a',
      'é',
      '😀',
      '$(id)',
      "'\\''",
    ],
  ),
});

describe('shellQuote', () => {
  it('makes any string one word that bash reads back exactly (printf %s prints it)', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), shellish)
          .filter(carried),
        (s) => {
          expect(bashPrints(shellQuote(s)).equals(Buffer.from(s, 'utf8'))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000); // one bash per run: slow when the whole suite shares the machine

  it("leaves plain words bare and quotes the rest, an embedded quote as '\\''", () => {
    expect(shellQuote('orders')).toBe('orders');
    expect(shellQuote('retention.ms=60000')).toBe('retention.ms=60000');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('$(touch x)')).toBe("'$(touch x)'");
    expect(shellQuote('~')).toBe("'~'");
  });
});

describe('commentText and shellName', () => {
  it('keeps a comment on one line with no control characters or bidi overrides', () => {
    expect(commentText('a\nb\rc\u2028d\u202ee\u0007f')).toBe('a b c d e f');
    expect(commentText('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('names shell variables with [A-Za-z0-9_] only', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => /^[A-Za-z0-9_]*$/.test(shellName(s))),
    );
    expect(shellName('consumer-1 $(x)')).toBe('consumer_1___x_');
  });
});
