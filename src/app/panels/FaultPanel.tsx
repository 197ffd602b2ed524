// Faults and load, one click each: what a teacher does in front of a class.
import { useState } from 'react';
import { useAppStore } from '../store/StoreContext';
import { useCommand } from './useCommand';

export function FaultPanel() {
  const { act, error } = useCommand();
  const snapshot = useAppStore((s) => s.snapshot);
  const [broker, setBroker] = useState<number | null>(null);
  if (!snapshot) return null;
  const chosen = broker ?? snapshot.brokers[0]?.id ?? 0;
  const up = snapshot.brokers.find((b) => b.id === chosen)?.up ?? false;
  return (
    <section className="panel" aria-labelledby="faults-heading">
      <h2 id="faults-heading">Brokers</h2>
      <div className="row">
        <label>
          Broker{' '}
          <select
            value={chosen}
            onChange={(e) => setBroker(Number(e.target.value))}
            data-testid="fault-broker"
          >
            {snapshot.brokers.map((b) => (
              <option key={b.id} value={b.id}>
                {b.id}
                {b.up ? '' : ' (down)'}
              </option>
            ))}
          </select>
        </label>
        {up ? (
          <>
            <button
              type="button"
              onClick={() => act({ type: 'brokerFault', broker: chosen, fault: 'kill' })}
              data-testid="crash-broker"
            >
              Crash
            </button>
            <button
              type="button"
              onClick={() => act({ type: 'brokerFault', broker: chosen, fault: 'stop' })}
            >
              Stop
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={() => act({ type: 'brokerFault', broker: chosen, fault: 'start' })}
            data-testid="start-broker"
          >
            Start
          </button>
        )}
      </div>
      {error}
    </section>
  );
}
