// A simulator consumer as kafka-console-consumer runs it, and what the console consumer cannot do.
import type { ConsumerSettings, StartConsumer } from '../../engine';
import { BOOTSTRAP, type Arg, type ToolCall } from './toolCall';

type AssignorName = NonNullable<ConsumerSettings['partition.assignment.strategy']>[number];

/** partition.assignment.strategy takes the assignors' class names. */
export const ASSIGNOR_CLASS: Readonly<Record<AssignorName, string>> = {
  range: 'org.apache.kafka.clients.consumer.RangeAssignor',
  roundrobin: 'org.apache.kafka.clients.consumer.RoundRobinAssignor',
  sticky: 'org.apache.kafka.clients.consumer.StickyAssignor',
  'cooperative-sticky': 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor',
};

const NUMERIC = [
  'session.timeout.ms',
  'heartbeat.interval.ms',
  'max.poll.interval.ms',
  'max.poll.records',
  'auto.commit.interval.ms',
  'fetch.max.wait.ms',
] as const;

/** The consumer's settings by Kafka name, in a stable order (client.id and group.id left out). */
export function consumerProperties(c: StartConsumer): [string, string][] {
  const s = c.config ?? {};
  const out: [string, string][] = [];
  if (s['group.instance.id'] !== undefined) out.push(['group.instance.id', s['group.instance.id']]);
  for (const name of NUMERIC) if (s[name] !== undefined) out.push([name, String(s[name])]);
  if (s['auto.offset.reset'] !== undefined) out.push(['auto.offset.reset', s['auto.offset.reset']]);
  const strategy = s['partition.assignment.strategy'];
  if (strategy !== undefined && strategy.length > 0)
    out.push(['partition.assignment.strategy', strategy.map((a) => ASSIGNOR_CLASS[a]).join(',')]);
  if (c.group !== undefined && c.commit !== undefined && c.commit !== 'auto')
    out.push(['enable.auto.commit', 'false']);
  return out;
}

/** client.id as Kafka would see it, when it is not the console consumer's own. */
export function consumerClientId(c: StartConsumer): string | undefined {
  const id = c.clientId ?? c.consumer;
  return id === undefined || id === 'console-consumer' ? undefined : id;
}

export interface ConsoleConsumerPlan {
  readonly call: ToolCall;
  /** One sentence each for what the simulator's consumer did that the console consumer cannot. */
  readonly gaps: readonly string[];
  /** The consumer commits around its processing: only your own poll loop does that. */
  readonly needsOwnLoop: boolean;
}

const regexQuote = (s: string) => s.replace(/[\\^$.|?*+()[\]{}]/g, (ch) => `\\${ch}`);

export function consoleConsumer(c: StartConsumer): ConsoleConsumerPlan {
  const args: Arg[] = ['--bootstrap-server', BOOTSTRAP];
  const gaps: string[] = [];
  const assign = c.assign ?? [];
  const first = assign[0];
  if (first !== undefined) {
    args.push('--topic', first.topic, '--partition', String(first.partition));
    if (assign.length > 1)
      gaps.push(
        `It was assigned ${assign.length} partitions: the console consumer reads one (--partition); your consumer calls assign().`,
      );
    if (c.group !== undefined)
      gaps.push(
        'It commits for a group it does not join: the console consumer takes no --group with --partition.',
      );
  } else {
    const topics = c.topics ?? [];
    if (topics.length === 1) args.push('--topic', topics[0] ?? '');
    else args.push('--include', topics.map(regexQuote).join('|'));
    if (c.group !== undefined) args.push('--group', c.group);
  }
  const props = consumerProperties(c).filter(([k, v]) => {
    if (k !== 'auto.offset.reset') return true;
    if (v === 'earliest') args.push('--from-beginning');
    return v === 'none'; // latest is the console consumer's own default
  });
  const clientId = consumerClientId(c);
  if (clientId !== undefined) props.push(['client.id', clientId]);
  for (const [k, v] of props) args.push('--consumer-property', `${k}=${v}`);
  const needsOwnLoop = c.commit === 'after-processing' || c.commit === 'before-processing';
  if (c.commit === 'after-processing')
    gaps.push(
      'It commits after processing each batch (at-least-once): the console consumer auto-commits; your consumer sets enable.auto.commit=false and calls commitSync() after processing.',
    );
  if (c.commit === 'before-processing')
    gaps.push(
      'It commits before processing each batch (at-most-once): the console consumer auto-commits; your consumer sets enable.auto.commit=false and calls commitSync() before processing.',
    );
  if ((c.processingMsPerRecord ?? 0) > 0)
    gaps.push(
      `It spends ${c.processingMsPerRecord} ms on each record: the time your poll loop spends per record; the console consumer spends none.`,
    );
  return { call: { tool: 'kafka-console-consumer', args }, gaps, needsOwnLoop };
}
