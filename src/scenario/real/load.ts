// The simulator's load generator on a real cluster: kafka-producer-perf-test at the same rate.
import type { LoadValues, ProducerSettings, SetLoad } from '../../engine';
import { producerProperties } from './consoleProducer';
import { commentText } from './quote';
import { renderForUser, type Arg } from './toolCall';
import type { RealEquivalent } from './types';

/** About how long the simulator's values of each kind are, in bytes. */
export function valueSize(kind: LoadValues): number {
  switch (kind) {
    case 'order':
      return 48;
    case 'gps':
      return 44;
    case 'log':
      return 84;
    case 'click':
      return 86;
    default: {
      const unknown: never = kind;
      throw new Error(`unknown load values ${String(unknown)}`);
    }
  }
}

/** An hour of records at the rate; stop it sooner with Ctrl-C. */
const PERF_TEST_SECONDS = 3600;

export function loadEquivalent(
  c: SetLoad,
  settings: ProducerSettings | undefined,
  bootstrap: string,
): RealEquivalent {
  if (c.recordsPerSecond <= 0)
    return {
      kind: 'operation',
      text: `# stop ${commentText(c.producer)}'s producing loop (Ctrl-C kafka-producer-perf-test)`,
    };
  const props = producerProperties(c.producer, settings).map(([k, v]) => `${k}=${v}`);
  const args: Arg[] = ['--topic', c.topic, '--throughput', String(c.recordsPerSecond)];
  args.push('--num-records', String(Math.ceil(c.recordsPerSecond * PERF_TEST_SECONDS)));
  args.push('--record-size', String(valueSize(c.values ?? 'order')));
  args.push('--producer-props', { prefix: 'bootstrap.servers=', bootstrap: true }, ...props);
  const keyed = (c.keys ?? 0) > 0;
  return {
    kind: 'command',
    text: renderForUser({ tool: 'kafka-producer-perf-test', args }, bootstrap),
    note: keyed
      ? `The perf test sends keyless random bytes: the keys ${c.keyPrefix ?? 'key-'}0… and the simulator's values come from a producing loop (the session script has one).`
      : `The perf test sends random bytes of that size, not the simulator's ${c.values ?? 'order'} values.`,
  };
}
