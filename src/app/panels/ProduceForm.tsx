import { useState, type FormEvent } from 'react';
import type { KeylessPartitioning, SimCommand } from '../../engine';
import { PRODUCER_FOR } from '../defaultScenario';
import { useAppStore } from '../store/StoreContext';
import { Equivalents } from './Equivalents';
import { Fold } from './Fold';
import { TopicSelect, useTopicChoice } from './TopicSelect';

export function ProduceForm() {
  const topic = useTopicChoice();
  const { chosen } = topic;
  const produce = useAppStore((s) => s.produce);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [keyless, setKeyless] = useState<KeylessPartitioning>('sticky');
  const [outcome, setOutcome] = useState<{
    ok: boolean;
    text: string;
    sent?: SimCommand;
  } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await produce({ topic: chosen, key: key === '' ? null : key, value, keyless });
    if (!result.ok)
      return setOutcome({ ok: false, text: `${result.error.name}: ${result.error.message}` });
    const partition = (result.value as { partition: number }).partition;
    setOutcome({
      ok: true,
      text: `Sent to ${chosen}, partition ${partition} (${key === '' ? `no key: ${keyless}` : 'key hash'}).`,
      sent: {
        type: 'produce',
        topic: chosen,
        key: key === '' ? null : key,
        value,
        producer: PRODUCER_FOR[keyless],
      },
    });
  };

  return (
    <Fold id="produce-heading" title="Produce a record" open>
      <form
        className="panel-form"
        onSubmit={(e) => void submit(e)}
        aria-labelledby="produce-heading"
      >
        <TopicSelect choice={topic} />
        <label>
          <span>
            Key <span className="hint">(optional)</span>
          </span>
          <input
            value={key}
            onChange={(e) => setKey(e.target.value)}
            placeholder="e.g. truck_1"
            autoComplete="off"
          />
        </label>
        <label>
          Value
          <input
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder="e.g. lat=51.5,lon=-0.1"
            autoComplete="off"
          />
        </label>
        <label>
          Records without a key
          <select
            value={keyless}
            onChange={(e) => setKeyless(e.target.value as KeylessPartitioning)}
          >
            <option value="sticky">sticky (Kafka ≥ 2.4)</option>
            <option value="round-robin">round-robin (the notes)</option>
          </select>
        </label>
        <button type="submit" disabled={chosen === ''}>
          Produce
        </button>
        <p
          className={outcome?.ok === false ? 'form-error' : 'form-note'}
          role={outcome?.ok === false ? 'alert' : 'status'}
        >
          {outcome?.text ?? 'Same key, same partition: Kafka hashes the key with murmur2.'}
        </p>
        {outcome?.sent && <Equivalents command={outcome.sent} />}
      </form>
    </Fold>
  );
}
