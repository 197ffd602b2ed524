// A schema's refusal in words: up to five `- path: reason` lines, the first ones being what to
// fix first. Lesson files and session files are refused alike.
import * as v from 'valibot';

/** At most this many problems are listed. */
const MAX_LISTED = 5;

export function listProblems(issues: readonly v.BaseIssue<unknown>[]): string {
  const lines = issues.slice(0, MAX_LISTED).map((issue) => {
    const path = v.getDotPath(issue);
    // valibot says `Invalid key: Expected "title" but received undefined`: say it plainly.
    const message =
      issue.input === undefined && issue.message.startsWith('Invalid key')
        ? 'is missing'
        : issue.message;
    return `- ${path ? `${path}: ` : ''}${message}`;
  });
  const more = issues.length - lines.length;
  if (more > 0) lines.push(`- …and ${more} more`);
  return lines.join('\n');
}
