// Which partitions a reset touches: --topic t or t:0,1 (repeatable; a bare topic means all its
// partitions, as describeTopics lists them), --all-topics (the group's committed partitions), or
// none with --from-file, whose plan names them.
import type { GroupView, TopicPartition } from '../../engine';
import { partitionOrder, stringOrder } from './consumerGroupsOrder';
import {
  done,
  javaInteger,
  usage,
  wrapped,
  UNKNOWN_PARTITION,
  type ResetContext,
  type Step,
} from './resetStep';

/** --topic t or t:0,1 (repeatable), --all-topics: the committed partitions; nothing with --from-file. */
export function partitionsToReset(
  ctx: ResetContext,
  group: GroupView | undefined,
): Step<TopicPartition[]> {
  const { o } = ctx;
  if (o.has('all-topics')) return done(partitionOrder(group?.offsets ?? []));
  if (!o.has('topic')) {
    if (!o.has('from-file'))
      return usage('One of the reset scopes should be defined: --all-topics, --topic.');
    return done([]);
  }
  const specified: TopicPartition[] = [];
  const bare: string[] = [];
  for (const arg of o.values('topic')) {
    if (!arg.includes(':')) {
      bare.push(arg);
      continue;
    }
    const parts = arg.split(':');
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    if (parts.length !== 2)
      return usage(`Invalid topic arg '${arg}', expected topic name and partitions`);
    const [topic, list] = parts as [string, string];
    const items = list.split(',');
    while (items.length > 0 && items[items.length - 1] === '') items.pop();
    for (const item of items) {
      const partition = javaInteger(item, 2 ** 31 - 1);
      if (partition === null)
        return usage(`Invalid partition '${item}' specified in topic arg '${arg}''`);
      specified.push({ topic, partition });
    }
  }
  const described: TopicPartition[] = [];
  for (const topic of stringOrder(bare)) {
    const t = ctx.snapshot.topics.find((x) => x.name === topic);
    if (!t) return wrapped(UNKNOWN_PARTITION);
    for (const p of t.partitions) described.push({ topic, partition: p.id });
  }
  // A partition named twice is reset once (Kafka's Collectors.toMap would refuse the duplicate).
  const seen = new Set<string>();
  return done(
    [...specified, ...described].filter((tp) => {
      const key = `${tp.topic}-${tp.partition}`;
      return seen.has(key) ? false : (seen.add(key), true);
    }),
  );
}
