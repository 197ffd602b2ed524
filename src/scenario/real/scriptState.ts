// What the session script's writer remembers as it walks the session: topics' partition counts,
// producers' settings, the shell variables holding background PIDs, and the loads running.
import type { ProducerSettings, StartConsumer } from '../../engine';
import { commentText, shellName } from './quote';

export interface RunningLoad {
  readonly variable: string;
  readonly topic: string;
  /** Records sent so far (the engine numbers a load's records on while it runs). */
  readonly sent: number;
}

export class ScriptState {
  readonly lines: string[] = [];
  readonly partitions = new Map<string, number>();
  readonly producers = new Map<string, ProducerSettings>();
  readonly loads = new Map<string, RunningLoad>();
  private readonly consumers = new Map<string, string>();
  private readonly variables = new Map<string, string>();
  private unnamedConsumers = 0;

  emit(...lines: string[]): void {
    this.lines.push(...lines);
  }

  /** Each line of `text` as a comment, made safe. */
  comment(text: string, indent = ''): void {
    for (const line of text.split('\n')) this.lines.push(`# ${indent}${commentText(line, 160)}`);
  }

  /** The engine's name for a consumer: its own, or Kafka's consumer-<group>-<n>. */
  consumerName(c: StartConsumer): string {
    if (c.consumer !== undefined) return c.consumer;
    const instance = c.config?.['group.instance.id'];
    return `consumer-${c.group ?? 'null'}-${instance ?? ++this.unnamedConsumers}`;
  }

  /** The shell variable for a consumer's PID, named after it ([A-Za-z0-9_] only, unique). */
  consumerVariable(name: string): string {
    const known = this.consumers.get(name);
    if (known !== undefined) return known;
    const variable = this.unique(`CONSUMER_${shellName(name).slice(0, 40)}`, name);
    this.consumers.set(name, variable);
    return variable;
  }

  knownConsumer(name: string): string | undefined {
    return this.consumers.get(name);
  }

  loadVariable(producer: string): string {
    return this.unique(`LOAD_${shellName(producer).slice(0, 40)}`, `load:${producer}`);
  }

  private unique(base: string, owner: string): string {
    for (let i = 1; ; i++) {
      const candidate = i === 1 ? base : `${base}_${i}`;
      const holder = this.variables.get(candidate);
      if (holder === undefined || holder === owner) {
        this.variables.set(candidate, owner);
        return candidate;
      }
    }
  }
}
