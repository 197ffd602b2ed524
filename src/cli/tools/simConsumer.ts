// `sim consumer add|close|kill|slow`: an application's consumer in a group, without a terminal of
// its own — started, closed (it leaves its group at once), crashed (found by the session timeout)
// or made slow (a batch that outlasts max.poll.interval.ms gets it thrown out of its group).
import type { CommitMode, ConsumerSettings } from '../../engine';
import type { Job } from '../job';
import { oneOf, parseSimArgs, wholeNumber, type SimIo } from './simArgs';

type AssignorName = NonNullable<ConsumerSettings['partition.assignment.strategy']>[number];

export const CONSUMER_USAGE =
  'usage: sim consumer add GROUP TOPIC [--name N] [--assignor range|roundrobin|sticky|cooperative-sticky] [--processing-ms N] [--commit auto|after-processing|before-processing|none] [--offset-reset earliest|latest]\n' +
  '       sim consumer close|kill NAME\n' +
  '       sim consumer slow NAME MS';

const ASSIGNORS: readonly AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];
const COMMITS: readonly CommitMode[] = ['auto', 'after-processing', 'before-processing', 'none'];
const RESETS = ['earliest', 'latest'] as const;

export function simConsumer(args: readonly string[], io: SimIo): Job {
  const [verb, ...rest] = args;
  const sim = io.ctx.world.sim;
  switch (verb) {
    case 'add':
      return addConsumer(rest, io);
    case 'close':
    case 'kill': {
      const [name, ...extra] = rest;
      if (name === undefined || extra.length > 0)
        return io.fail(`usage: sim consumer ${verb} NAME`);
      const result = sim.execute({
        type: 'stopConsumer',
        consumer: name,
        how: verb === 'close' ? 'close' : 'crash',
      });
      return result.ok ? io.done() : io.fail(result.error.message);
    }
    case 'slow': {
      const [name, msText, ...extra] = rest;
      const ms = wholeNumber(msText);
      if (name === undefined || ms === undefined || extra.length > 0)
        return io.fail('usage: sim consumer slow NAME MS (ms per record; 0: normal again)');
      const result = sim.execute({
        type: 'setProcessingTime',
        consumer: name,
        processingMsPerRecord: ms,
      });
      return result.ok ? io.done() : io.fail(result.error.message);
    }
    default:
      return io.fail(CONSUMER_USAGE);
  }
}

function addConsumer(args: readonly string[], io: SimIo): Job {
  const parsed = parseSimArgs(args, [
    'name',
    'assignor',
    'processing-ms',
    'commit',
    'offset-reset',
  ]);
  if ('error' in parsed) return io.fail(`${parsed.error}\n${CONSUMER_USAGE}`);
  const { positional, options } = parsed;
  const [group, topic, ...extra] = positional;
  if (group === undefined || topic === undefined || extra.length > 0)
    return io.fail(CONSUMER_USAGE);
  const assignor = oneOf(options.get('assignor'), ASSIGNORS);
  const processingMs = wholeNumber(options.get('processing-ms'));
  const commit = oneOf(options.get('commit'), COMMITS);
  const reset = oneOf(options.get('offset-reset'), RESETS);
  if (options.has('assignor') && !assignor) return io.fail(`--assignor is ${ASSIGNORS.join(', ')}`);
  if (options.has('processing-ms') && processingMs === undefined)
    return io.fail('--processing-ms is a whole number of ms per record');
  if (options.has('commit') && !commit) return io.fail(`--commit is ${COMMITS.join(', ')}`);
  if (options.has('offset-reset') && !reset) return io.fail('--offset-reset is earliest or latest');
  if (group === '') return io.fail('GROUP must not be empty (an empty group.id is invalid)');
  const name = options.get('name');
  if (name === '') return io.fail('--name must not be empty');
  const sim = io.ctx.world.sim;
  if (!sim.snapshot({ recordsPerPartition: 0 }).topics.some((t) => t.name === topic))
    return io.fail(
      `no topic '${topic}': create it first (kafka-topics.sh --create --topic ${topic})`,
    );
  const config: ConsumerSettings = {
    ...(assignor ? { 'partition.assignment.strategy': [assignor] } : {}),
    ...(reset ? { 'auto.offset.reset': reset } : {}),
  };
  const result = sim.execute({
    type: 'startConsumer',
    group,
    topics: [topic],
    config,
    ...(name === undefined ? {} : { consumer: name }),
    ...(commit ? { commit } : {}),
    ...(processingMs === undefined ? {} : { processingMsPerRecord: processingMs }),
  });
  return result.ok ? io.done(`${result.value.consumer}\n`) : io.fail(result.error.message);
}
