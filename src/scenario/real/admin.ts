// The admin tools' lines for topic, config, group and election commands (Kafka 3.x/4.x syntax).
import type {
  AlterTopicConfig,
  CreateTopic,
  DeleteGroupOffsets,
  ElectLeaders,
  ResetGroupOffsets,
} from '../../engine';
import { BOOTSTRAP, type Arg, type ToolCall } from './toolCall';

/** Configs that count replicas: on a smaller cluster the script clamps them as it clamps RF. */
const REPLICA_COUNTS = new Set(['min.insync.replicas']);

const replicaArg = (prefix: string, value: string, clamp: boolean): Arg =>
  clamp && /^\d+$/.test(value) ? { prefix, rf: Number(value) } : `${prefix}${value}`;

export interface CreateTopicPlan {
  readonly call: ToolCall;
  /** Set when the script could not place replicas as listed (its brokers are not the session's). */
  readonly assignmentDropped?: string;
}

/** kafka-topics --create. `clamp`: replica counts become $(rf N) and a manual assignment is dropped. */
export function createTopicCall(c: CreateTopic, clamp: boolean): CreateTopicPlan {
  const args: Arg[] = ['--bootstrap-server', BOOTSTRAP, '--create', '--topic', c.topic];
  const assignment = c.assignment?.map((replicas) => replicas.join(':')).join(',');
  let dropped: string | undefined;
  if (c.assignment !== undefined && !clamp) args.push('--replica-assignment', assignment ?? '');
  else if (c.assignment !== undefined) {
    dropped = assignment;
    args.push('--partitions', String(c.assignment.length));
    args.push('--replication-factor', replicaArg('', String(c.assignment[0]?.length ?? 1), true));
  } else {
    if (c.partitions !== undefined) args.push('--partitions', String(c.partitions));
    if (c.replicationFactor !== undefined)
      args.push('--replication-factor', replicaArg('', String(c.replicationFactor), clamp));
  }
  for (const [key, value] of Object.entries(c.config ?? {}))
    args.push('--config', replicaArg(`${key}=`, value, clamp && REPLICA_COUNTS.has(key)));
  const call: ToolCall = { tool: 'kafka-topics', args };
  return dropped === undefined ? { call } : { call, assignmentDropped: dropped };
}

export const deleteTopicCall = (topic: string): ToolCall => ({
  tool: 'kafka-topics',
  args: ['--bootstrap-server', BOOTSTRAP, '--delete', '--topic', topic],
});

export const addPartitionsCall = (topic: string, partitions: number): ToolCall => ({
  tool: 'kafka-topics',
  args: [
    '--bootstrap-server',
    BOOTSTRAP,
    '--alter',
    '--topic',
    topic,
    '--partitions',
    String(partitions),
  ],
});

/** kafka-configs --alter: --add-config k=v,… (a value with commas in [ ]) and --delete-config k,…. */
export function alterTopicConfigCall(c: AlterTopicConfig, clamp: boolean): ToolCall {
  const args: Arg[] = ['--bootstrap-server', BOOTSTRAP, '--alter', '--entity-type', 'topics'];
  args.push('--entity-name', c.topic);
  const entries = Object.entries(c.set ?? {});
  // A replica count goes last, so the script can clamp it at the end of the one --add-config word.
  const counted = entries.find(([k, v]) => clamp && REPLICA_COUNTS.has(k) && /^\d+$/.test(v));
  const plain = entries
    .filter((e) => e !== counted)
    .map(([k, v]) => `${k}=${v.includes(',') && !v.startsWith('[') ? `[${v}]` : v}`);
  if (counted !== undefined)
    args.push('--add-config', replicaArg([...plain, `${counted[0]}=`].join(','), counted[1], true));
  else if (plain.length > 0) args.push('--add-config', plain.join(','));
  if ((c.delete ?? []).length > 0) args.push('--delete-config', (c.delete ?? []).join(','));
  return { tool: 'kafka-configs', args };
}

/** One --reset-offsets … --execute per topic and offset: the tool sets one offset per run. */
export function resetOffsetsCalls(c: ResetGroupOffsets): ToolCall[] {
  const byTarget = new Map<string, { topic: string; offset: number; partitions: number[] }>();
  for (const o of c.offsets) {
    const id = JSON.stringify([o.topic, o.offset]);
    const entry = byTarget.get(id) ?? { topic: o.topic, offset: o.offset, partitions: [] };
    entry.partitions.push(o.partition);
    byTarget.set(id, entry);
  }
  return [...byTarget.values()].map(({ topic, offset, partitions }) => ({
    tool: 'kafka-consumer-groups',
    args: [
      ...['--bootstrap-server', BOOTSTRAP, '--group', c.group, '--reset-offsets'],
      ...[
        '--topic',
        `${topic}:${partitions.join(',')}`,
        '--to-offset',
        String(offset),
        '--execute',
      ],
    ],
  }));
}

export const deleteGroupCall = (group: string): ToolCall => ({
  tool: 'kafka-consumer-groups',
  args: ['--bootstrap-server', BOOTSTRAP, '--delete', '--group', group],
});

export function deleteOffsetsCall(c: DeleteGroupOffsets): ToolCall {
  const byTopic = new Map<string, number[]>();
  for (const tp of c.partitions)
    byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), tp.partition]);
  const topics = [...byTopic].flatMap(([t, ps]) => ['--topic', `${t}:${ps.join(',')}`]);
  return {
    tool: 'kafka-consumer-groups',
    args: ['--bootstrap-server', BOOTSTRAP, '--delete-offsets', '--group', c.group, ...topics],
  };
}

const MAX_LISTED_PARTITIONS = 1000;

/**
 * kafka-leader-election: all partitions, or one. A whole topic is one run per partition (the tool
 * takes --topic only with --partition); null when its partition count is not known.
 */
export function electionCalls(c: ElectLeaders, partitions: number | undefined): ToolCall[] | null {
  const head: Arg[] = ['--bootstrap-server', BOOTSTRAP, '--election-type'];
  head.push(c.election === 'preferred' ? 'PREFERRED' : 'UNCLEAN');
  const one = (topic: string, p: number): ToolCall => ({
    tool: 'kafka-leader-election',
    args: [...head, '--topic', topic, '--partition', String(p)],
  });
  if (c.topic === undefined)
    return [{ tool: 'kafka-leader-election', args: [...head, '--all-topic-partitions'] }];
  if (c.partition !== undefined) return [one(c.topic, c.partition)];
  if (partitions === undefined || !Number.isSafeInteger(partitions)) return null;
  if (partitions < 0 || partitions > MAX_LISTED_PARTITIONS) return null;
  const topic = c.topic;
  return Array.from({ length: partitions }, (_, p) => one(topic, p));
}
