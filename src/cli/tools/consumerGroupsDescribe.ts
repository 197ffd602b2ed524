// kafka-consumer-groups --list and --describe (offsets, --members [--verbose], --state), laid out
// as Kafka 3.9's ConsumerGroupCommand lays them out: groups in a TreeMap (sorted by id), columns
// at least 15 wide, "-" for what is missing, a note on stderr for empty or rebalancing groups.
import type { GroupView, WorldSnapshot } from '../../engine';
import type { Output } from '../job';
import type { ParsedOptions } from '../options';
import { pad, printError } from './consumerGroupsOutput';
import { partitionOrder, scalaHashMapOrder, stringOrder } from './consumerGroupsOrder';

const HOST = '/127.0.0.1';
const width = (values: readonly string[]) => Math.max(15, ...values.map((v) => v.length));

const STATES = [
  'PreparingRebalance',
  'CompletingRebalance',
  'Stable',
  'Dead',
  'Empty',
  'Assigning',
  'Reconciling',
];
const TYPES = ['Consumer', 'Classic'];

/** A --state or --type filter, matched without regard to case; null for a name Kafka lacks. */
function filter(value: string | undefined, valid: readonly string[]): Set<string> | null {
  if (value === undefined || value === '') return new Set();
  const names = value.split(',').map((v) => v.trim().toLowerCase());
  const known = new Set(valid.map((v) => v.toLowerCase()));
  return names.every((n) => known.has(n)) ? new Set(names) : null;
}

/**
 * The admin client gathers listings in a HashMap, so --list prints them in its order; with
 * --state or --type, a table of them (the GROUP column 10 wider than the longest id).
 */
export function listGroups(
  out: Output,
  snapshot: WorldSnapshot,
  o: ParsedOptions,
  optional: ReadonlyMap<string, string>,
): string | null {
  const states = filter(optional.get('state'), STATES);
  if (!states)
    return `Invalid state list '${optional.get('state') ?? ''}'. Valid states are: ${STATES.join(', ')}`;
  const types = filter(optional.get('type'), TYPES);
  if (!types)
    return `Invalid types list '${optional.get('type') ?? ''}'. Valid types are: ${TYPES.join(', ')}`;
  const groups = stringOrder(snapshot.groups.map((g) => g.groupId))
    .map((id) => snapshot.groups.find((g) => g.groupId === id)!)
    .filter((g) => states.size === 0 || states.has(g.state.toLowerCase()))
    .filter(() => types.size === 0 || types.has('classic'));
  if (!o.has('state') && !o.has('type')) {
    out(groups.map((g) => `${g.groupId}\n`).join(''), 'stdout');
    return null;
  }
  const w = Math.max(15, ...groups.map((g) => g.groupId.length)) + 10;
  const line = (id: string, type: string, state: string) =>
    pad(id, w) +
    (o.has('type') ? ` ${pad(type, 20)}` : '') +
    (o.has('state') ? ` ${pad(state, 20)}` : '') +
    '\n';
  out(
    line('GROUP', 'TYPE', 'STATE') +
      groups.map((g) => line(g.groupId, 'Classic', g.state)).join(''),
    'stdout',
  );
  return null;
}

/** The classic coordinator keeps members in a Scala HashMap: DescribeGroups lists them so. */
export const membersInCoordinatorOrder = (group: GroupView): GroupView['members'] =>
  scalaHashMapOrder(group.members, (m) => m.memberId);

export function describeGroups(
  out: Output,
  o: ParsedOptions,
  snapshot: WorldSnapshot,
  ids: readonly string[],
): void {
  const sorted = [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of sorted) {
    const group = snapshot.groups.find((g) => g.groupId === id);
    if (o.has('offsets') || !(o.has('members') || o.has('state')))
      printOffsets(out, id, group, snapshot);
    else if (o.has('members')) printMembers(out, id, group, o.has('verbose'));
    else printState(out, id, group, snapshot);
  }
}

/** shouldPrintMemberState: an unknown group is Dead to the classic coordinator. */
function stateNote(out: Output, id: string, group: GroupView | undefined): boolean {
  if (!group) {
    printError(out, `Consumer group '${id}' does not exist.`);
    return false;
  }
  if (group.state === 'Empty')
    out(`\nConsumer group '${group.groupId}' has no active members.\n`, 'stderr');
  else if (group.state === 'PreparingRebalance' || group.state === 'CompletingRebalance')
    out(`\nWarning: Consumer group '${group.groupId}' is rebalancing.\n`, 'stderr');
  return true;
}

const highWatermark = (snapshot: WorldSnapshot, topic: string, partition: number) =>
  snapshot.topics.find((t) => t.name === topic)?.partitions[partition]?.highWatermark;

