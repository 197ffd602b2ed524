import type { MarkerKind } from '../../engine';

/** Each kind of mark has a colour and a shape letter, so colour is never the only cue. */
export const MARKER_STYLE: Record<MarkerKind, { readonly color: string; readonly name: string }> = {
  broker: { color: 'var(--error)', name: 'broker' },
  election: { color: '#b07aa1', name: 'election' },
  isr: { color: '#e8a33d', name: 'ISR' },
  member: { color: '#4e9f8f', name: 'member' },
  rebalance: { color: 'var(--accent)', name: 'rebalance' },
  loss: { color: '#d6336c', name: 'data loss' },
  topic: { color: 'var(--ink-soft)', name: 'topic' },
};
