// Where each partition of a reset goes, computed as Kafka 3.9's ConsumerGroupCommand computes it:
// earliest is the log start offset, latest the high watermark (what ListOffsets answers a
// read-uncommitted admin client), a time the first offset below the high watermark whose record
// is that recent; explicit targets are clamped into [log start, high watermark] with a WARN for
// each one moved.
import type { GroupView, TopicPartition } from '../../engine';
import { logLine } from '../format';
import { VIRTUAL_EPOCH_MS } from '../world';
import { optionSet, partitionOrder } from './consumerGroupsOrder';
import { SCENARIOS } from './consumerGroupsOptions';
import { parseResetPlan, type ResetPlan } from './resetPlan';
import {
  done,
  exception,
  javaInteger,
  partitionOf,
  usage,
  wrapped,
  UNKNOWN_PARTITION,
  type ResetContext,
  type Step,
  type TargetOffset,
} from './resetStep';
import { parseDateTime, parseDuration } from './resetTime';

const LOGGER = 'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand';

/** Explicit targets clamped into the log, with the WARN Kafka's checkOffsetsRange logs. */
function checkOffsetsRange(
  ctx: ResetContext,
  requested: readonly TargetOffset[],
): Step<TargetOffset[]> {
  const result: TargetOffset[] = [];
  for (const r of partitionOrder(requested)) {
    const p = partitionOf(ctx, r);
    if (!p) return wrapped(UNKNOWN_PARTITION);
    const name = `${r.topic}-${r.partition}`;
    let offset = r.offset;
    if (offset > p.highWatermark) {
      warn(
        ctx,
        `New offset (${offset}) is higher than latest offset for topic partition ${name}. Value will be set to ${p.highWatermark}`,
      );
      offset = p.highWatermark;
    } else if (offset < p.logStartOffset) {
      warn(
        ctx,
        `New offset (${offset}) is lower than earliest offset for topic partition ${name}. Value will be set to ${p.logStartOffset}`,
      );
      offset = p.logStartOffset;
    }
    result.push({ topic: r.topic, partition: r.partition, offset });
  }
  return done(result);
}

function warn(ctx: ResetContext, message: string): void {
  ctx.out(logLine(ctx.sim.now, 'WARN', message, LOGGER), 'stderr');
}

/** ListOffsets by timestamp: the first offset below the high watermark at or after `at`. */
function offsetsForTime(
  ctx: ResetContext,
  partitions: readonly TopicPartition[],
  at: number,
): Step<TargetOffset[]> {
  const found: TargetOffset[] = [];
  const empty: TargetOffset[] = [];
  for (const tp of partitions) {
    const p = partitionOf(ctx, tp);
    if (!p) return wrapped(UNKNOWN_PARTITION);
    let offset: number | null = null;
    // Negative timestamps are ListOffsets' special values: -1 latest, -2 earliest.
    if (at === -1) offset = p.highWatermark;
    else if (at === -2) offset = p.logStartOffset;
    else
      for (let from = p.logStartOffset; offset === null && from < p.highWatermark;) {
        const batch = ctx.sim.records(tp.topic, tp.partition, from, 1000);
        if (batch.length === 0) break;
        const hit = batch.find(
          (r) => r.offset < p.highWatermark && VIRTUAL_EPOCH_MS + r.timestamp >= at,
        );
        if (hit) offset = hit.offset;
        from = batch[batch.length - 1]!.offset + 1;
      }
    if (offset === null) empty.push({ ...tp, offset: p.highWatermark });
    else found.push({ ...tp, offset });
  }
  for (const e of partitionOrder(empty))
    ctx.out(
      `\nWarn: Partition ${e.partition} from topic ${e.topic} is empty. Falling back to latest known offset.\n`,
      'stdout',
    );
  return done([...found, ...empty]);
}

/** Parses a --to-offset / --shift-by value as joptsimple converts it to a Long. */
function longOption(ctx: ResetContext, name: string): Step<number> {
  const raw = ctx.o.value(name) ?? '';
  const n = javaInteger(raw, Number.MAX_SAFE_INTEGER);
  const message = `Cannot parse argument '${raw}' of option ${name}`;
  return n === null
    ? exception(message, `joptsimple.OptionArgumentConversionException: ${message}`)
    : done(n);
}

