// The course notes the lessons come from (shared/notes in the course repository), by the number
// their file names start with: a step names the note and the section it takes its facts from.
export const NOTES = {
  '000': 'Notes 000: uses of Kafka, the Windows CLI, keys, __consumer_offsets',
  '001': 'Notes 001: core concepts, orders, retention and replay',
  '002': 'Notes 002: CLI basics, the partitioner, offsets, consumer groups',
  '003': 'Notes 003: the postbox, N×M connections, partitions and offsets',
  '004': 'Notes 004: the full course, from 4×6 integrations to my-first-application',
} as const;

export type NoteId = keyof typeof NOTES;
export const NOTE_IDS = Object.keys(NOTES) as NoteId[];
