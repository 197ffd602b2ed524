import type { ReplicaChip } from './layoutPartition';

/** A partition's replicas: the leader filled, followers in the ISR outlined, out of it dashed. */
export function ReplicaChips({
  replicas,
  testPrefix,
}: {
  replicas: readonly ReplicaChip[];
  testPrefix: string;
}) {
  return (
    <g className="replicas">
      {replicas.map((r) => {
        const role = r.leader ? 'leader' : r.inSync ? 'in-sync' : 'out-of-sync';
        const state = r.brokerUp ? role : 'offline';
        return (
          <g
            key={r.broker}
            className={`replica is-${role}${r.brokerUp ? '' : ' is-offline'}`}
            data-testid={`${testPrefix}-replica-${r.broker}`}
            data-state={state}
          >
            <title>{`Replica on broker ${r.broker}: ${r.leader ? 'leader' : 'follower'}, ${r.inSync ? 'in the ISR' : 'out of the ISR'}${r.brokerUp ? '' : ', broker down'}; log end offset ${r.logEndOffset}${r.behind > 0 ? `, ${r.behind} behind` : ''}`}</title>
            <rect
              x={r.x}
              y={r.y}
              width={r.width}
              height={r.height}
              rx={4}
              className="replica-box"
            />
            <text
              x={r.x + r.width / 2}
              y={r.y + r.height / 2 + 4}
              textAnchor="middle"
              className="replica-text"
            >
              {r.broker}
            </text>
            {r.behind > 0 && r.brokerUp && (
              <text
                x={r.x + r.width / 2}
                y={r.y + r.height + 9}
                textAnchor="middle"
                className="replica-behind"
              >
                −{r.behind}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
