// The steps of a reset and how one stops, as ConsumerGroupCommand stops: printUsageAndExit (a
// usage error, exit 1) or an exception that run() catches and prints (exit 0).
import type { Timeline, TopicPartition, WorldSnapshot } from '../../engine';
import type { Output } from '../job';
import type { ParsedOptions } from '../options';
import type { Scenario } from './consumerGroupsOptions';

export type TargetOffset = TopicPartition & { readonly offset: number };

export type Failure =
  | { readonly kind: 'usage'; readonly message: string }
  | { readonly kind: 'exception'; readonly message: string; readonly trace: string };

export type Step<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

export const done = <T>(value: T): Step<T> => ({ ok: true, value });
export const usage = (message: string): Step<never> => ({
  ok: false,
  failure: { kind: 'usage', message },
});
export const exception = (message: string, trace: string): Step<never> => ({
  ok: false,
  failure: { kind: 'exception', message, trace },
});
/** An admin call's ExecutionException, rethrown as `new RuntimeException(e)`. */
export const wrapped = (cause: string): Step<never> =>
  exception(
    `java.util.concurrent.ExecutionException: ${cause}`,
    `java.lang.RuntimeException: java.util.concurrent.ExecutionException: ${cause}`,
  );
export const UNKNOWN_PARTITION =
  'org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.';

export interface ResetContext {
  readonly o: ParsedOptions;
  readonly out: Output;
  readonly sim: Timeline;
  readonly snapshot: WorldSnapshot;
  readonly stdin: string | null;
  readonly scenario: Scenario | undefined;
}

export const partitionOf = (ctx: ResetContext, tp: TopicPartition) =>
  ctx.snapshot.topics.find((t) => t.name === tp.topic)?.partitions[tp.partition];

/** java.lang.Integer.parseInt / Long.parseLong: an optional sign and decimal digits. */
export const javaInteger = (s: string, max: number): number | null =>
  /^[+-]?\d+$/.test(s) && Math.abs(Number(s)) <= max ? Number(s) : null;
