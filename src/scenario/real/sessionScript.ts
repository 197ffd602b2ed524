// sessionScript: a bash script that replays a recorded session against a real Kafka cluster, in
// order and at the session's pace (divided by SPEED).
import type { Produce } from '../../engine';
import type { Session, SessionAction } from '../session';
import { consoleProduce, lineRecord, sameShape, shapeOf } from './consoleProducer';
import { shellQuote } from './quote';
import { endLoad, writeLoad } from './scriptLoad';
import { scriptPrelude } from './scriptPrelude';
import { ScriptState } from './scriptState';
import { writeStep } from './scriptSteps';
import { renderForScript } from './toolCall';

export interface SessionScriptOptions {
  /** Replay up to the moment the session shows (`at`) or all it recorded (`horizon`, the default). */
  readonly until?: 'at' | 'horizon';
  /** What the script is saved as, for the "how to run it" comment. */
  readonly fileName?: string;
}

const finite = (ms: number) => (Number.isFinite(ms) ? ms : 0);
const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

/** The produce commands from `index` on that one console producer sends: same topic, producer, shape. */
function produceRun(actions: readonly SessionAction[], index: number): Produce[] {
  const first = actions[index]?.command;
  if (first?.type !== 'produce') return [];
  const run: Produce[] = [first];
  for (const a of actions.slice(index + 1)) {
    const c = a.command;
    if (c.type !== 'produce' || c.topic !== first.topic || c.producer !== first.producer) break;
    if (!sameShape(shapeOf(lineRecord(c)), shapeOf(lineRecord(first)))) break;
    run.push(c);
  }
  return run;
}

function writeProduce(state: ScriptState, records: readonly Produce[]): void {
  const first = records[0];
  if (first === undefined) return;
  if (!state.partitions.has(first.topic)) state.partitions.set(first.topic, 1); // auto-created
  const settings = first.producer === undefined ? undefined : state.producers.get(first.producer);
  const p = consoleProduce(first.topic, records.map(lineRecord), first.producer, settings);
  for (const note of p.notes) state.comment(note);
  state.emit(
    "printf '%s\\n' \\",
    ...p.lines.map((line) => `  ${shellQuote(line)} \\`),
    `  | ${renderForScript(p.call)} || failed $?`,
  );
}

export function sessionScript(session: Session, options: SessionScriptOptions = {}): string {
  const last = session.actions.at(-1)?.at ?? 0;
  const end = finite(
    options.until === 'at' ? session.at : Math.max(session.horizon, session.at, finite(last)),
  );
  const actions = session.actions.filter((a) => finite(a.at) <= end);
  const state = new ScriptState();
  let clock = 0;
  const advance = (at: number) => {
    const delta = Math.round(finite(at) - clock);
    if (delta > 0) state.emit(`pause ${delta}`);
    clock = Math.max(clock, finite(at));
  };
  for (let i = 0; i < actions.length;) {
    const action = actions[i]!;
    const command = action.command;
    advance(action.at);
    state.emit('');
    const records = produceRun(actions, i);
    const count = Math.max(1, records.length);
    const span =
      count > 1
        ? `, and ${count - 1} more produce command(s) sent by the same console producer`
        : '';
    state.comment(
      `${seconds(finite(action.at))}  ${command.type} ${JSON.stringify(command)}${span}`,
    );
    if (command.type === 'produce') writeProduce(state, records);
    else if (command.type === 'setLoad') writeLoad(state, actions, i, command, end);
    else writeStep(state, command, session.cluster.mode);
    i += count;
  }
  state.emit('');
  state.comment(
    `The end of the session (${seconds(end)}): the loads finish, then a look at the cluster.`,
  );
  advance(end);
  for (const producer of [...state.loads.keys()]) endLoad(state, producer);
  state.emit(
    'sleep "$SETTLE"',
    "echo '== kafka-consumer-groups --describe --all-groups =='",
    'kafka kafka-consumer-groups --bootstrap-server "$BOOTSTRAP" --describe --all-groups || failed $?',
    "echo '== kafka-topics --describe =='",
    'kafka kafka-topics --bootstrap-server "$BOOTSTRAP" --describe || failed $?',
    '# Leaving stops the consumers still running (SIGTERM: they close and leave their groups).',
    '',
  );
  const prelude = scriptPrelude(session, end, actions.length, options.fileName ?? 'session.sh');
  return [prelude, ...state.lines].join('\n');
}
