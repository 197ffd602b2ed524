// Topics: create one with its partitions, replication factor and the configs the lessons use;
// add partitions to one (keys may move: the panel's note says so).
import { useState, type FormEvent } from 'react';
import { useAppStore } from '../store/StoreContext';
import { parseConfigs } from './parseConfigs';
import { useCommand } from './useCommand';
import { Fold } from './Fold';
import { TopicSelect, useTopicChoice } from './TopicSelect';

export function TopicPanel() {
  const { act, error } = useCommand();
  const brokers = useAppStore((s) => s.snapshot?.brokers.length ?? 1);
  const hasTopics = useAppStore((s) => (s.snapshot?.topics ?? []).some((t) => !t.internal));
  const [name, setName] = useState('');
  const [partitions, setPartitions] = useState(3);
  // What was typed, kept as typed (a field that corrects itself mid-word turns 12 into 42).
  const [rf, setRf] = useState<string | null>(null);
  const [retention, setRetention] = useState('');
  const [minIsr, setMinIsr] = useState('');
  const [more, setMore] = useState('');
  const [configError, setConfigError] = useState<string | null>(null);
  const replication = rf === null || rf === '' ? Math.min(3, brokers) : Number(rf);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseConfigs(more);
    if (!parsed.ok) return setConfigError(parsed.message);
    setConfigError(null);
    const config = {
      ...(retention ? { 'retention.ms': retention } : {}),
      ...(minIsr ? { 'min.insync.replicas': minIsr } : {}),
      ...parsed.configs,
    };
    const created = await act({
      type: 'createTopic',
      topic: name.trim(),
      partitions,
      replicationFactor: replication,
      ...(Object.keys(config).length > 0 ? { config } : {}),
    });
    if (created) setName('');
  };

  return (
    <Fold id="topic-heading" title="Create a topic">
      <form className="panel-form" onSubmit={(e) => void submit(e)} aria-labelledby="topic-heading">
        <label>
          Name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. trucks_gps"
            autoComplete="off"
          />
        </label>
        <div className="row">
          <label>
            Partitions
            <input
              type="number"
              min={1}
              max={1000}
              value={partitions}
              onChange={(e) => setPartitions(Number(e.target.value))}
            />
          </label>
          <label>
            Replication factor
            <input
              type="number"
              min={1}
              max={brokers}
              value={rf ?? replication}
              onChange={(e) => setRf(e.target.value)}
            />
          </label>
        </div>
        <div className="row">
          <label>
            <span>
              retention.ms <span className="hint">(7 days)</span>
            </span>
            <input
              value={retention}
              inputMode="numeric"
              onChange={(e) => setRetention(e.target.value.trim())}
              placeholder="604800000"
            />
          </label>
          <label>
            <span>
              min.insync.replicas <span className="hint">(1)</span>
            </span>
            <input
              value={minIsr}
              inputMode="numeric"
              onChange={(e) => setMinIsr(e.target.value.trim())}
              placeholder="1"
            />
          </label>
        </div>
        <label>
          <span>
            More configs <span className="hint">(key=value, comma-separated)</span>
          </span>
          <input
            value={more}
            onChange={(e) => setMore(e.target.value)}
            placeholder="cleanup.policy=compact, segment.bytes=1048576"
            autoComplete="off"
          />
        </label>
        <button type="submit">Create topic</button>
        {configError && (
          <p className="form-error" role="alert">
            {configError}
          </p>
        )}
        {hasTopics && <AddPartitions act={act} />}
        {error}
      </form>
    </Fold>
  );
}

function AddPartitions({ act }: { act: ReturnType<typeof useCommand>['act'] }) {
  const topic = useTopicChoice();
  const { chosen } = topic;
  const current = useAppStore(
    (s) => s.snapshot?.topics.find((t) => t.name === chosen)?.partitions.length ?? 1,
  );
  // Kept as typed; Kafka refuses a count not above the current one, and the panel shows why.
  const [count, setCount] = useState('');
  const target = count === '' ? current + 1 : Number(count);
  return (
    <div className="row">
      <TopicSelect choice={topic} />
      <label>
        New partition count
        <input
          type="number"
          min={current + 1}
          max={1000}
          value={count}
          placeholder={String(current + 1)}
          onChange={(e) => setCount(e.target.value)}
        />
      </label>
      <button
        type="button"
        onClick={() =>
          void act({ type: 'addPartitions', topic: chosen, partitions: target }).then(
            (done) => done && setCount(''),
          )
        }
      >
        Add partitions
      </button>
    </div>
  );
}
