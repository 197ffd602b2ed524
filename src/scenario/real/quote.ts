// Session text is hostile input: every name, key, value and title goes through these before it
// reaches a shell line, a comment or a Java snippet.

/** Words the shell reads as themselves: no quoting needed (none starts a command here). */
const PLAIN = /^[A-Za-z0-9_./:=,@%+-]+$/;

/**
 * `s` as one shell word that bash reads back exactly: bare when it holds only plain characters,
 * otherwise in single quotes, each `'` written `'\''`. NUL cannot be carried by any shell word.
 */
export function shellQuote(s: string): string {
  if (PLAIN.test(s)) return s;
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

/** Line breaks, control characters and bidi overrides: what could end or disguise a comment. */
const unsafeInComment = (cp: number) =>
  cp < 0x20 ||
  (cp >= 0x7f && cp <= 0x9f) ||
  cp === 0x2028 ||
  cp === 0x2029 ||
  (cp >= 0x202a && cp <= 0x202e) ||
  (cp >= 0x2066 && cp <= 0x2069);

/** `s` safe inside a `#` comment or a one-line note: one line, no control characters, short. */
export function commentText(s: string, max = 120): string {
  const chars = [...s].map((ch) => (unsafeInComment(ch.codePointAt(0) ?? 0) ? ' ' : ch));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** `s` as part of a shell variable name: [A-Za-z0-9_] only. */
export function shellName(s: string): string {
  return s.replace(/[^A-Za-z0-9_]/g, '_');
}

/** A Java string literal (JSON's escapes are Java's, for the characters JSON escapes). */
export function javaString(s: string): string {
  return JSON.stringify(s);
}

/** One line of a Java .properties file: key and value escaped as Properties#load reads them. */
export function propertyLine(key: string, value: string): string {
  const escape = (s: string) =>
    s
      .replaceAll('\\', '\\\\')
      .replaceAll('\n', '\\n')
      .replaceAll('\r', '\\r')
      .replaceAll('\t', '\\t')
      .replaceAll('\f', '\\f');
  const k = escape(key).replace(/[=: #!]/g, (c) => `\\${c}`);
  return `${k}=${escape(value).replace(/^ /, '\\ ')}`;
}
