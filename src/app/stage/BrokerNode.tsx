import type { BrokerLayout } from './layoutBrokers';
import { Focusable } from './Focusable';

const STATUS_TEXT = {
  up: 'up',
  down: 'down',
  fenced: 'fenced (the controller does not count it as live)',
  isolated: 'cut off from the network',
} as const;

export function BrokerNode({ broker, selected }: { broker: BrokerLayout; selected: boolean }) {
  const { x, y, width, height } = broker;
  const leads =
    broker.leads.length === 0 ? 'leads no partition' : `leads ${broker.leads.length} partition(s)`;
  const roles = [
    broker.controller ? 'the active controller' : '',
    broker.coordinates.length > 0 ? `coordinator of ${broker.coordinates.join(', ')}` : '',
  ].filter(Boolean);
  const label = `Broker ${broker.id} at ${broker.address}, ${STATUS_TEXT[broker.status]}; ${leads}${roles.length ? `; ${roles.join('; ')}` : ''}`;
  return (
    <Focusable
      className={`broker is-${broker.status}${selected ? ' is-selected' : ''}`}
      testId={`broker-${broker.id}`}
      label={label}
      selection={{ kind: 'broker', broker: broker.id }}
    >
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        rx={broker.compact ? 4 : 8}
        className="broker-box"
      />
      {broker.compact ? (
        <text
          x={x + width / 2}
          y={y + height / 2 + 5}
          textAnchor="middle"
          className="broker-chip-text"
        >
          {broker.id}
          {broker.controller ? '★' : ''}
        </text>
      ) : (
        <>
          <text x={x + 10} y={y + 22} className="broker-name">
            Broker {broker.id}
            {broker.controller ? ' ★ controller' : ''}
          </text>
          <text x={x + 10} y={y + 40} className="broker-detail">
            {broker.status === 'up' ? broker.address : broker.status.toUpperCase()} · leads{' '}
            {broker.leads.length}
          </text>
          {broker.coordinates.length > 0 && (
            <text x={x + 10} y={y + 56} className="broker-detail">
              coordinator: {broker.coordinates.join(', ')}
            </text>
          )}
        </>
      )}
    </Focusable>
  );
}
