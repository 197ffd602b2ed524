// kafka-console-consumer: joins a group (its own console-consumer-NNNNN one when no --group is
// given) or reads one partition, and prints each record with DefaultMessageFormatter's layout.
// It ends on --max-messages, on --timeout-ms without a record, on kill/Ctrl+C (printing
// "Processed a total of N messages" on stderr) or, in the headless runner, after a stated idle spell.
import type { SimEvent, TopicPartition } from '../../engine';
import { logLine } from '../format';
import { finished, type Job } from '../job';
import { parseOptions, type OptionSpec } from '../options';
import type { CommandContext } from '../session';
import { reachesCluster } from './adminConnection';
import { formatRecord, formatterSettings } from './messageFormatter';
import { optionError, properties, usageError } from './usage';

const TOOL = 'kafka-console-consumer';
export const CONSOLE_CONSUMER_OPTIONS: OptionSpec[] = [
  ...[
    'bootstrap-server',
    'topic',
    'include',
    'whitelist',
    'group',
    'partition',
    'offset',
    'max-messages',
    'timeout-ms',
    'consumer.config',
    'formatter',
    'key-deserializer',
    'value-deserializer',
    'isolation-level',
  ].map((name) => ({ name, kind: 'value' as const })),
  { name: 'property', kind: 'values' },
  { name: 'consumer-property', kind: 'values' },
  ...['from-beginning', 'skip-message-on-error', 'enable-systest-events', 'help', 'version'].map(
    (name) => ({ name, kind: 'flag' as const }),
  ),
];

/** KafkaConsumer.close()'s default timeout. */
const CLOSE_TIMEOUT_MS = 30_000;
/** The headless runner stops a foreground consumer that has nothing to print for this long. */
export const IDLE_STOP_MS = 10_000;

