// Tab completion after `sim`: its subcommands, then what the world has at each place (broker
// ids, producers, consumers, groups, topics), then the subcommand's options and their values.
import { LOAD_VALUES, type WorldSnapshot } from '../engine';

const WORDS: Record<string, readonly string[]> = {
  '': [
    'broker',
    'brokers',
    'consumer',
    'controller',
    'help',
    'load',
    'mode',
    'producer',
    'speed',
    'status',
    'zookeeper',
  ],
  broker: ['isolate', 'kill', 'reconnect', 'slow', 'start', 'stop'],
  consumer: ['add', 'close', 'kill', 'slow'],
  controller: ['start', 'stop'],
  zookeeper: ['start', 'stop'],
  mode: ['kraft', 'zookeeper'],
};

/** Each subcommand's options and the values each option takes (empty: the user types one). */
const OPTIONS: Record<string, Record<string, readonly string[]>> = {
  producer: {
    acks: ['0', '1', 'all'],
    partitioner: ['sticky', 'round-robin'],
    idempotence: ['true', 'false'],
    'linger-ms': [],
  },
  load: { keys: [], 'key-prefix': [], values: LOAD_VALUES },
  'consumer add': {
    name: [],
    assignor: ['range', 'roundrobin', 'sticky', 'cooperative-sticky'],
    'processing-ms': [],
    commit: ['auto', 'after-processing', 'before-processing', 'none'],
    'offset-reset': ['earliest', 'latest'],
  },
};

/** How many words (after `sim`) come before a subcommand's options. */
const POSITIONAL: Record<string, number> = { producer: 2, load: 4, 'consumer add': 4 };

/** The candidates for the word after `args` (the words typed after `sim`), before filtering. */
export function simCandidates(
  args: readonly string[],
  snapshot: WorldSnapshot,
  word: string,
): readonly string[] {
  const [what, verb] = args;
  if (what === undefined) return WORDS['']!;
  if (args.length === 1) {
    if (what === 'load') return snapshot.producers.map((p) => p.clientId);
    return WORDS[what] ?? [];
  }
  if (args.length === 2 && what === 'broker') return snapshot.brokers.map((b) => String(b.id));
  const running = snapshot.consumers.filter((c) => c.status === 'running').map((c) => c.clientId);
  if (what === 'consumer' && verb !== 'add') return args.length === 2 ? running : [];
  const topics = snapshot.topics.filter((t) => !t.internal).map((t) => t.name);
  if (what === 'consumer' && args.length === 2) return snapshot.groups.map((g) => g.groupId);
  if (what === 'consumer' && args.length === 3) return topics;
  if (what === 'load' && args.length === 2) return [...topics, 'stop'];
  const command = what === 'consumer' ? 'consumer add' : what;
  const options = OPTIONS[command];
  if (!options) return [];
  const previous = args.at(-1)!;
  const values = previous.startsWith('--') ? options[previous.slice(2)] : undefined;
  if (values) return values;
  const past = args.length >= POSITIONAL[command]!;
  return past || word.startsWith('-') ? Object.keys(options).map((o) => `--${o}`) : [];
}
