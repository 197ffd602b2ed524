// Reads a session from someone else: the session, or one message that says what is wrong and
// where. Nothing in the input is run or shown before it has passed every check here.
import * as v from 'valibot';
import { listProblems } from '../lessons/format/problems';
import { LIMITS, overLimit } from './limits';
import { SessionSchema } from './schema';
import type { Session } from './session';

export type SessionCheck =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly message: string };

export function parseSession(input: unknown, name = 'The scenario'): SessionCheck {
  const result = v.safeParse(SessionSchema, input);
  if (!result.success)
    return {
      ok: false,
      message: `${name} is not a valid session:\n${listProblems(result.issues)}`,
    };
  // (Typed, not cast: a schema that lets through what the worker cannot replay fails to compile.)
  const session: Session = result.output;
  const over = overLimit(session.actions, session.horizon);
  if (over) return { ok: false, message: `${name} is too big to replay: ${over}.` };
  return { ok: true, session };
}

/** A file's text: too large, or not JSON at all, is said as plainly as a wrong field. */
export function parseSessionText(text: string, name = 'The file'): SessionCheck {
  if (text.length > LIMITS.fileBytes)
    return {
      ok: false,
      message: `${name} is too large (at most ${LIMITS.fileBytes / 1048576} MB).`,
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${name} is not JSON: ${(error as Error).message}` };
  }
  return parseSession(json, name);
}
