// kafka-topics --replica-assignment "101:102,102:103": TopicCommand#parseReplicaAssignment. Commas
// part the partitions, colons the replicas (the first is the preferred leader). Java's
// String#split drops trailing empty pieces, Integer#parseInt takes each trimmed id, and the tool
// itself refuses a broker named twice in one partition or partitions of different sizes.

import { javaHashMapOrderBy } from './javaOrder';

export type ReplicaAssignmentParse =
  | { readonly ok: true; readonly assignment: number[][] }
  | {
      readonly ok: false;
      readonly name:
        'NumberFormatException' | 'AdminCommandFailedException' | 'AdminOperationException';
      readonly message: string;
    };

export function parseReplicaAssignment(raw: string): ReplicaAssignmentParse {
  const assignment: number[][] = [];
  for (const [i, piece] of javaSplit(raw, ',').entries()) {
    const brokers: number[] = [];
    for (const id of javaSplit(piece, ':')) {
      const parsed = parseJavaInt(id.trim());
      if (parsed === null)
        return {
          ok: false,
          name: 'NumberFormatException',
          message: `For input string: "${id.trim()}"`,
        };
      brokers.push(parsed);
    }
    // A HashSet<Integer> of them: Integer#hashCode is the value.
    const duplicates = javaHashMapOrderBy(repeated(brokers), (id) => id);
    if (duplicates.length > 0)
      return {
        ok: false,
        name: 'AdminCommandFailedException',
        message: `Partition replica lists may not contain duplicate entries: ${duplicates.join(',')}`,
      };
    assignment.push(brokers);
    if (brokers.length !== assignment[0]!.length)
      return {
        ok: false,
        name: 'AdminOperationException',
        message: `Partition ${i} has different replication factor: [${brokers.join(', ')}]`,
      };
  }
  return { ok: true, assignment };
}

/** String#split(regex) for a one-character separator: trailing empty strings are removed. */
function javaSplit(s: string, separator: string): string[] {
  const parts = s.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Integer#parseInt: an optional sign and decimal digits within 32 bits. */
function parseJavaInt(s: string): number | null {
  if (!/^[+-]?\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= -2147483648 && n <= 2147483647 ? n : null;
}

/** Each id met again, in the order of its second sighting (ToolsUtils#duplicates). */
function repeated(ids: readonly number[]): number[] {
  const seen = new Set<number>();
  const again: number[] = [];
  for (const id of ids) {
    if (seen.has(id) && !again.includes(id)) again.push(id);
    seen.add(id);
  }
  return again;
}
