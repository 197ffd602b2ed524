import { useState, type FormEvent } from 'react';
import { useAppStore } from '../store/StoreContext';

export function CreateTopicForm() {
  const createTopic = useAppStore((s) => s.createTopic);
  const [name, setName] = useState('');
  const [partitions, setPartitions] = useState(3);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await createTopic({ topic: name.trim(), partitions });
    if (!result.ok) return setError(`${result.error.name}: ${result.error.message}`);
    setError(null);
    setName('');
  };

  return (
    <form className="panel-form" onSubmit={(e) => void submit(e)} aria-labelledby="topic-heading">
      <h2 id="topic-heading">Create a topic</h2>
      <label>
        Name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. trucks_gps"
          autoComplete="off"
        />
      </label>
      <label>
        Partitions
        <input
          type="number"
          min={1}
          max={50}
          value={partitions}
          onChange={(e) => setPartitions(Number(e.target.value))}
        />
      </label>
      <button type="submit">Create topic</button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
