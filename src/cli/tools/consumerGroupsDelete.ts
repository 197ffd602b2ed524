// kafka-consumer-groups --delete and --delete-offsets, with Kafka 3.9's messages: a summary line
// when every group went, else an error per group (the ExecutionException's text); for offsets a
// status line and a TOPIC (30) PARTITION (15) STATUS (15) table sorted by topic + partition.
import type { OffsetDeleteError, TopicPartition, WorldSnapshot } from '../../engine';
import { finished, type Job, type Output } from '../job';
import type { ParsedOptions } from '../options';
import type { CommandContext } from '../session';
import { exceptionClass } from './adminConnection';
import { TOOL } from './consumerGroupsOptions';
import { partitionOrder, stringOrder } from './consumerGroupsOrder';
import { pad, printError } from './consumerGroupsOutput';
import { usageError } from './usage';

const execution = (name: string, message: string) =>
  `java.util.concurrent.ExecutionException: ${exceptionClass(name)}: ${message}`;

export function deleteGroups(ctx: CommandContext, o: ParsedOptions, snapshot: WorldSnapshot): Job {
  const { out } = ctx;
  const ids = o.has('all-groups') ? snapshot.groups.map((g) => g.groupId) : o.values('group');
  const deleted: string[] = [];
  const failed = new Map<string, string>();
  for (const id of stringOrder(ids)) {
    const r = ctx.world.sim.execute({ type: 'deleteGroup', group: id });
    if (r.ok) deleted.push(id);
    else failed.set(id, execution(r.error.name, r.error.message));
  }
  if (failed.size === 0) {
    out(
      `Deletion of requested consumer groups ('${deleted.join(', ')}') was successful.\n`,
      'stdout',
    );
    return finished(TOOL, 0);
  }
  printError(out, 'Deletion of some consumer groups failed:');
  for (const id of stringOrder([...failed.keys()]))
    out(`* Group '${id}' could not be deleted due to: ${failed.get(id)!}\n`, 'stdout');
  // 3.9's Java port joins the deleted groups with a bare quote and ends with "', '".
  if (deleted.length > 0)
    out(`\nThese consumer groups were deleted successfully: '${deleted.join("'")}', '\n`, 'stdout');
  return finished(TOOL, 0);
}

type Status = { readonly tp: TopicPartition; readonly error: string | null };

const PARTITION_ERRORS: Record<Exclude<OffsetDeleteError, 'NONE'>, [string, string]> = {
  GROUP_SUBSCRIBED_TO_TOPIC: [
    'GroupSubscribedToTopicException',
    'The consumer group is actively subscribed to the topic',
  ],
  UNKNOWN_TOPIC_OR_PARTITION: [
    'UnknownTopicOrPartitionException',
    'This server does not host this topic-partition.',
  ],
};

/** topic:0,1 as deleteOffsets reads it; a malformed one is an IllegalArgumentException. */
function parseTopicArg(arg: string): TopicPartition[] | string {
  const parts = arg.split(':');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length !== 2) return `Invalid topic arg '${arg}', expected topic name and partitions`;
  const [topic, list] = parts as [string, string];
  const out: TopicPartition[] = [];
  for (const item of list.split(',')) {
    if (!/^[+-]?\d+$/.test(item) || Math.abs(Number(item)) > 2 ** 31 - 1)
      return `Invalid partition '${item}' specified in topic arg '${arg}''`;
    out.push({ topic, partition: Number(item) });
  }
  return out;
}

export function deleteOffsets(ctx: CommandContext, o: ParsedOptions, snapshot: WorldSnapshot): Job {
  const { out } = ctx;
  if (o.values('group').length > 1)
    return usageError(
      out,
      TOOL,
      'Found multiple arguments for option group, but you asked for only one',
    );
  const groupId = o.values('group')[0] ?? '';
  const topics = o.values('topic');
  const statuses: Status[] = [];
  const partitions: TopicPartition[] = [];
  for (const arg of topics.filter((t) => t.includes(':'))) {
    const parsed = parseTopicArg(arg);
    if (typeof parsed === 'string') return usageError(out, TOOL, parsed);
    partitions.push(...parsed);
  }
  for (const topic of stringOrder(topics.filter((t) => !t.includes(':')))) {
    const t = snapshot.topics.find((x) => x.name === topic);
    if (t) partitions.push(...t.partitions.map((p) => ({ topic, partition: p.id })));
    else
      statuses.push({
        tp: { topic, partition: -1 },
        error: `${exceptionClass('UnknownTopicOrPartitionException')}: This server does not host this topic-partition.`,
      });
  }
  const unique = partitionOrder(
    partitions.filter(
      (tp, i) =>
        partitions.findIndex((x) => x.topic === tp.topic && x.partition === tp.partition) === i,
    ),
  );
  const r = ctx.world.sim.execute({
    type: 'deleteGroupOffsets',
    group: groupId,
    partitions: unique,
  });
  if (!r.ok) {
    const cause = `${exceptionClass(r.error.name)}: ${r.error.message}`;
    statuses.push(...unique.map((tp) => ({ tp, error: cause })));
    if (r.error.name === 'GroupIdNotFoundException')
      printError(out, `'${groupId}' does not exist.`);
    else printError(out, `Encounter some unknown error: COORDINATOR_NOT_AVAILABLE`);
  } else {
    const errors = r.value.partitions.filter((p) => p.error !== 'NONE');
    for (const p of r.value.partitions) {
      const known = p.error === 'NONE' ? null : PARTITION_ERRORS[p.error];
      statuses.push({
        tp: p,
        error: known ? `${exceptionClass(known[0])}: ${known[1]}` : null,
      });
    }
    if (errors.length > 0)
      printError(out, 'Encounter some partition level error, see the follow-up details:');
    else
      out(
        `Request succeed for deleting offsets with topic ${topics.join(', ')} group ${groupId}\n`,
        'stdout',
      );
  }
  printStatuses(out, statuses);
  return finished(TOOL, 0);
}

/** Rows sorted as Kafka sorts them: by topic + partition as one string. */
function printStatuses(out: Output, statuses: readonly Status[]): void {
  const key = (s: Status) => `${s.tp.topic}${s.tp.partition}`;
  const line = (t: string, p: string, status: string) =>
    `\n${pad(t, 30)} ${pad(p, 15)} ${pad(status, 15)}`;
  let text = line('TOPIC', 'PARTITION', 'STATUS');
  for (const s of [...statuses].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)))
    text += line(
      s.tp.topic,
      s.tp.partition >= 0 ? String(s.tp.partition) : 'Not Provided',
      s.error === null ? 'Successful' : `Error: :${s.error}`,
    );
  out(text + '\n', 'stdout');
}
