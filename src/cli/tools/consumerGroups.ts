// kafka-consumer-groups: --list and --describe (offsets, --members, --state), laid out as Kafka
// 3.9's ConsumerGroupCommand lays them out: columns at least 15 wide, "-" for what is missing,
// a blank line before each table, notes on stderr for empty or rebalancing groups.
import type { GroupView, WorldSnapshot } from '../../engine';
import { finished, type Job, type Output } from '../job';
import { parseOptions, type OptionSpec } from '../options';
import type { CommandContext } from '../session';
import { reachesCluster } from './adminConnection';
import { javaStringHashCode } from '../../engine/kernels/coordinator';
import { javaHashMapOrderBy } from './javaOrder';
import { optionError, usageError } from './usage';

const TOOL = 'kafka-consumer-groups';
const HOST = '/127.0.0.1';
const SPECS: OptionSpec[] = [
  ...[
    'bootstrap-server',
    'group',
    'topic',
    'command-config',
    'timeout',
    'to-offset',
    'shift-by',
    'to-datetime',
    'by-duration',
    'from-file',
  ].map((name) => ({ name, kind: 'value' as const })),
  ...[
    'list',
    'describe',
    'delete',
    'reset-offsets',
    'delete-offsets',
    'members',
    'offsets',
    'state',
    'verbose',
    'all-groups',
    'all-topics',
    'dry-run',
    'execute',
    'export',
    'to-earliest',
    'to-latest',
    'to-current',
    'help',
    'version',
  ].map((name) => ({ name, kind: 'flag' as const })),
];

const pad = (s: string, width: number) => s.padEnd(width);
const width = (values: readonly string[]) => Math.max(15, ...values.map((v) => v.length));

export function consumerGroups(args: readonly string[], ctx: CommandContext): Job {
  const { out, world } = ctx;
  const parsed = parseOptions(args, SPECS);
  if (!parsed.ok) return optionError(out, TOOL, parsed);
  const o = parsed.options;
  const actions = ['list', 'describe', 'delete', 'reset-offsets', 'delete-offsets'].filter((a) =>
    o.has(a),
  );
  if (actions.length !== 1)
    return usageError(
      out,
      TOOL,
      'Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets',
    );
  const bootstrap = o.value('bootstrap-server');
  if (bootstrap === undefined)
    return usageError(out, TOOL, 'Missing required argument "[bootstrap-server]"');
  const snapshot = world.sim.snapshot({ recordsPerPartition: 0 });
  if (!reachesCluster(bootstrap, snapshot)) {
    out(
      `\nError: Executing consumer group command failed due to org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: ${actions[0] === 'list' ? 'listConsumerGroups' : 'describeConsumerGroups'}\n`,
      'stdout',
    );
    return finished(TOOL, 1);
  }
  if (actions[0] === 'list') {
    out(
      snapshot.groups.map((g) => g.groupId).join('\n') + (snapshot.groups.length > 0 ? '\n' : ''),
      'stdout',
    );
    return finished(TOOL, 0);
  }
  if (actions[0] !== 'describe') {
    out(`${TOOL}: --${actions[0]} is not available in the simulator yet.\n`, 'stderr');
    return finished(TOOL, 1);
  }
  const names = o.has('all-groups') ? snapshot.groups.map((g) => g.groupId) : o.values('group');
  if (names.length === 0)
    return usageError(
      out,
      TOOL,
      'Option [describe] takes one of these options: [all-groups], [group]',
    );
  for (const name of names) {
    const group = snapshot.groups.find((g) => g.groupId === name);
    if (!group) {
      out(`\nError: Consumer group '${name}' does not exist.\n`, 'stdout');
      continue;
    }
    if (o.has('state')) printState(out, group, snapshot);
    else if (o.has('members')) printMembers(out, group, o.has('verbose'));
    else printOffsets(out, group);
  }
  return finished(TOOL, 0);
}

function stateNote(out: Output, group: GroupView): void {
  if (group.state === 'Empty')
    out(`\nConsumer group '${group.groupId}' has no active members.\n`, 'stderr');
  else if (group.state === 'PreparingRebalance' || group.state === 'CompletingRebalance')
    out(`\nWarning: Consumer group '${group.groupId}' is rebalancing.\n`, 'stderr');
}

