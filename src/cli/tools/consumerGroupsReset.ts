// kafka-consumer-groups --reset-offsets, as Kafka 3.9's ConsumerGroupService#resetOffsets runs it:
// group by group (in the admin client's HashMap order), only an Empty or unknown (Dead) group is
// reset, a dry run unless --execute; then the plan as a table (GROUP 30, TOPIC 30, PARTITION 10,
// NEW-OFFSET 15 wide) or, with --export, as CSV.
import type { WorldSnapshot } from '../../engine';
import { finished, type Job } from '../job';
import type { ParsedOptions } from '../options';
import type { CommandContext } from '../session';
import { exceptionClass } from './adminConnection';
import { SCENARIOS, TOOL } from './consumerGroupsOptions';
import { partitionOrder, stringOrder } from './consumerGroupsOrder';
import { commandFailed, pad, printError } from './consumerGroupsOutput';
import type { ResetPlan } from './resetPlan';
import { prepareOffsets, readPlan } from './resetScenario';
import { partitionsToReset } from './resetScope';
import type { Failure, ResetContext, Step, TargetOffset } from './resetStep';
import { usageError } from './usage';

export function resetOffsets(ctx: CommandContext, o: ParsedOptions, snapshot: WorldSnapshot): Job {
  const { out } = ctx;
  const sim = ctx.world.sim;
  const rctx: ResetContext = {
    o,
    out,
    sim,
    snapshot,
    stdin: ctx.stdin,
    scenario: SCENARIOS.find((s) => o.has(s)),
  };
  let plan: Step<ResetPlan> | undefined;
  const readOnce = () => (plan ??= readPlan(rctx));
  const execute = o.has('execute') && !o.has('dry-run');
  const ids = o.has('all-groups') ? snapshot.groups.map((g) => g.groupId) : o.values('group');
  const result = new Map<string, TargetOffset[]>();
  for (const id of stringOrder(ids)) {
    const group = snapshot.groups.find((g) => g.groupId === id);
    const state = group?.state ?? 'Dead';
    if (state !== 'Empty' && state !== 'Dead') {
      printError(
        out,
        `Assignments can only be reset if the group '${id}' is inactive, but the current state is ${state}.`,
      );
      result.set(id, []);
      continue;
    }
    const partitions = partitionsToReset(rctx, group);
    if (!partitions.ok) return stop(ctx, partitions.failure);
    const prepared = prepareOffsets(rctx, id, group, partitions.value, readOnce);
    if (!prepared.ok) return stop(ctx, prepared.failure);
    if (prepared.value === null) printError(out, `No reset plan for group ${id} found`);
    const offsets = partitionOrder(prepared.value ?? []);
    if (execute && offsets.length > 0) {
      const done = sim.execute({ type: 'resetGroupOffsets', group: id, offsets });
      if (!done.ok) {
        const cause = `java.util.concurrent.ExecutionException: ${exceptionClass(done.error.name)}: ${done.error.message}`;
        return commandFailed(out, cause, `java.lang.RuntimeException: ${cause}`);
      }
    }
    result.set(id, offsets);
  }
  const groups = stringOrder([...result.keys()]);
  if (o.has('export'))
    out(exportCsv(groups, result, o.values('group').length === 1) + '\n', 'stdout');
  else out(table(groups, result), 'stdout');
  return finished(TOOL, 0);
}

function stop(ctx: CommandContext, failure: Failure): Job {
  return failure.kind === 'usage'
    ? usageError(ctx.out, TOOL, failure.message)
    : commandFailed(ctx.out, failure.message, failure.trace);
}

function table(groups: readonly string[], result: ReadonlyMap<string, TargetOffset[]>): string {
  const line = (g: string, t: string, p: string, offset: string) =>
    `\n${pad(g, 30)} ${pad(t, 30)} ${pad(p, 10)} ${pad(offset, 15)}`;
  let text = groups.length > 0 ? line('GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET') : '';
  for (const g of groups)
    for (const r of result.get(g) ?? [])
      text += line(g, r.topic, String(r.partition), String(r.offset));
  return text + '\n';
}

/** Jackson's CSV writer quotes a string holding a character below '-' (space, comma, quote…). */
function csvField(s: string): string {
  return [...s].some((c) => c < '-') ? `"${s.replaceAll('"', '""')}"` : s;
}

function exportCsv(
  groups: readonly string[],
  result: ReadonlyMap<string, TargetOffset[]>,
  singleGroup: boolean,
): string {
  let csv = '';
  for (const g of groups)
    for (const r of result.get(g) ?? [])
      csv += `${singleGroup ? '' : `${csvField(g)},`}${csvField(r.topic)},${r.partition},${r.offset}\n`;
  return csv;
}