const committedOf = (group: GroupView | undefined, tp: TopicPartition) =>
  group?.offsets.find((c) => c.topic === tp.topic && c.partition === tp.partition)?.offset;

/** prepareOffsetsToReset: the new offset of each partition, or null when the group has no plan. */
export function prepareOffsets(
  ctx: ResetContext,
  groupId: string,
  group: GroupView | undefined,
  partitions: readonly TopicPartition[],
  plan: () => Step<ResetPlan>,
): Step<TargetOffset[] | null> {
  const unknown = partitions.find((tp) => !partitionOf(ctx, tp));
  if (unknown && ctx.scenario !== 'from-file') return wrapped(UNKNOWN_PARTITION);
  const at = (pick: (p: NonNullable<ReturnType<typeof partitionOf>>) => number) =>
    done(partitions.map((tp) => ({ ...tp, offset: pick(partitionOf(ctx, tp)!) })));
  switch (ctx.scenario) {
    case 'to-offset': {
      const n = longOption(ctx, 'to-offset');
      return n.ok
        ? checkOffsetsRange(
            ctx,
            partitions.map((tp) => ({ ...tp, offset: n.value })),
          )
        : n;
    }
    case 'to-earliest':
      return at((p) => p.logStartOffset);
    case 'to-latest':
      return at((p) => p.highWatermark);
    case 'shift-by': {
      const n = longOption(ctx, 'shift-by');
      if (!n.ok) return n;
      const requested: TargetOffset[] = [];
      for (const tp of partitions) {
        const current = committedOf(group, tp);
        if (current === undefined)
          return usage(
            `Cannot shift offset for partition ${tp.topic}-${tp.partition} since there is no current committed offset`,
          );
        requested.push({ ...tp, offset: current + n.value });
      }
      return checkOffsetsRange(ctx, requested);
    }
    case 'to-datetime': {
      const time = parseDateTime(ctx.o.value('to-datetime') ?? '');
      if (!time.ok) return exception(time.error, `java.lang.RuntimeException: ${time.error}`);
      return offsetsForTime(ctx, partitions, time.ms);
    }
    case 'by-duration': {
      const duration = parseDuration(ctx.o.value('by-duration') ?? '');
      if (!duration.ok) return exception(duration.error.replace(/^[\w.]+: /, ''), duration.error);
      // Instant.now() minus the duration, to the millisecond (toEpochMilli floors).
      const now = VIRTUAL_EPOCH_MS + ctx.sim.now;
      return offsetsForTime(ctx, partitions, Math.floor(now - duration.ms));
    }
    case 'from-file': {
      const read = plan();
      if (!read.ok) return read;
      const forGroup = read.value.get(groupId);
      if (!forGroup) return done(null);
      return checkOffsetsRange(ctx, forGroup);
    }
    case 'to-current':
      return done(
        partitions.map((tp) => ({
          ...tp,
          offset: committedOf(group, tp) ?? partitionOf(ctx, tp)!.highWatermark,
        })),
      );
    case undefined:
      return usage(
        `Option '[reset-offsets]' requires one of the following scenarios: [${optionSet(SCENARIOS).join(', ')}]`,
      );
  }
}

/** The plan --from-file names: the simulator has no files, but /dev/stdin reads a here-document. */
export function readPlan(ctx: ResetContext): Step<ResetPlan> {
  const path = ctx.o.value('from-file') ?? '';
  if (path !== '/dev/stdin' || ctx.stdin === null) {
    const cause = `java.nio.file.NoSuchFileException: ${path}`;
    ctx.out(
      '(the simulator has no files: give the CSV as --from-file /dev/stdin with a here-document)\n',
      'stderr',
    );
    return exception(cause, `java.lang.RuntimeException: ${cause}`);
  }
  const groups = ctx.o.values('group');
  const plan = parseResetPlan(ctx.stdin, groups.length === 1 ? (groups[0] ?? null) : null);
  return plan.ok
    ? done(plan.plan)
    : exception(plan.error, `java.lang.RuntimeException: ${plan.error}`);
}
