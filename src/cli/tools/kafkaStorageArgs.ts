// kafka-storage's command line as argparse4j reads it: subcommands, long options by unique prefix,
// required and mutually exclusive arguments, and its "usage: … error: …" refusals. Usage lines
// assume a terminal wide enough that argparse4j does not wrap them.
import { finished, type Job, type Output } from '../job';

export const MAIN_USAGE = 'usage: kafka-storage [-h] {info,format,random-uuid} ...';
export const MAIN_HELP = `${MAIN_USAGE}

The Kafka storage tool.

positional arguments:
  {info,format,random-uuid}
    info                 Get information about the Kafka log directories on this node.
    format               Format the Kafka log directories on this node.
    random-uuid          Print a random UUID.

optional arguments:
  -h, --help             show this help message and exit
`;

export interface Arg {
  readonly long: string;
  readonly short: string;
  readonly value: boolean;
  readonly required?: true;
  readonly help?: string;
}

const CONFIG: Arg = {
  long: '--config',
  short: '-c',
  value: true,
  required: true,
  help: 'The Kafka configuration file to use.',
};
const EXCLUSIVE = ['--standalone', '--no-initial-controllers', '--initial-controllers'];
export const SUBCOMMANDS: Readonly<Record<string, readonly Arg[]>> = {
  info: [CONFIG],
  format: [
    CONFIG,
    {
      long: '--cluster-id',
      short: '-t',
      value: true,
      required: true,
      help: 'The cluster ID to use.',
    },
    {
      long: '--add-scram',
      short: '-S',
      value: true,
      help: 'A SCRAM_CREDENTIAL to add to the __cluster_metadata log e.g.\n\'SCRAM-SHA-256=[name=alice,password=alice-secret]\'\n\'SCRAM-SHA-512=[name=alice,iterations=8192,salt="N3E=",saltedpassword="YCE="]\'',
    },
    { long: '--ignore-formatted', short: '-g', value: false },
    {
      long: '--release-version',
      short: '-r',
      value: true,
      help: 'The release version to use for the initial feature settings. The minimum is 3.0-IV0; the default is 3.9-IV0',
    },
    {
      long: '--feature',
      short: '-f',
      value: true,
      help: 'The setting to use for a specific feature, in feature=level format. For example: `kraft.version=1`.',
    },
    {
      long: '--standalone',
      short: '-s',
      value: false,
      help: 'Used to initialize a controller as a single-node dynamic quorum. When setting this flag, the controller.quorum.voters config must not be set, and controller.quorum.bootstrap.servers is set instead.',
    },
    {
      long: '--no-initial-controllers',
      short: '-N',
      value: false,
      help: 'Used to initialize a server without specifying a dynamic quorum. When setting this flag, the controller.quorum.voters config should not be set, and controller.quorum.bootstrap.servers is set instead.',
    },
    {
      long: '--initial-controllers',
      short: '-I',
      value: true,
      help: 'Used to initialize a server with the specified dynamic quorum. The argument is a comma-separated list of id@hostname:port:directory. The same values must be used to format all nodes. For example:\n0@example.com:8082:JEXY6aqzQY-32P5TStzaFg,1@example.com:8083:MvDxzVmcRsaTz33bUuRU6A,2@example.com:8084:07R5amHmR32VDA6jHkGbTA\n. When setting this flag, the controller.quorum.voters config must not be set, and controller.quorum.bootstrap.servers is set instead.',
    },
  ],
  'random-uuid': [],
};

export type Parsed = {
  readonly values: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
};

/** argparse4j: long options by unique prefix, short ones, `--opt=value`; required ones checked. */
export function parseArgs(args: readonly string[], specs: readonly Arg[]): Parsed | string {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const matches = specs.filter(
      (s) => s.short === name || s.long === name || (name.length > 2 && s.long.startsWith(name)),
    );
    const exact = matches.find((s) => s.long === name || s.short === name);
    const spec = exact ?? (matches.length === 1 ? matches[0] : undefined);
    if (!spec) {
      if (matches.length > 1)
        return `ambiguous option: ${name} could match ${matches.map((s) => s.long).join(', ')}`;
      unknown.push(arg);
      continue;
    }
    const taken = EXCLUSIVE.find((x) => x !== spec.long && (values.has(x) || flags.has(x)));
    if (EXCLUSIVE.includes(spec.long) && taken !== undefined)
      return `argument ${spec.long}/${spec.short}: not allowed with argument ${taken}/${specs.find((s) => s.long === taken)!.short}`;
    if (!spec.value) {
      flags.add(spec.long);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || (eq < 0 && value.startsWith('-') && value.length > 1))
      return `argument ${spec.long}/${spec.short}: expected one argument`;
    values.set(spec.long, value);
  }
  if (unknown.length > 0) return `unrecognized arguments: '${unknown.join(' ')}'`;
  const missing = specs.find((s) => s.required && !values.has(s.long));
  if (missing) return `argument ${missing.long}/${missing.short} is required`;
  return { values, flags };
}

export function usageLine(prog: string, specs: readonly Arg[]): string {
  const part = (s: Arg) => (s.value ? `${s.long} ${metavar(s)}` : s.long);
  const plain = specs
    .filter((s) => !EXCLUSIVE.includes(s.long))
    .map((s) => (s.required ? part(s) : `[${part(s)}]`));
  const group = specs.filter((s) => EXCLUSIVE.includes(s.long)).map(part);
  return [
    'usage:',
    prog,
    '[-h]',
    ...plain,
    ...(group.length > 0 ? [`[${group.join(' | ')}]`] : []),
  ].join(' ');
}

export function helpText(usage: string, specs: readonly Arg[]): string {
  const lines = ['  -h, --help             show this help message and exit'];
  for (const s of specs) {
    const flags = s.value
      ? `${s.long} ${metavar(s)}, ${s.short} ${metavar(s)}`
      : `${s.long}, ${s.short}`;
    const help = s.help?.replaceAll('\n', `\n${' '.repeat(25)}`);
    if (help === undefined) lines.push(`  ${flags}`);
    else if (flags.length <= 21) lines.push(`  ${flags.padEnd(23)}${help}`);
    else lines.push(`  ${flags}\n${' '.repeat(25)}${help}`);
  }
  return `${usage}\n\noptional arguments:\n${lines.join('\n')}\n`;
}

function metavar(s: Arg): string {
  return s.long.slice(2).replaceAll('-', '_').toUpperCase();
}

export function argparseError(out: Output, usage: string, prog: string, message: string): Job {
  out(`${usage}\n${prog}: error: ${message}\n`, 'stderr');
  return finished('kafka-storage', 1);
}
