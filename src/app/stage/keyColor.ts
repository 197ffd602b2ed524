// Records are coloured by key, so that one key's records are seen together in one partition.
// The colour comes from the key's text, not from the order keys were seen: the same key has the
// same colour in every session.
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#17becf',
] as const;

export const NO_KEY_COLOR = '#9aa3ad';

export function keyColor(key: string | null): string {
  if (key === null) return NO_KEY_COLOR;
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return PALETTE[Math.abs(h) % PALETTE.length]!;
}