export function consoleConsumer(args: readonly string[], ctx: CommandContext): Job {
  const { out, world } = ctx;
  const parsed = parseOptions(args, CONSOLE_CONSUMER_OPTIONS);
  if (!parsed.ok) return optionError(out, TOOL, parsed);
  const o = parsed.options;
  const topics = o.values('topic');
  const include = o.value('include') ?? o.value('whitelist');
  if ((topics.length === 0) === (include === undefined))
    return usageError(out, TOOL, 'Exactly one of --include/--topic is required. ');
  const bootstrap = o.value('bootstrap-server');
  if (bootstrap === undefined)
    return usageError(out, TOOL, 'Missing required argument "[bootstrap-server]"');
  const consumerProps = properties(o.values('consumer-property'));
  const partitionArg = o.value('partition');
  const offsetArg = o.value('offset');
  if (partitionArg !== undefined && topics.length === 0)
    return usageError(out, TOOL, 'The topic is required when partition is specified.');
  if (o.has('from-beginning') && offsetArg !== undefined)
    return usageError(out, TOOL, 'Options from-beginning and offset cannot be specified together.');
  if (offsetArg !== undefined && partitionArg === undefined)
    return usageError(out, TOOL, 'The partition is required when offset is specified.');
  const groupGiven = o.value('group') ?? consumerProps.get('group.id');
  if (groupGiven !== undefined && partitionArg !== undefined)
    return usageError(out, TOOL, 'Options group and partition cannot be specified together.');
  if (offsetArg !== undefined && !/^(earliest|latest|\d+)$/.test(offsetArg))
    return usageError(
      out,
      TOOL,
      `The provided offset value '${offsetArg}' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long.`,
    );
  const reset = consumerProps.get('auto.offset.reset');
  if (o.has('from-beginning') && reset !== undefined && reset !== 'earliest') {
    out(
      `Can't simultaneously specify --from-beginning and 'auto.offset.reset=${reset}', please remove one option\n`,
      'stderr',
    );
    return finished(TOOL, 1);
  }
  const maxMessages = o.has('max-messages') ? Number(o.value('max-messages')) : Infinity;
  const timeoutMs = o.has('timeout-ms') ? Number(o.value('timeout-ms')) : Infinity;
  const formatter = formatterSettings(properties(o.values('property')));

  const snapshot = world.sim.snapshot({ recordsPerPartition: 0 });
  const subscribed =
    include === undefined
      ? [...topics]
      : matching(
          include,
          snapshot.topics.map((t) => t.name),
        );
  const group =
    partitionArg !== undefined
      ? undefined
      : (groupGiven ?? `console-consumer-${ctx.session.random(100000)}`);
  const clientId = consumerProps.get('client.id') ?? 'console-consumer';
  const engineId = ctx.world.uniqueClientId(clientId);
  const earliest = o.has('from-beginning') || reset === 'earliest' || offsetArg === 'earliest';
  const assign: TopicPartition[] | undefined =
    partitionArg === undefined
      ? undefined
      : [{ topic: topics[0]!, partition: Number(partitionArg) }];
  let running = false;
  if (reachesCluster(bootstrap, snapshot)) {
    const started = world.sim.execute({
      type: 'startConsumer',
      consumer: engineId,
      clientId,
      ...(group === undefined ? {} : { group }),
      ...(assign === undefined ? { topics: subscribed } : { assign }),
      // The console consumer commits only when it was given a group (it turns auto-commit off otherwise).
      commit: groupGiven !== undefined ? 'auto' : 'none',
      config: { 'auto.offset.reset': earliest ? 'earliest' : 'latest' },
    });
    if (!started.ok) {
      out(`${started.error.name}: ${started.error.message}\n`, 'stderr');
      return finished(TOOL, 1);
    }
    running = true;
    if (offsetArg !== undefined && /^\d+$/.test(offsetArg))
      world.sim.execute({
        type: 'seek',
        consumer: engineId,
        topic: topics[0]!,
        partition: Number(partitionArg),
        offset: Number(offsetArg),
      });
    if (offsetArg === 'latest')
      world.sim.execute({
        type: 'seek',
        consumer: engineId,
        topic: topics[0]!,
        partition: Number(partitionArg),
        offset: 'end',
      });
  }

  let count = 0;
  let done = false;
  let exitCode = 0;
  let lastActivity = world.sim.now;
  const foregroundInRunner = !ctx.background && ctx.session.headless;
  const stop = (how: 'close' | 'crash') => {
    if (running) world.sim.execute({ type: 'stopConsumer', consumer: engineId, how });
    running = false;
  };
  // close() returns once its last commit and LeaveGroup are through (or after 30 s): only then does
  // the tool print its total and exit, so the next command sees the group without this member.
  let closing: { memberId: string; until: number; report: () => void } | null = null;
  const finish = (code: number, preface = '') => {
    if (done || closing) return;
    const memberId =
      world.sim
        .snapshot({ recordsPerPartition: 0 })
        .consumers.find((c) => c.clientId === engineId && c.status === 'running')?.memberId ?? '';
    stop('close');
    const report = () => {
      closing = null;
      out(`${preface}Processed a total of ${count} messages\n`, 'stderr');
      exitCode = code;
      done = true;
    };
    if (memberId === '') return report();
    closing = { memberId, until: world.sim.now + CLOSE_TIMEOUT_MS, report };
  };

  return {
    command: TOOL,
    get done() {
      return done;
    },
    get exitCode() {
      return exitCode;
    },
    survivesRewind() {
      const runs = world.sim
        .snapshot({ recordsPerPartition: 0 })
        .consumers.some((c) => c.clientId === engineId && c.status === 'running');
      // Its client runs at the new moment (even if this job was killed or closed in the dropped
      // future): it prints on, as it did then.
      if (runs) {
        done = false;
        closing = null;
        running = true;
        exitCode = 0;
      }
      return runs;
    },
    onEvents(events: readonly SimEvent[]) {
      for (const e of events) {
        if (closing && e.type === 'member.left' && e.memberId === closing.memberId)
          closing.report();
        if (done || closing || e.type !== 'records.fetched' || e.consumer !== engineId) continue;
        lastActivity = world.sim.now;
        for (const r of world.sim.records(e.topic, e.partition, e.fromOffset, e.count)) {
          if (count >= maxMessages) break;
          out(formatRecord(r, e.partition, formatter), 'stdout');
          count += 1;
        }
        if (count >= maxMessages) finish(0);
      }
    },
    onTime(now) {
      if (closing && now >= closing.until) closing.report();
      if (done || closing) return;
      if (now - lastActivity >= timeoutMs)
        finish(
          0,
          logLine(
            now,
            'ERROR',
            'Error processing message, terminating consumer process: ',
            'org.apache.kafka.tools.consumer.ConsoleConsumer',
          ) + 'org.apache.kafka.common.errors.TimeoutException\n',
        );
      else if (
        foregroundInRunner &&
        timeoutMs === Infinity &&
        maxMessages === Infinity &&
        now - lastActivity >= IDLE_STOP_MS
      )
        finish(
          0,
          `(kafkasim: no new record for ${IDLE_STOP_MS / 1000} s of virtual time, so the consumer is stopped as Ctrl+C would stop it)\n`,
        );
    },
    stop(how) {
      if (done) return;
      if (how === 'kill') {
        stop('crash');
        exitCode = 137;
        done = true;
        return;
      }
      finish(143);
    },
  };
}

/** --include takes a Java regular expression matched against whole topic names. */
function matching(pattern: string, names: readonly string[]): string[] {
  try {
    const re = new RegExp(`^(?:${pattern})$`);
    return names.filter((n) => re.test(n) && !n.startsWith('__'));
  } catch {
    return [];
  }
}
