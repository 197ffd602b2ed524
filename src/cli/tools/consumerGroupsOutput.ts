// How ConsumerGroupCommand reports: printError puts "\nError: …" on stdout; an exception that
// escapes a command ends it with "Executing consumer group command failed due to …" and its stack
// trace on stderr (the simulator prints the trace's first line).
import { finished, type Job, type Output } from '../job';
import { TOOL } from './consumerGroupsOptions';

export const pad = (s: string, width: number): string => s.padEnd(width);

export function printError(out: Output, message: string): void {
  out(`\nError: ${message}\n`, 'stdout');
}

/**
 * run()'s catch-all: `message` is the exception's getMessage(), `trace` its toString(), the first
 * line printStackTrace() prints. Kafka's tool exits 0 here: main does not set a status.
 */
export function commandFailed(out: Output, message: string, trace: string): Job {
  printError(out, `Executing consumer group command failed due to ${message}`);
  out(`${trace}\n`, 'stderr');
  return finished(TOOL, 0);
}

/** An exception wrapped as `new RuntimeException(cause)`: its message is the cause's toString(). */
export function wrappedFailure(out: Output, cause: string): Job {
  return commandFailed(out, cause, `java.lang.RuntimeException: ${cause}`);
}
