// Faults, one click each: what a teacher does in front of a class — crash or stop a broker and
// start it again, cut it off the network, or make it a slow follower.
import { useState } from 'react';
import { useAppStore } from '../store/StoreContext';
import { Fold } from './Fold';
import { useCommand } from './useCommand';

export function FaultPanel() {
  const { act, error } = useCommand();
  const snapshot = useAppStore((s) => s.snapshot);
  const [broker, setBroker] = useState<number | null>(null);
  const [delay, setDelay] = useState(2000);
  if (!snapshot) return null;
  // A broker chosen in an earlier cluster may not exist in this one.
  const chosen =
    broker !== null && snapshot.brokers.some((b) => b.id === broker)
      ? broker
      : (snapshot.brokers[0]?.id ?? 0);
  const state = snapshot.brokers.find((b) => b.id === chosen);
  const fault = (kind: 'stop' | 'kill' | 'start' | 'isolate' | 'reconnect') =>
    void act({ type: 'brokerFault', broker: chosen, fault: kind });
  return (
    <Fold id="faults-heading" title="Faults" open>
      <section className="panel" aria-labelledby="faults-heading">
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
                  {b.isolated ? ' (isolated)' : ''}
                </option>
              ))}
            </select>
          </label>
          {state?.up ? (
            <>
              <button
                type="button"
                onClick={() => fault('kill')}
                data-testid="crash-broker"
                title="kill -9: the controller notices when its heartbeats stop"
              >
                Crash
              </button>
              <button
                type="button"
                onClick={() => fault('stop')}
                title="Controlled shutdown: leaders move away first"
              >
                Stop
              </button>
              <button type="button" onClick={() => fault(state.isolated ? 'reconnect' : 'isolate')}>
                {state.isolated ? 'Reconnect' : 'Isolate'}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => fault('start')} data-testid="start-broker">
              Start
            </button>
          )}
        </div>
        <div className="row">
          <label className="inline">
            Slow follower: each fetch takes{' '}
            <input
              type="number"
              min={0}
              max={600000}
              value={delay}
              onChange={(e) => setDelay(Number(e.target.value))}
              aria-label="Fetch delay (ms)"
            />{' '}
            ms
          </label>
          <button
            type="button"
            onClick={() =>
              void act({ type: 'brokerFault', broker: chosen, fault: 'slow', fetchDelayMs: delay })
            }
          >
            {state && state.fetchDelayMs > 0 && delay === 0 ? 'Make normal' : 'Slow it'}
          </button>
        </div>
        {error}
      </section>
    </Fold>
  );
}
