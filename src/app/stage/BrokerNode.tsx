import type { BrokerLayout } from './layoutStage';

export function BrokerNode({ broker }: { broker: BrokerLayout }) {
  const { x, y, width, height } = broker;
  const leads =
    broker.leads.length === 0 ? 'leads no partition' : `leads ${broker.leads.join(', ')}`;
  return (
    <g className={`broker ${broker.up ? 'is-up' : 'is-down'}`} data-testid={`broker-${broker.id}`}>
      <title>{`Broker ${broker.id} at ${broker.address}, ${broker.up ? 'up' : 'down'}; ${leads}`}</title>
      <rect x={x} y={y} width={width} height={height} rx={8} className="broker-box" />
      <text x={x + 12} y={y + 24} className="broker-name">
        Broker {broker.id}
      </text>
      <text x={x + 12} y={y + 44} className="broker-detail">
        {broker.address} · leads {broker.leads.length}
      </text>
    </g>
  );
}
