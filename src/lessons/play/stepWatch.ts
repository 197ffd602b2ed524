// Whether a step's condition is met: events are counted as they come (since the step began),
// state is read from a snapshot when asked. Conditions are data (lesson files), never timers.
import type { SimEvent, WorldSnapshot } from '../../engine';
import type { Condition } from '../format/schema';

type EventCondition = Extract<Condition, { event: string }>;
type PrintedCondition = Extract<Condition, { printed: string }>;

/** Terminal output kept per step to look for a `printed` condition's text. */
const OUTPUT_KEPT = 64 * 1024;

export class StepWatch {
  /** Matching events seen so far, per event condition of the tree. */
  private readonly seen = new Map<EventCondition, number>();
  private readonly eventConditions: EventCondition[] = [];
  private readonly printedConditions: PrintedCondition[] = [];
  private readonly printed = new Set<PrintedCondition>();
  private output = new Map<number, string>();
  constructor(private readonly condition: Condition | undefined) {
    if (condition !== undefined) this.collect(condition);
  }

  /** Counts the events that match; call with every batch of events since the step began. */
  observe(events: readonly SimEvent[]): void {
    for (const c of this.eventConditions)
      for (const e of events) if (matches(c, e)) this.seen.set(c, (this.seen.get(c) ?? 0) + 1);
  }

  /** What a terminal tab printed (colours stripped), for `printed` conditions. */
  observeOutput(tab: number, text: string): void {
    if (this.printedConditions.length === 0) return;
    // eslint-disable-next-line no-control-regex
    const plain = text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
    const kept = ((this.output.get(tab) ?? '') + plain).slice(-OUTPUT_KEPT);
    this.output.set(tab, kept);
    for (const c of this.printedConditions)
      if ((c.tab === undefined || c.tab === tab) && kept.includes(c.printed)) this.printed.add(c);
  }

  /** Met, given the world as it is now (asked for only when the condition reads state). */
  met(snapshot: () => WorldSnapshot): boolean {
    if (this.condition === undefined) return true;
    let cached: WorldSnapshot | undefined;
    return this.test(this.condition, () => (cached ??= snapshot()));
  }

  /** Finds the conditions that are counted as things happen (events, terminal output). */
  private collect(c: Condition): void {
    if ('event' in c) this.eventConditions.push(c);
    else if ('printed' in c) this.printedConditions.push(c);
    else if ('all' in c) c.all.forEach((x) => this.collect(x));
    else if ('any' in c) c.any.forEach((x) => this.collect(x));
  }

  private test(c: Condition, world: () => WorldSnapshot): boolean {
    if ('event' in c) return (this.seen.get(c) ?? 0) >= (c.count ?? 1);
    if ('printed' in c) return this.printed.has(c);
    if ('all' in c) return c.all.every((x) => this.test(x, world));
    if ('any' in c) return c.any.some((x) => this.test(x, world));
    return stateHolds(c, world());
  }
}

function matches(c: EventCondition, e: SimEvent): boolean {
  if (e.type !== c.event) return false;
  if (!c.where) return true;
  const fields = e as unknown as Record<string, unknown>;
  return Object.entries(c.where).every(([k, want]) => fields[k] === want);
}

type StateCondition = Exclude<
  Condition,
  EventCondition | PrintedCondition | { all: unknown } | { any: unknown }
>;

function stateHolds(c: StateCondition, s: WorldSnapshot): boolean {
  if ('records' in c) {
    const topic = s.topics.find((t) => t.name === c.records.topic);
    if (!topic) return false;
    const parts = topic.partitions.filter(
      (p) => c.records.partition === undefined || p.id === c.records.partition,
    );
    return parts.reduce((sum, p) => sum + p.highWatermark, 0) >= c.records.atLeast;
  }
  if ('topic' in c) {
    const topic = s.topics.find((t) => t.name === c.topic);
    return !!topic && (c.partitions === undefined || topic.partitions.length === c.partitions);
  }
  if ('broker' in c) {
    const b = s.brokers.find((x) => x.id === c.broker);
    if (!b) return false;
    switch (c.is) {
      case 'up':
        return b.up;
      case 'down':
        return !b.up;
      case 'fenced':
        return b.fenced;
      case 'unfenced':
        return b.up && !b.fenced;
      case 'isolated':
        return b.isolated;
    }
  }
  if ('partition' in c) {
    const p = s.topics
      .find((t) => t.name === c.partition.topic)
      ?.partitions.find((x) => x.id === c.partition.partition);
    if (!p) return false;
    return (
      (c.leader === undefined || p.leader === c.leader) &&
      (c.notLeader === undefined || p.leader !== c.notLeader) &&
      (c.isrSize === undefined || p.isr.length === c.isrSize) &&
      (c.inIsr === undefined || p.isr.includes(c.inIsr as never)) &&
      (c.notInIsr === undefined || !p.isr.includes(c.notInIsr as never))
    );
  }
  const g = s.groups.find((x) => x.groupId === c.group);
  if (!g) return false;
  const committed = g.offsets.reduce((sum, o) => sum + o.offset, 0);
  const lag = g.offsets.reduce((sum, o) => sum + o.lag, 0);
  return (
    (c.members === undefined || g.members.length === c.members) &&
    (c.state === undefined || g.state === c.state) &&
    (c.lagAtMost === undefined || (g.offsets.length > 0 && lag <= c.lagAtMost)) &&
    (c.committedAtLeast === undefined || committed >= c.committedAtLeast) &&
    (c.processedAtLeast === undefined || g.delivery.processed >= c.processedAtLeast) &&
    (c.duplicatesAtLeast === undefined || g.delivery.duplicates >= c.duplicatesAtLeast) &&
    (c.skippedAtLeast === undefined || g.delivery.skipped >= c.skippedAtLeast)
  );
}
