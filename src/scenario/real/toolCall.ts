// A Kafka tool invocation as data, rendered either for a person to type (kafka-topics.sh …) or
// for the session script (kafka kafka-topics …, with $BOOTSTRAP and replication factors clamped).
import { shellQuote } from './quote';

export type KafkaTool =
  | 'kafka-topics'
  | 'kafka-configs'
  | 'kafka-console-producer'
  | 'kafka-console-consumer'
  | 'kafka-consumer-groups'
  | 'kafka-leader-election'
  | 'kafka-producer-perf-test';

/** A literal argument, the bootstrap server, or a replica count the script clamps to MAX_RF. */
export type Arg =
  | string
  | { readonly prefix?: string; readonly bootstrap: true }
  | { readonly prefix?: string; readonly rf: number };

export interface ToolCall {
  readonly tool: KafkaTool;
  readonly args: readonly Arg[];
}

export const BOOTSTRAP: Arg = { bootstrap: true };

/** As a person types it: `kafka-topics.sh --bootstrap-server localhost:9092 …`. */
export function renderForUser(call: ToolCall, bootstrap: string): string {
  const word = (arg: Arg): string => {
    if (typeof arg === 'string') return shellQuote(arg);
    const value = 'rf' in arg ? String(arg.rf) : bootstrap;
    return shellQuote(`${arg.prefix ?? ''}${value}`);
  };
  return [`${call.tool}.sh`, ...call.args.map(word)].join(' ');
}

/** As the session script runs it, through its `kafka` function. */
export function renderForScript(call: ToolCall): string {
  const word = (arg: Arg): string => {
    if (typeof arg === 'string') return shellQuote(arg);
    const prefix = arg.prefix === undefined || arg.prefix === '' ? '' : shellQuote(arg.prefix);
    if (!('rf' in arg)) return `${prefix}"$BOOTSTRAP"`;
    // Only a whole number reaches the shell's arithmetic; anything else is passed on as it is.
    return Number.isSafeInteger(arg.rf)
      ? `${prefix}"$(rf ${arg.rf})"`
      : shellQuote(`${arg.prefix ?? ''}${arg.rf}`);
  };
  return ['kafka', call.tool, ...call.args.map(word)].join(' ');
}
