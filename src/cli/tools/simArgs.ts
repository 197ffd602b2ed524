// What the `sim` subcommands share: reading `--option value` (or `--option=value`) after the
// positional words, whole numbers, and answering as the other subcommands do (`sim: …` on stderr,
// exit status 1).
import { finished, type Job } from '../job';
import type { CommandContext } from '../session';

export interface SimIo {
  readonly ctx: CommandContext;
  /** Prints `sim: message` on stderr; exit status 1. */
  fail(message: string): Job;
  /** Prints `text` (if any) on stdout; exit status 0. */
  done(text?: string): Job;
}

export function simIo(args: readonly string[], ctx: CommandContext): SimIo {
  const source = ['sim', ...args].join(' ');
  return {
    ctx,
    fail(message) {
      ctx.out(`sim: ${message}\n`, 'stderr');
      return finished(source, 1);
    },
    done(text) {
      if (text !== undefined) ctx.out(text, 'stdout');
      return finished(source, 0);
    },
  };
}

export interface SimArgs {
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string>;
}

/** Splits words into positional ones and the `known` options (names without their dashes). */
export function parseSimArgs(
  words: readonly string[],
  known: readonly string[],
): SimArgs | { readonly error: string } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const name = word.slice(2, eq < 0 ? undefined : eq);
    if (!known.includes(name))
      return {
        error:
          known.length === 0
            ? `unknown option ${word}`
            : `unknown option --${name} (options: ${known.map((k) => `--${k}`).join(', ')})`,
      };
    const value = eq < 0 ? words[i + 1] : word.slice(eq + 1);
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      return { error: `--${name} needs a value` };
    if (eq < 0) i++;
    options.set(name, value);
  }
  return { positional, options };
}

/** A whole number written plainly (digits only: no sign, exponent or hex), or undefined. */
export function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** A number ≥ 0 written plainly (digits, maybe a decimal part), or undefined. */
export function plainNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** `value` if it is one of `choices`, else undefined. */
export function oneOf<T extends string>(
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  return choices.find((c) => c === value);
}