function printOffsets(
  out: Output,
  id: string,
  group: GroupView | undefined,
  snapshot: WorldSnapshot,
): void {
  if (!stateNote(out, id, group) || !group) return;
  const committed = new Map(group.offsets.map((c) => [`${c.topic}-${c.partition}`, c.offset]));
  const row = (tp: { topic: string; partition: number }, who: readonly string[]) => {
    const offset = committed.get(`${tp.topic}-${tp.partition}`);
    const end = highWatermark(snapshot, tp.topic, tp.partition);
    return [
      group.groupId,
      tp.topic,
      String(tp.partition),
      offset === undefined ? '-' : String(offset),
      end === undefined ? '-' : String(end),
      offset === undefined || end === undefined ? '-' : String(end - offset),
      ...who,
    ];
  };
  const rows: string[][] = [];
  const assigned = new Set<string>();
  // Members with partitions, the most partitions first (a stable sort of DescribeGroups' order).
  const members = membersInCoordinatorOrder(group)
    .filter((m) => m.assignment.length > 0)
    .sort((a, b) => b.assignment.length - a.assignment.length);
  for (const m of members)
    for (const tp of partitionOrder(m.assignment)) {
      assigned.add(`${tp.topic}-${tp.partition}`);
      rows.push(row(tp, [m.memberId, HOST, m.clientId]));
    }
  const unassigned = group.offsets.filter((c) => !assigned.has(`${c.topic}-${c.partition}`));
  for (const c of partitionOrder(unassigned)) rows.push(row(c, ['-', '-', '-']));
  if (rows.length === 0) return;
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
  const col = (i: number) => width(rows.map((r) => r[i]!));
  const [g, t, c, h] = [col(0), col(1), col(6), col(7)];
  let text = '';
  for (const r of [header, ...rows])
    text += `\n${pad(r[0]!, g)} ${pad(r[1]!, t)} ${pad(r[2]!, 10)} ${pad(r[3]!, 15)} ${pad(r[4]!, 15)} ${pad(r[5]!, 15)} ${pad(r[6]!, c)} ${pad(r[7]!, h)} ${r[8]!}`;
  out(text + '\n', 'stdout');
}

/** The header prints even for a group that does not exist (Kafka prints it after the error). */
function printMembers(
  out: Output,
  id: string,
  group: GroupView | undefined,
  verbose: boolean,
): void {
  const shown = stateNote(out, id, group) && group ? membersInCoordinatorOrder(group) : [];
  const statics = shown.some((m) => m.groupInstanceId !== null);
  const rows = shown.map((m) => [
    group!.groupId,
    m.memberId,
    ...(statics ? [m.groupInstanceId ?? ''] : []),
    HOST,
    m.clientId,
    String(m.assignment.length),
  ]);
  const header = [
    'GROUP',
    'CONSUMER-ID',
    ...(statics ? ['GROUP-INSTANCE-ID'] : []),
    'HOST',
    'CLIENT-ID',
    '#PARTITIONS',
  ];
  const widths = header.map((name, i) =>
    name === '#PARTITIONS'
      ? 15
      : Math.max(name === 'GROUP-INSTANCE-ID' ? 17 : 15, ...rows.map((r) => r[i]!.length)),
  );
  const line = (cells: readonly string[]) => cells.map((c, i) => `${pad(c, widths[i]!)} `).join('');
  let text = `\n${line(header)}${verbose ? 'ASSIGNMENT' : ''}\n`;
  rows.forEach((r, i) => {
    text += `${line(r)}${verbose ? assignmentText(shown[i]!.assignment) : ''}\n`;
  });
  out(text, 'stdout');
}

/** 3.9 prints each topic's partitions as (0,1), sorted as strings, without the topic's name. */
function assignmentText(assignment: GroupView['members'][number]['assignment']): string {
  if (assignment.length === 0) return '-';
  const byTopic = new Map<string, string[]>();
  for (const tp of assignment)
    byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), String(tp.partition)]);
  return [...byTopic.values()]
    .map((ps) => `(${ps.sort().join(',')})`)
    .sort()
    .join(', ');
}

function printState(
  out: Output,
  id: string,
  group: GroupView | undefined,
  snapshot: WorldSnapshot,
): void {
  if (!stateNote(out, id, group) || !group) return;
  const broker = snapshot.brokers.find((b) => b.id === group.coordinator);
  const coordinator = broker ? `${broker.host}:${broker.port}  (${broker.id})` : '-';
  // 3.9 pads the GROUP column to the coordinator's width (and COORDINATOR to 25).
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
