// Consumers and a steady load, one click each: add a member and watch the group rebalance, close
// one (it leaves at once) or kill -9 it (the coordinator notices after session.timeout.ms).
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/StoreContext';
import { useCommand } from './useCommand';
import { selectTopicNames } from '../store/selectors';

export function ConsumerPanel() {
  const { act, error } = useCommand();
  const topics = useAppStore(useShallow(selectTopicNames));
  const consumers = useAppStore(
    useShallow((s) =>
      (s.snapshot?.consumers ?? [])
        .filter((c) => c.status === 'running')
        .map((c) => `${c.clientId}\u0000${c.group ?? ''}`),
    ),
  );
  const load = useAppStore(
    (s) => s.snapshot?.producers.find((p) => p.clientId === LOAD)?.load ?? null,
  );
  const [group, setGroup] = useState('billing');
  const [assignor, setAssignor] = useState<(typeof ASSIGNORS)[number]>('default');
  const [topic, setTopic] = useState('');
  const [rate, setRate] = useState(20);
  const chosen = topics.includes(topic) ? topic : (topics[0] ?? '');
  return (
    <section className="panel" aria-labelledby="consumers-heading">
      <h2 id="consumers-heading">Consumers</h2>
      <div className="row">
        <label>
          Topic{' '}
          <select value={chosen} onChange={(e) => setTopic(e.target.value)}>
            {topics.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Group{' '}
          <input
            value={group}
            size={8}
            onChange={(e) => setGroup(e.target.value)}
            data-testid="consumer-group"
          />
        </label>
      </div>
      <label className="inline">
        Assignor{' '}
        <select
          value={assignor}
          onChange={(e) => setAssignor(e.target.value as (typeof ASSIGNORS)[number])}
          data-testid="consumer-assignor"
        >
          {ASSIGNORS.map((a) => (
            <option key={a} value={a}>
              {a === 'default' ? 'default (range, eager)' : a}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-testid="add-consumer"
        onClick={() =>
          act({
            type: 'startConsumer',
            group: group.trim(),
            topics: [chosen],
            ...(assignor === 'default'
              ? {}
              : { config: { 'partition.assignment.strategy': [assignor] } }),
          })
        }
      >
        Add a consumer
      </button>
      <ul className="consumer-list">
        {consumers.map((entry) => {
          const [clientId, groupId] = entry.split('\u0000') as [string, string];
          return (
            <li key={clientId}>
              <span>
                {clientId}
                {groupId ? ` (${groupId})` : ''}
              </span>
              <button
                type="button"
                onClick={() => act({ type: 'stopConsumer', consumer: clientId, how: 'close' })}
                aria-label={`Close ${clientId}`}
              >
                Close
              </button>
              <button
                type="button"
                onClick={() => act({ type: 'stopConsumer', consumer: clientId, how: 'crash' })}
                aria-label={`Kill -9 ${clientId}`}
                data-testid={`kill-${clientId}`}
              >
                kill -9
              </button>
            </li>
          );
        })}
      </ul>
      <div className="row">
        <label>
          Steady load{' '}
          <input
            type="number"
            min={1}
            max={5000}
            value={rate}
            onChange={(e) => setRate(Number(e.target.value))}
            aria-label="Records per second"
          />{' '}
          /s
        </label>
        {load ? (
          <button
            type="button"
            onClick={() =>
              act({ type: 'setLoad', producer: LOAD, topic: load.topic, recordsPerSecond: 0 })
            }
          >
            Stop
          </button>
        ) : (
          <button
            type="button"
            data-testid="start-load"
            onClick={() =>
              act({
                type: 'setLoad',
                producer: LOAD,
                topic: chosen,
                recordsPerSecond: rate,
                keys: 6,
              })
            }
          >
            Start
          </button>
        )}
      </div>
      {error}
    </section>
  );
}

/** Kafka's default list is [range, cooperative-sticky]: range wins until every member upgrades. */
const ASSIGNORS = ['default', 'range', 'roundrobin', 'sticky', 'cooperative-sticky'] as const;

/** The producer the load generator sends as. */
const LOAD = 'load-generator';
