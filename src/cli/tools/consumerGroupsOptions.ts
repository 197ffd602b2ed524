// kafka-consumer-groups' command line as Kafka 3.9's ConsumerGroupCommandOptions reads it: the
// options, the ones only some actions allow (joptsimple's availableIf), and checkArgs' refusals in
// the order it makes them. Messages name options as joptsimple prints specs: [name].
import { finished, type Job, type Output } from '../job';
import { parseOptions, type OptionSpec, type ParsedOptions } from '../options';
import { optionSet } from './consumerGroupsOrder';
import { optionError, usageError } from './usage';

export const TOOL = 'kafka-consumer-groups';

const VALUE_OPTIONS = [
  'bootstrap-server',
  'group',
  'topic',
  'command-config',
  'timeout',
  'to-offset',
  'shift-by',
  'to-datetime',
  'by-duration',
  'from-file',
];
const FLAGS = [
  'list',
  'describe',
  'delete',
  'reset-offsets',
  'delete-offsets',
  'members',
  'offsets',
  'state',
  'type',
  'verbose',
  'all-groups',
  'all-topics',
  'dry-run',
  'execute',
  'export',
  'to-earliest',
  'to-latest',
  'to-current',
  'help',
  'version',
];
export const CONSUMER_GROUPS_OPTIONS: readonly OptionSpec[] = [
  ...VALUE_OPTIONS.map((name) => ({ name, kind: 'value' as const })),
  ...FLAGS.map((name) => ({ name, kind: 'flag' as const })),
];

export const ACTIONS = ['list', 'describe', 'delete', 'reset-offsets', 'delete-offsets'] as const;
export type Action = (typeof ACTIONS)[number];

export const SCENARIOS = [
  'to-offset',
  'shift-by',
  'to-datetime',
  'by-duration',
  'to-earliest',
  'to-latest',
  'to-current',
  'from-file',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Which options joptsimple allows only next to others (availableIf). */
const AVAILABLE_IF: Readonly<Record<string, readonly string[]>> = {
  members: ['describe'],
  verbose: ['describe'],
  offsets: ['describe'],
  state: ['describe', 'list'],
  type: ['list'],
};

export interface GroupCommandLine {
  readonly o: ParsedOptions;
  /** --state and --type take an optional value (--list --state stable,empty). */
  readonly optional: ReadonlyMap<string, string>;
}

/** Parses the line; a joptsimple error escapes main, as Kafka's does. */
export function parseCommandLine(
  args: readonly string[],
  out: Output,
): { line: GroupCommandLine } | { job: Job } {
  const optional = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--(state|type)(?:=(.*))?$/.exec(arg);
    if (m && m[2] !== undefined) optional.set(m[1]!, m[2]);
    else if (m && i + 1 < args.length && !args[i + 1]!.startsWith('-'))
      optional.set(m[1]!, args[++i]!);
    rest.push(m ? `--${m[1]!}` : arg);
  }
  const parsed = parseOptions(rest, CONSUMER_GROUPS_OPTIONS);
  if (!parsed.ok) return { job: optionError(out, TOOL, parsed) };
  const o = parsed.options;
  for (const [name, needs] of Object.entries(AVAILABLE_IF))
    if (o.has(name) && !needs.some((n) => o.has(n))) {
      out(
        `Exception in thread "main" joptsimple.UnavailableOptionException: Option(s) [${name}] are unavailable given other options on the command line\n`,
        'stderr',
      );
      return { job: finished(TOOL, 1) };
    }
  return { line: { o, optional } };
}

const DRY_RUN_WARNING =
  'WARN: No action will be performed as the --execute option is missing.' +
  'In a future major release, the default behavior of this command will be to prompt the user before ' +
  'executing the reset rather than doing a dry run. You should add the --dry-run option explicitly ' +
  'if you are scripting this command and want to keep the current default behavior without prompting.';

/** CommandLineUtils.checkInvalidArgs: the first invalid option present, in the set's order. */
function invalidWith(o: ParsedOptions, used: string, invalid: readonly string[]): string | null {
  if (!o.has(used)) return null;
  const found = optionSet(invalid).find((spec) => o.has(spec.slice(1, -1)));
  return found ? `Option "[${used}]" can't be used with option "${found}"` : null;
}

/** checkArgs, then main's "exactly one action": a usage error, or null when the line is fine. */
export function checkArgs(line: GroupCommandLine, argCount: number, out: Output): Job | null {
  const { o } = line;
  const usage = (message: string) => usageError(out, TOOL, message);
  if (argCount === 0 || o.has('help'))
    return usage(
      'This tool helps to list all consumer groups, describe a consumer group, delete consumer group info, or reset consumer group offsets.',
    );
  if (o.has('version')) {
    out('3.9.0\n', 'stdout');
    return finished(TOOL, 0);
  }
  if (!o.has('bootstrap-server')) return usage('Missing required argument "[bootstrap-server]"');
  const scope = optionSet(['group', 'all-groups']).join(', ');
  const hasGroup = o.has('group') || o.has('all-groups');
  if (o.has('describe')) {
    if (!hasGroup) return usage(`Option [describe] takes one of these options: ${scope}`);
    if (['members', 'offsets', 'state'].filter((n) => o.has(n)).length > 1)
      return usage(
        'Option [describe] takes at most one of these options: [members], [offsets], [state]',
      );
    if (line.optional.has('state'))
      return usage('Option [describe] does not take a value for [state]');
  }
  if (o.has('delete')) {
    if (!hasGroup) return usage(`Option [delete] takes one of these options: ${scope}`);
    if (o.has('topic'))
      return usage(
        'The consumer does not support topic-specific offset deletion from a consumer group.',
      );
  }
  if (o.has('delete-offsets') && !(o.has('group') && o.has('topic')))
    return usage(
      `Option [delete-offsets] takes the following options: ${optionSet(['group', 'topic']).join(', ')}`,
    );
  if (o.has('reset-offsets')) {
    if (o.has('dry-run') && o.has('execute'))
      return usage('Option [reset-offsets] only accepts one of [execute] and [dry-run]');
    if (!o.has('dry-run') && !o.has('execute')) out(`${DRY_RUN_WARNING}\n`, 'stderr');
    if (!hasGroup) return usage(`Option [reset-offsets] takes one of these options: ${scope}`);
    for (const scenario of SCENARIOS) {
      const clash = invalidWith(
        o,
        scenario,
        SCENARIOS.filter((s) => s !== scenario),
      );
      if (clash) return usage(clash);
    }
  }
  const clash =
    invalidWith(o, 'group', ['all-groups']) ??
    invalidWith(o, 'group', ['list']) ??
    invalidWith(o, 'topic', ['list', 'describe']);
  if (clash) return usage(clash);
  if (ACTIONS.filter((a) => o.has(a)).length !== 1)
    return usage(
      'Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets',
    );
  return null;
}
