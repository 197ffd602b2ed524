// kafka-console-producer: reads lines (a here-document, a pipe, or typed into the terminal) and
// sends each as a record, with Kafka's console-producer defaults (linger.ms 1000, acks=-1,
// retries 3, request.timeout.ms 1500). With parse.key, the key is what comes before the first
// key.separator. EOF (Ctrl+D) flushes and exits.
import type { SimEvent } from '../../engine';
import type { Job } from '../job';
import { logLine } from '../format';
import { parseOptions, type OptionSpec } from '../options';
import type { CommandContext } from '../session';
import { reachesCluster } from './adminConnection';
import { optionError, properties, usageError } from './usage';

const TOOL = 'kafka-console-producer';
export const CONSOLE_PRODUCER_OPTIONS: OptionSpec[] = [
  ...[
    'bootstrap-server',
    'broker-list',
    'topic',
    'request-required-acks',
    'timeout',
    'producer.config',
    'compression-codec',
  ].map((name) => ({ name, kind: 'value' as const })),
  { name: 'property', kind: 'values' },
  { name: 'producer-property', kind: 'values' },
  ...['sync', 'help', 'version'].map((name) => ({ name, kind: 'flag' as const })),
];

const ROUND_ROBIN = 'org.apache.kafka.clients.producer.RoundRobinPartitioner';

