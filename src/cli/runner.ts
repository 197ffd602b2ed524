// The headless runner: a script run against a fresh simulated world, printed as a shell session
// would print it. Foreground jobs run until they finish in virtual time; a console consumer with no
// limit stops once no record has come for a while (it says so), so a script never hangs.
import { createWorld, type WorldHandle } from './world';
import type { Output, Stream } from './job';
import { parseScript } from './shell/parseScript';
import { ShellSession } from './session';

/** Virtual time advanced per step while a foreground job runs. */
const STEP_MS = 10;
/** A foreground job still running after this much virtual time is stopped. */
const FOREGROUND_LIMIT_MS = 60 * 60 * 1000;

export interface RunResult {
  readonly transcript: string;
  /** The exit code of the last command, as a shell script's. */
  readonly exitCode: number;
  /** The world the script ran on (absent when the script did not parse). */
  readonly world?: WorldHandle;
}

export function runScript(script: string, seed = 1, echo = true): RunResult {
  let transcript = '';
  const out: Output = (text: string, _stream: Stream) => {
    transcript += text;
  };
  const parsed = parseScript(script);
  if (!parsed.ok)
    return { transcript: `kafkasim: line ${parsed.line}: ${parsed.error}\n`, exitCode: 2 };
  const world = createWorld(seed);
  const session = new ShellSession(world, out, true, seed);
  let exitCode = 0;
  for (const command of parsed.commands) {
    if (echo) out(`$ ${command.source}\n`, 'stdout');
    const job = session.run(command);
    session.onEvents(world.sim.drainEvents());
    const started = world.sim.now;
    while (!command.background && !job.done) {
      if (world.sim.now - started > FOREGROUND_LIMIT_MS) {
        out(`kafkasim: stopped '${command.source}' after an hour of virtual time\n`, 'stderr');
        job.stop('graceful');
        break;
      }
      world.sim.advanceBy(STEP_MS);
      session.onEvents(world.sim.drainEvents());
    }
    if (!command.background) exitCode = job.exitCode;
  }
  session.reportFinished();
  return { transcript, exitCode, world };
}
