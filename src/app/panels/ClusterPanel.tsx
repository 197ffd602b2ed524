// A new cluster: its broker ids, KRaft or ZooKeeper, and the seed that decides every random
// choice — the same seed and the same actions give the same show.
import { useState, type FormEvent } from 'react';
import { useAppStore } from '../store/StoreContext';
import { Fold } from './Fold';

export function ClusterPanel() {
  const start = useAppStore((s) => s.newCluster);
  const current = useAppStore((s) => s.snapshot?.brokers.map((b) => b.id).join(' ') ?? '');
  const [ids, setIds] = useState<string | null>(null);
  const [mode, setMode] = useState<'kraft' | 'zookeeper'>('kraft');
  const [seed, setSeed] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const text = ids ?? current;
  const typed = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .join(' ');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const brokers = text
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (brokers.length === 0 || brokers.some((n) => !Number.isInteger(n) || n < 0))
      return setError('Broker ids are whole numbers, e.g. 101 102 103.');
    if (new Set(brokers).size !== brokers.length) return setError('Broker ids must differ.');
    if (brokers.length > 100) return setError('At most 100 brokers.');
    setError(null);
    start({ brokers, mode, seed });
  };

  return (
    <Fold id="cluster-heading" title="New cluster">
      <form className="panel-form" onSubmit={submit} aria-labelledby="cluster-heading">
        <label>
          Broker ids
          <input
            value={text}
            onChange={(e) => setIds(e.target.value)}
            autoComplete="off"
            data-testid="cluster-brokers"
          />
        </label>
        <div className="row">
          <label>
            Metadata
            <select value={mode} onChange={(e) => setMode(e.target.value as typeof mode)}>
              <option value="kraft">KRaft</option>
              <option value="zookeeper">ZooKeeper (before 4.0)</option>
            </select>
          </label>
          <label>
            Seed
            <input
              type="number"
              min={0}
              max={4294967295}
              value={seed}
              onChange={(e) =>
                setSeed(Math.min(4294967295, Math.max(0, Math.floor(Number(e.target.value) || 0))))
              }
            />
          </label>
        </div>
        <p className="hint">
          It replaces this cluster and its topics. In the terminal, before any topic exists:{' '}
          <code>sim brokers {typed || '…'}</code>
          {mode === 'zookeeper' ? (
            <>
              {' '}
              then <code>sim mode zookeeper</code>
            </>
          ) : null}
          .
        </p>
        <button type="submit" data-testid="new-cluster">
          Start a new cluster
        </button>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Fold>
  );
}
