// Tab completion for the in-app terminal: tool names (in the form being typed: bare, bin/….sh or
// bin\windows\….bat), each tool's options, and the values the world knows — topics, groups,
// broker addresses, `sim` subcommands (completeSim.ts). Bash-like: the caller inserts the
// candidates' common prefix and lists them when that adds nothing.
import type { WorldSnapshot } from '../engine';
import { simCandidates } from './completeSim';
import { splitWords } from './shell/parseScript';
import type { OptionSpec } from './options';
import { toolName, type ToolName } from './tools/registry';
import { TOOL_NAMES } from './tools/toolNames';

export interface Completion {
  /** Where the word being completed starts in the text. */
  readonly start: number;
  readonly candidates: readonly string[];
}

const BUILTINS = ['clear', 'echo', 'exit', 'help', 'history', 'jobs', 'kill', 'sleep', 'sim'];
const COMMAND_FORMS = [
  ...TOOL_NAMES.filter((t) => t !== 'sim').flatMap((t) => [
    `${t}.sh`,
    `bin/${t}.sh`,
    `bin\\windows\\${t}.bat`,
  ]),
  ...BUILTINS,
];

/** The console tools' --property names (each tool reads its own). */
const PROPERTIES: Partial<Record<ToolName, readonly string[]>> = {
  'kafka-console-producer': [
    'parse.key=true',
    'key.separator=',
    'ignore.error=true',
    'null.marker=',
  ],
  'kafka-console-consumer': [
    'print.key=true',
    'print.partition=true',
    'print.offset=true',
    'print.timestamp=true',
    'print.headers=true',
    'print.value=false',
    'key.separator=',
    'null.literal=',
  ],
};

export function complete(
  text: string,
  snapshot: WorldSnapshot,
  optionsOf: (tool: ToolName) => readonly OptionSpec[],
): Completion {
  // A word starts after a space or a pipe (`echo a|kafka-con` completes the tool).
  const start = text.search(/[^\s|]*$/);
  const word = text.slice(start);
  const before = splitWords(text.slice(0, start));
  if ('error' in before) return { start, candidates: [] };
  // After a pipe the next command starts: only the words since the last operator count.
  const lastOp = before.operators.at(-1);
  const words = lastOp ? before.words.slice(lastOp.at) : before.words;
  const pick = (all: readonly string[]) => ({
    start,
    candidates: [...new Set(all.filter((c) => c.startsWith(word)))].sort(),
  });

  const [command, ...args] = words;
  if (command === undefined) return pick(COMMAND_FORMS.map((c) => toNextSeparator(c, word)));
  if (command === 'sim') return pick(simCandidates(args, snapshot, word));
  if (command === 'kill') return pick(['-9', '%1', '%2', '%3']);
  const tool = toolName(command);
  if (!tool) return pick([]);
  if (tool === 'kafka-storage' && args.length === 0) return pick(['format', 'info', 'random-uuid']);

  const specs = optionsOf(tool);
  const previous = args.at(-1);
  const takesValue = specs.find((s) => `--${s.name}` === previous && s.kind !== 'flag');
  if (takesValue) return pick(valuesFor(tool, takesValue.name, snapshot, word));
  return pick(specs.map((s) => `--${s.name}`));
}

/** Completes a path one segment at a time, as a shell completes directories. */
function toNextSeparator(candidate: string, typed: string): string {
  if (!candidate.startsWith(typed)) return candidate;
  const rest = candidate.slice(typed.length);
  const sep = rest.search(/[\\/]/);
  return sep < 0 ? candidate : candidate.slice(0, typed.length + sep + 1);
}

/** What may follow an option that takes a value (nothing, when the world cannot suggest one). */
function valuesFor(
  tool: ToolName,
  option: string,
  snapshot: WorldSnapshot,
  word: string,
): readonly string[] {
  switch (option) {
    case 'topic':
    case 'entity-name':
    case 'include':
      // Internal topics only when asked for: `--topic __` completes to __consumer_offsets.
      return snapshot.topics.filter((t) => !t.internal || word.startsWith('_')).map((t) => t.name);
    case 'group':
      return snapshot.groups.map((g) => g.groupId);
    case 'bootstrap-server':
    case 'broker-list':
      return snapshot.brokers.map((b) => `${b.host}:${b.port}`);
    case 'entity-type':
      return ['topics', 'brokers'];
    case 'election-type':
      return ['PREFERRED', 'UNCLEAN'];
    case 'property':
      return PROPERTIES[tool] ?? [];
    case 'offset':
      return ['earliest', 'latest'];
    default:
      return [];
  }
}