function printOffsets(out: Output, group: GroupView): void {
  stateNote(out, group);
  const committed = new Map(group.offsets.map((o) => [`${o.topic}-${o.partition}`, o]));
  const rows: string[][] = [];
  const seen = new Set<string>();
  const members = [...group.members]
    .filter((m) => m.assignment.length > 0)
    .sort((a, b) => b.assignment.length - a.assignment.length);
  for (const m of members) {
    for (const tp of javaHashMapOrderBy(
      m.assignment,
      (x) => 31 * (31 + x.partition) + javaStringHashCode(x.topic),
    )) {
      const key = `${tp.topic}-${tp.partition}`;
      seen.add(key);
      const c = committed.get(key);
      rows.push([
        group.groupId,
        tp.topic,
        String(tp.partition),
        c ? String(c.offset) : '-',
        c ? String(c.logEndOffset) : '-',
        c ? String(c.lag) : '-',
        m.memberId,
        HOST,
        m.clientId,
      ]);
    }
  }
  for (const c of group.offsets) {
    if (seen.has(`${c.topic}-${c.partition}`)) continue;
    rows.push([
      group.groupId,
      c.topic,
      String(c.partition),
      String(c.offset),
      String(c.logEndOffset),
      String(c.lag),
      '-',
      '-',
      '-',
    ]);
  }
  if (rows.length === 0 && group.state === 'Empty') return;
  const header = [
    'GROUP',
    'TOPIC',
    'PARTITION',
    'CURRENT-OFFSET',
    'LOG-END-OFFSET',
    'LAG',
    'CONSUMER-ID',
    'HOST',
    'CLIENT-ID',
  ];
  const all = [header, ...rows];
  const g = width(all.map((r) => r[0]!));
  const t = width(all.map((r) => r[1]!));
  const c = width(all.map((r) => r[6]!));
  const h = width(all.map((r) => r[7]!));
  let text = '';
  for (const r of all)
    text += `\n${pad(r[0]!, g)} ${pad(r[1]!, t)} ${pad(r[2]!, 10)} ${pad(r[3]!, 15)} ${pad(r[4]!, 15)} ${pad(r[5]!, 15)} ${pad(r[6]!, c)} ${pad(r[7]!, h)} ${r[8]!}`;
  out(text + '\n', 'stdout');
}

function printMembers(out: Output, group: GroupView, verbose: boolean): void {
  stateNote(out, group);
  const statics = group.members.some((m) => m.groupInstanceId !== null);
  const header = [
    'GROUP',
    'CONSUMER-ID',
    ...(statics ? ['GROUP-INSTANCE-ID'] : []),
    'HOST',
    'CLIENT-ID',
    '#PARTITIONS',
    ...(verbose ? ['ASSIGNMENT'] : []),
  ];
  const rows = group.members.map((m) => [
    group.groupId,
    m.memberId,
    ...(statics ? [m.groupInstanceId ?? '-'] : []),
    HOST,
    m.clientId,
    String(m.assignment.length),
    ...(verbose ? [assignmentText(m.assignment)] : []),
  ]);
  const all = [header, ...rows];
  const widths = header.map((_, i) =>
    header[i] === 'GROUP-INSTANCE-ID'
      ? Math.max(17, ...all.map((r) => r[i]!.length))
      : header[i] === '#PARTITIONS'
        ? 15
        : width(all.map((r) => r[i]!)),
  );
  let text = '';
  for (const r of all)
    text +=
      '\n' +
      r
        .map((cell, i) =>
          i === r.length - 1 && header[i] === 'ASSIGNMENT' ? cell : `${pad(cell, widths[i]!)} `,
        )
        .join('');
  out(text + '\n', 'stdout');
}

/** The 3.8/3.9 Java port prints each topic's partitions as (0,1), without the topic's name. */
function assignmentText(assignment: GroupView['members'][number]['assignment']): string {
  const byTopic = new Map<string, number[]>();
  for (const tp of assignment)
    byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), tp.partition]);
  return [...byTopic.values()].map((ps) => `(${ps.map(String).sort().join(',')})`).join(', ');
}

function printState(out: Output, group: GroupView, snapshot: WorldSnapshot): void {
  stateNote(out, group);
  const broker = snapshot.brokers.find((b) => b.id === group.coordinator);
  const coordinator = broker ? `${broker.host}:${broker.port}  (${broker.id})` : '-';
  const w = Math.max(25, coordinator.length);
  const line = (cells: string[]) =>
    `\n${pad(cells[0]!, w)} ${pad(cells[1]!, 25)} ${pad(cells[2]!, 20)} ${pad(cells[3]!, 15)} ${cells[4]!}`;
  out(
    line(['GROUP', 'COORDINATOR (ID)', 'ASSIGNMENT-STRATEGY', 'STATE', '#MEMBERS']) +
      line([
        group.groupId,
        coordinator,
        group.protocol ?? '',
        group.state,
        String(group.members.length),
      ]) +
      '\n\n',
    'stdout',
  );
}
