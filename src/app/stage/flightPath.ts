// Where each flight starts and ends on the current layout (undefined: not in view, it lands at once).
import type { Flight } from '../store/types';
import { findCell, findRow, type Box, type StageLayout } from './layoutStage';

export function flightPath(layout: StageLayout, f: Flight): { from: Box; to: Box } | undefined {
  const producer = layout.producers.find((p) => p.clientId === f.producer) ?? layout.producer;
  if (f.kind === 'produce') {
    const to = findCell(layout, f.topic, f.partition, f.offset);
    return to ? { from: producer, to } : undefined;
  }
  const group = layout.groups.find((g) => g.members.some((m) => m.consumer === f.consumer));
  const member = group?.members.find((m) => m.consumer === f.consumer);
  if (f.kind === 'process') return member ? { from: member, to: member } : undefined;
  if (f.kind === 'commit') {
    // A commit goes to the group's coordinator: the broker leading its __consumer_offsets partition.
    const broker = layout.brokers.find((b) => b.id === group?.coordinator);
    return member && broker ? { from: member, to: broker } : undefined;
  }
  const row = findRow(layout, f.topic, f.partition);
  if (!row) return undefined;
  switch (f.kind) {
    case 'ack':
      return { from: row.replicas[0] ?? row.next, to: producer };
    case 'fetch': {
      if (!member) return undefined;
      const end = {
        x: row.strip.x + row.strip.width,
        y: row.y + row.strip.height / 2,
        width: 0,
        height: 6,
      };
      return { from: end, to: { ...member, width: 0 } };
    }
    case 'retention': {
      const start = { x: row.strip.x, y: row.strip.y, width: 0, height: row.strip.height };
      return { from: start, to: start };
    }
    default: {
      const chip = row.replicas.find((r) => r.broker === f.broker);
      return chip ? { from: chip, to: chip } : undefined;
    }
  }
}