export function consoleProducer(args: readonly string[], ctx: CommandContext): Job {
  const { out, world } = ctx;
  const parsed = parseOptions(args, CONSOLE_PRODUCER_OPTIONS);
  if (!parsed.ok) return optionError(out, TOOL, parsed);
  const o = parsed.options;
  const bootstrap = o.value('bootstrap-server') ?? o.value('broker-list');
  if (bootstrap === undefined)
    return usageError(out, TOOL, 'Missing required argument "[bootstrap-server]"');
  const topic = o.value('topic');
  if (topic === undefined) return usageError(out, TOOL, 'Missing required argument "[topic]"');
  const props = properties(o.values('property'));
  const producerProps = properties(o.values('producer-property'));
  const acksRaw = o.value('request-required-acks') ?? producerProps.get('acks') ?? '-1';
  const acks =
    acksRaw === '-1' || acksRaw === 'all'
      ? 'all'
      : acksRaw === '0' || acksRaw === '1'
        ? acksRaw
        : null;
  if (acks === null)
    return usageError(
      out,
      TOOL,
      `Invalid value ${acksRaw} for configuration acks: String must be one of: all, -1, 0, 1`,
    );
  const parseKey = (props.get('parse.key') ?? '').trim().toLowerCase() === 'true';
  const ignoreError = (props.get('ignore.error') ?? '').trim().toLowerCase() === 'true';
  const separator = props.get('key.separator') ?? '\t';
  const nullMarker = props.get('null.marker');
  const reachable = reachesCluster(bootstrap, world.sim.snapshot({ recordsPerPartition: 0 }));

  const kafkaClientId = producerProps.get('client.id') ?? 'console-producer';
  const clientId = ctx.world.uniqueClientId(kafkaClientId);
  const created = world.sim.execute({
    type: 'createProducer',
    producer: clientId,
    config: {
      acks,
      'linger.ms': o.has('sync') ? 0 : Number(o.value('timeout') ?? 1000),
      'request.timeout.ms': 1500,
      retries: 3,
      'delivery.timeout.ms': 120_000,
      partitioner:
        producerProps.get('partitioner.class') === ROUND_ROBIN ? 'round-robin' : 'sticky',
    },
  });
  if (!created.ok) return usageError(out, TOOL, created.error.message);

  const pending = new Set<number>();
  let lineNumber = 0;
  let eof = false;
  // End of input: the tool closes its producer, and close() sends what waits without lingering.
  const endOfInput = () => {
    if (!eof) world.sim.execute({ type: 'flushProducer', producer: clientId });
    eof = true;
  };
  let done = false;
  let exitCode = 0;
  let warnedMetadata = false;
  const interactive = ctx.stdin === null;
  const prompt = () => {
    if (interactive && !eof) out('>', 'stdout');
  };

  const send = (line: string): boolean => {
    lineNumber += 1;
    let key: string | null = null;
    let value: string | null = line;
    if (parseKey) {
      const at = line.indexOf(separator);
      if (at < 0) {
        if (!ignoreError) {
          out(
            `org.apache.kafka.common.KafkaException: No key separator found on line number ${lineNumber}: '${line}'\n\tat kafka.tools.ConsoleProducer$LineMessageReader.parse(ConsoleProducer.scala)\n`,
            'stderr',
          );
          exitCode = 1;
          eof = true;
          return false;
        }
      } else {
        key = line.slice(0, at);
        value = line.slice(at + separator.length);
      }
    }
    if (nullMarker !== undefined) {
      if (key === nullMarker) key = null;
      if (value === nullMarker) value = null;
    }
    if (!reachable) return true; // records pile up in the accumulator and expire (not modelled further)
    const existed = world.sim
      .snapshot({ recordsPerPartition: 0 })
      .topics.some((t) => t.name === topic);
    const result = world.sim.execute({ type: 'produce', topic, key, value, producer: clientId });
    if (!result.ok) {
      out(
        logLine(
          world.sim.now,
          'ERROR',
          `Error when sending message to topic ${topic} with key: ${key === null ? 'null' : `${key.length} bytes`}, value: ${value === null ? 'null' : `${value.length} bytes`} with error:`,
          'org.apache.kafka.clients.producer.internals.ErrorLoggingCallback',
        ) + `org.apache.kafka.common.errors.${result.error.name}: ${result.error.message}\n`,
        'stderr',
      );
      return true;
    }
    if (!existed && !warnedMetadata) {
      // The first metadata request creates the topic (auto.create.topics.enable): Kafka warns once.
      warnedMetadata = true;
      out(
        logLine(
          world.sim.now,
          'WARN',
          `[Producer clientId=${kafkaClientId}] The metadata response from the cluster reported a recoverable issue with correlation id 2 : {${topic}=LEADER_NOT_AVAILABLE}`,
          'org.apache.kafka.clients.NetworkClient',
        ),
        'stderr',
      );
    }
    if (acks !== '0') pending.add(result.value.recordId); // acks=0: nothing will be acknowledged
    return true;
  };

  const feed = (text: string) => {
    const lines = text.split('\n');
    const complete = text.endsWith('\n') ? lines.slice(0, -1) : lines;
    for (const line of complete) {
      if (eof) break;
      if (!send(line.replace(/\r$/, ''))) break;
      prompt();
    }
  };

  const job: Job = {
    command: TOOL,
    get done() {
      return done;
    },
    get exitCode() {
      return exitCode;
    },
    survivesRewind() {
      // Still reading lines, its producer there at the new moment: it goes on. What it waited
      // for belonged to the dropped future.
      if (done || eof) return false;
      const there = world.sim
        .snapshot({ recordsPerPartition: 0 })
        .producers.some((p) => p.clientId === clientId);
      if (there) pending.clear();
      return there;
    },
    onEvents(events: readonly SimEvent[]) {
      for (const e of events) {
        if (e.type === 'records.acknowledged' && e.producer === clientId)
          for (const id of e.recordIds) pending.delete(id);
        if (e.type === 'produce.failed' && e.producer === clientId) {
          out(
            logLine(
              world.sim.now,
              'ERROR',
              `Error when sending message to topic ${topic} with key: null, value: 0 bytes with error:`,
              'org.apache.kafka.clients.producer.internals.ErrorLoggingCallback',
            ) + `${e.error}: ${e.message}\n`,
            'stderr',
          );
          for (const id of e.recordIds) pending.delete(id);
        }
      }
    },
    onTime() {
      // close(): waits until everything sent is acknowledged or failed.
      if (eof && pending.size === 0) done = true;
    },
    stop(how) {
      if (how === 'kill') {
        eof = true;
        exitCode = 137;
        done = true;
      } else {
        endOfInput();
        exitCode = exitCode || 130;
      }
    },
    input(text) {
      // Its stdin is closed (a pipe, or Ctrl+D): what is typed now waits for the shell, as in bash.
      if (eof) return false;
      if (text === '\u0004') endOfInput();
      else feed(text);
      return true;
    },
  };
  if (ctx.stdin !== null) {
    feed(ctx.stdin);
    endOfInput();
  } else prompt();
  return job;
}
