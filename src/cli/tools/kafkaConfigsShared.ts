// kafka-configs' shared pieces: the request being served, the configs to add and delete as
// ConfigCommand parses them, and its two ways of failing.
import { exceptionClass } from './adminConnection';
import { finished, type Job, type Output } from '../job';
import type { ParsedOptions } from '../options';
import type { CommandContext } from '../session';

export const TOOL = 'kafka-configs';

export interface Request {
  readonly ctx: CommandContext;
  readonly args: readonly string[];
  readonly o: ParsedOptions;
  readonly types: readonly string[];
  readonly names: readonly string[];
}

type Adds =
  { ok: true; configs: Map<string, string> } | { ok: false; message: string; crash?: true };

/** --delete-config k1,k2 (joptsimple splits the values on commas). */
export function configsToDelete(o: ParsedOptions): string[] {
  return o.values('delete-config').flatMap((v) => v.split(',').map((s) => s.trim()));
}

/**
 * parseConfigsToBeAdded: split on commas outside [], each on '=' (exactly one), brackets removed
 * from values, keys checked for illegal characters.
 */
export function parseAdds(o: ParsedOptions): Adds {
  const configs = new Map<string, string>();
  const raw = o.value('add-config');
  // The simulator has no files to load (Utils.loadProps fails as on a missing file).
  if (o.has('add-config-file'))
    return {
      ok: false,
      crash: true,
      message: `java.nio.file.NoSuchFileException: ${o.value('add-config-file')!}`,
    };
  if (raw === undefined) return { ok: true, configs };
  const outsideBrackets = '(?=[^\\]]*(?:\\[|$))';
  for (const pair of javaSplit(raw, new RegExp(`,${outsideBrackets}`, 'g'))) {
    const kv = pair.split(new RegExp(`\\s*=\\s*${outsideBrackets}`, 'g'));
    if (kv.length !== 2)
      return {
        ok: false,
        message:
          'requirement failed: Invalid entity config: all configs to be added must be in the format "key=val".',
      };
    configs.set(kv[0]!.trim(), kv[1]!.replace(/\[?\]?/g, '').trim());
  }
  for (const key of configs.keys())
    if (!/^[a-zA-Z0-9._-]*$/.test(key))
      return { ok: false, message: `Invalid character found for config key: ${key}` };
  return { ok: true, configs };
}

/** String#split(regex): trailing empty strings dropped (but a lone empty input stays). */
function javaSplit(text: string, re: RegExp): string[] {
  const parts = text.split(re);
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export function notModelled(out: Output, type: string): Job {
  out(
    `(kafkasim: kafka-configs works on topics here (and --describe of brokers); the simulator does not model ${type} configs)\n`,
    'stderr',
  );
  return finished(TOOL, 1);
}

/** IllegalArgumentException, InvalidConfigurationException and joptsimple's: the message alone. */
export function refuse(out: Output, message: string): Job {
  out(`${message}\n`, 'stderr');
  return finished(TOOL, 1);
}

/** Any other Throwable: the command line, then the stack trace (its frames left out here). */
export function crash(r: Request, trace: readonly string[]): Job {
  r.ctx.out(
    `Error while executing config command with args '${r.args.join(' ')}'\n${trace.map((l) => `${l}\n`).join('')}`,
    'stderr',
  );
  return finished(TOOL, 1);
}

export function javaLine(error: { name: string; message: string }): string {
  return `${exceptionClass(error.name)}: ${error.message}`;
}

/** A failed admin future: ExecutionException wrapping the broker's error. */
export function executionException(cause: { name: string; message: string }): string[] {
  return [
    `java.util.concurrent.ExecutionException: ${javaLine(cause)}`,
    `Caused by: ${javaLine(cause)}`,
  ];
}
