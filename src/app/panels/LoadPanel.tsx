// Producers: a steady stream of records from a named producer, keyed as the notes key them
// (a fixed set, truck ids, user ids, or none) with the notes' kinds of value; stopped one by one.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LoadValues } from '../../engine';
import { useAppStore } from '../store/StoreContext';
import { Fold } from './Fold';
import { TopicSelect, useTopicChoice } from './TopicSelect';
import { useCommand } from './useCommand';

const KEY_KINDS = {
  none: { label: 'none (keyless)', prefix: undefined },
  set: { label: 'a fixed set: key-0…', prefix: undefined },
  truck: { label: 'truck ids: truck-0…', prefix: 'truck-' },
  user: { label: 'user ids: user-0…', prefix: 'user-' },
} as const;
type KeyKind = keyof typeof KEY_KINDS;

const VALUES: Record<LoadValues, string> = {
  order: 'order events (JSON)',
  gps: 'GPS positions (JSON)',
  log: 'log lines',
  click: 'clicks (JSON)',
};

export function LoadPanel() {
  const { act, error } = useCommand();
  const topic = useTopicChoice();
  const { chosen } = topic;
  const producers = useAppStore(
    useShallow((s) => (s.snapshot?.producers ?? []).map((p) => p.clientId)),
  );
  const loads = useAppStore(
    useShallow((s) =>
      (s.snapshot?.producers ?? [])
        .filter((p) => p.load)
        .map((p) => `${p.clientId}\u0000${p.load!.topic}\u0000${p.load!.recordsPerSecond}`),
    ),
  );
  const [producer, setProducer] = useState('load-generator');
  const [rate, setRate] = useState(20);
  const [keyKind, setKeyKind] = useState<KeyKind>('set');
  const [keyCount, setKeyCount] = useState(6);
  const [values, setValues] = useState<LoadValues>('order');
  const [acks, setAcks] = useState<'0' | '1' | 'all'>('all');
  const [keyless, setKeyless] = useState<'sticky' | 'round-robin'>('sticky');
  const name = producer.trim();
  const exists = producers.includes(name);

  const start = async () => {
    // A new producer gets the settings chosen here; an existing one keeps its own.
    if (!exists) {
      const made = await act({
        type: 'createProducer',
        producer: name,
        config: { acks, partitioner: keyless },
      });
      if (!made) return;
    }
    const prefix = KEY_KINDS[keyKind].prefix;
    await act({
      type: 'setLoad',
      producer: name,
      topic: chosen,
      recordsPerSecond: rate,
      keys: keyKind === 'none' ? 0 : keyCount,
      ...(prefix ? { keyPrefix: prefix } : {}),
      values,
    });
  };

  return (
    <Fold id="load-heading" title="Steady load">
      <section className="panel" aria-labelledby="load-heading">
        <div className="row">
          <label>
            Producer
            <input
              value={producer}
              size={12}
              onChange={(e) => setProducer(e.target.value)}
              data-testid="load-producer"
            />
          </label>
          <TopicSelect choice={topic} />
          <label>
            Records/s
            <input
              type="number"
              min={0.1}
              max={5000}
              step="any"
              value={rate}
              onChange={(e) => setRate(Number(e.target.value))}
              aria-label="Records per second"
            />
          </label>
        </div>
        <div className="row">
          <label>
            Record keys
            <select value={keyKind} onChange={(e) => setKeyKind(e.target.value as KeyKind)}>
              {Object.entries(KEY_KINDS).map(([kind, { label }]) => (
                <option key={kind} value={kind}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          {keyKind !== 'none' && (
            <label>
              How many
              <input
                type="number"
                min={1}
                max={1000}
                value={keyCount}
                onChange={(e) => setKeyCount(Number(e.target.value))}
              />
            </label>
          )}
          <label>
            Values
            <select value={values} onChange={(e) => setValues(e.target.value as LoadValues)}>
              {Object.entries(VALUES).map(([kind, label]) => (
                <option key={kind} value={kind}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {!exists && (
          <div className="row">
            <label>
              acks
              <select value={acks} onChange={(e) => setAcks(e.target.value as typeof acks)}>
                <option value="all">all (the default since 3.0)</option>
                <option value="1">1</option>
                <option value="0">0</option>
              </select>
            </label>
            <label>
              Records without a key
              <select
                value={keyless}
                onChange={(e) => setKeyless(e.target.value as typeof keyless)}
              >
                <option value="sticky">sticky (Kafka ≥ 2.4)</option>
                <option value="round-robin">round-robin (the notes)</option>
              </select>
            </label>
          </div>
        )}
        <button
          type="button"
          data-testid="start-load"
          disabled={chosen === '' || name === ''}
          onClick={() => void start()}
        >
          {loads.some((l) => l.startsWith(`${name}\u0000`)) ? 'Change the load' : 'Start the load'}
        </button>
        <ul className="consumer-list" aria-label="Running loads">
          {loads.map((entry) => {
            const [p, t, r] = entry.split('\u0000') as [string, string, string];
            return (
              <li key={p}>
                <span>
                  {p} → {t}, {r}/s
                </span>
                <button
                  type="button"
                  onClick={() =>
                    void act({ type: 'setLoad', producer: p, topic: t, recordsPerSecond: 0 })
                  }
                  aria-label={`Stop ${p}'s load`}
                >
                  Stop
                </button>
              </li>
            );
          })}
        </ul>
        {error}
      </section>
    </Fold>
  );
}
