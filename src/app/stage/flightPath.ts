// Where each flight starts and ends on the current layout (undefined: not in view, it lands at once).
import type { Flight } from '../store/types';
import { findCell, findRow, type Box, type StageLayout } from './layoutStage';

export function flightPath(layout: StageLayout, f: Flight): { from: Box; to: Box } | undefined {
  const producer = layout.producers.find((p) => p.clientId === f.producer) ?? layout.producer;
  if (f.kind === 'produce') {
    const to = findCell(layout, f.topic, f.partition, f.offset);
    return to ? { from: producer, to } : undefined;
  }
  const row = findRow(layout, f.topic, f.partition);
  if (!row) return undefined;
  if (f.kind === 'ack') return { from: row.replicas[0] ?? row.next, to: producer };
  const chip = row.replicas.find((r) => r.broker === f.broker);
  return chip ? { from: chip, to: chip } : undefined;
}
