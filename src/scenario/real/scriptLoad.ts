// A setLoad in the session script: a background kafka-console-producer fed by load_lines, sending
// exactly what the load sends until the session changes or stops it (or the session ends).
import type { SessionAction } from '../session';
import type { SetLoad } from '../../engine';
import { producerProperties } from './consoleProducer';
import { keySeparator } from './consoleProducer';
import { shellQuote } from './quote';
import type { ScriptState } from './scriptState';
import { BOOTSTRAP, renderForScript, type Arg } from './toolCall';

const MAX_RATE = 100_000;

/** When the load started at `index` stops: the producer's next setLoad, its topic's deletion, or the end. */
function stopsAt(
  actions: readonly SessionAction[],
  index: number,
  c: SetLoad,
  end: number,
): number {
  for (const a of actions.slice(index + 1)) {
    const next = a.command;
    if (next.type === 'setLoad' && next.producer === c.producer) return a.at;
    if (next.type === 'deleteTopic' && next.topic === c.topic) return a.at;
  }
  return end;
}

/** The load running for `producer` has sent its records: wait for its producer to finish. */
export function endLoad(state: ScriptState, producer: string): void {
  const load = state.loads.get(producer);
  if (load === undefined) return;
  state.emit(`wait_bg ${load.variable}`);
  state.loads.delete(producer);
}

export function writeLoad(
  state: ScriptState,
  actions: readonly SessionAction[],
  index: number,
  c: SetLoad,
  end: number,
): void {
  const at = actions[index]?.at ?? 0;
  const previous = state.loads.get(c.producer);
  endLoad(state, c.producer);
  const rate = c.recordsPerSecond;
  const keys = c.keys ?? 0;
  if (
    !(Number.isFinite(rate) && rate >= 0 && rate <= MAX_RATE) ||
    !Number.isSafeInteger(keys) ||
    keys < 0
  )
    return state.comment(
      'The simulator refused this load (a rate of 0…100000 a second, a whole number of keys).',
    );
  if (rate === 0) return state.comment('The load stops.');
  const rateMilli = Math.round(rate * 1000);
  const until = stopsAt(actions, index, c, end);
  const total = Math.max(0, Math.floor((rateMilli * (until - at)) / 1_000_000));
  const n0 = previous?.sent ?? 0;
  const prefix = c.keyPrefix ?? 'key-';
  const sep = keySeparator([prefix]) ?? ':';
  const args: Arg[] = ['--bootstrap-server', BOOTSTRAP, '--topic', c.topic];
  if (keys > 0) args.push('--property', 'parse.key=true', '--property', `key.separator=${sep}`);
  const settings = state.producers.get(c.producer);
  for (const [k, v] of producerProperties(c.producer, settings))
    args.push('--producer-property', `${k}=${v}`);
  const variable = state.loadVariable(c.producer);
  const feed = [n0, total, rateMilli, keys, prefix, sep, c.values ?? 'order', Math.round(at)];
  state.comment(
    `${c.producer} sends ${total} record(s) to ${c.topic}, ${rate} a second, until ${(until / 1000).toFixed(3)} s` +
      (keys > 0 ? `, keys ${prefix}0…${prefix}${keys - 1}` : ', no keys'),
  );
  const call = renderForScript({ tool: 'kafka-console-producer', args });
  state.emit(
    `start_bg ${variable} ${call.replace(/^kafka /, '')} < <(load_lines ${feed.map((f) => shellQuote(String(f))).join(' ')})`,
  );
  state.loads.set(c.producer, { variable, topic: c.topic, sent: n0 + total });
}
