// How Kafka's tools refuse a command line (CommandLineUtils#printUsageAndExit): the message on
// stderr, then the option help, and exit code 1. The simulator prints a short pointer instead of
// the full help table.
import { finished, type Job, type Output } from '../job';
import type { OptionsResult } from '../options';

export function usageError(out: Output, tool: string, message: string): Job {
  out(`${message}\n`, 'stderr');
  out(`(run ${tool}.sh --help for the options)\n`, 'stderr');
  return finished(tool, 1);
}

/** joptsimple's message for a bad option, with its exception's class name when `qualified`. */
export function optionMessage(
  result: Extract<OptionsResult, { ok: false }>,
  qualified = false,
): string {
  return result.kind === 'unrecognized'
    ? `${qualified ? 'joptsimple.UnrecognizedOptionException: ' : ''}${result.option} is not a recognized option`
    : `${qualified ? 'joptsimple.OptionMissingRequiredArgumentException: ' : ''}Option ${result.option} requires an argument`;
}

/** joptsimple's own errors, as the tools let them escape from main. */
export function optionError(
  out: Output,
  tool: string,
  result: Extract<OptionsResult, { ok: false }>,
): Job {
  out(`Exception in thread "main" ${optionMessage(result, true)}\n`, 'stderr');
  return finished(tool, 1);
}

/** --property k=v lists, as the console tools read them. */
export function properties(values: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq > 0) map.set(v.slice(0, eq).trim(), v.slice(eq + 1));
  }
  return map;
}
