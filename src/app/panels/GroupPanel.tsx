// Consumer groups: add members one click at a time (with the assignor, the processing time per
// record, the commit mode and where a new group starts reading), then close one (it leaves at
// once), kill -9 one (found after session.timeout.ms) or slow one down (past max.poll.interval.ms
// it is put out of the group).
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CommitMode } from '../../engine';
import { useAppStore } from '../store/StoreContext';
import { Fold } from './Fold';
import { TopicSelect, useTopicChoice } from './TopicSelect';
import { useCommand } from './useCommand';

/** Kafka's default list is [range, cooperative-sticky]: range wins until every member upgrades. */
const ASSIGNORS = ['default', 'range', 'roundrobin', 'sticky', 'cooperative-sticky'] as const;

const COMMITS: Record<CommitMode, string> = {
  auto: 'auto-commit (every 5 s)',
  'after-processing': 'after processing (at least once)',
  'before-processing': 'before processing (at most once)',
  none: 'never',
};

export function GroupPanel() {
  const { act, error } = useCommand();
  const topic = useTopicChoice();
  const { chosen } = topic;
  const members = useAppStore(
    useShallow((s) =>
      (s.snapshot?.consumers ?? [])
        .filter((c) => c.status === 'running')
        .map((c) => `${c.clientId}\u0000${c.group ?? ''}`),
    ),
  );
  const [group, setGroup] = useState('billing');
  const [assignor, setAssignor] = useState<(typeof ASSIGNORS)[number]>('default');
  const [processingMs, setProcessingMs] = useState(0);
  const [commit, setCommit] = useState<CommitMode>('auto');
  const [reset, setReset] = useState<'latest' | 'earliest'>('latest');
  const [slowMs, setSlowMs] = useState(1000);
  return (
    <Fold id="consumers-heading" title="Consumer groups" open>
      <section className="panel" aria-labelledby="consumers-heading">
        <div className="row">
          <label>
            Group
            <input
              value={group}
              size={10}
              onChange={(e) => setGroup(e.target.value)}
              data-testid="consumer-group"
            />
          </label>
          <TopicSelect choice={topic} />
        </div>
        <div className="row">
          <label>
            Assignor
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
          <label>
            ms per record
            <input
              type="number"
              min={0}
              max={600000}
              value={processingMs}
              onChange={(e) => setProcessingMs(Number(e.target.value))}
              aria-label="Processing time per record (ms)"
            />
          </label>
        </div>
        <div className="row">
          <label>
            Commits
            <select value={commit} onChange={(e) => setCommit(e.target.value as CommitMode)}>
              {Object.entries(COMMITS).map(([mode, label]) => (
                <option key={mode} value={mode}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            auto.offset.reset
            <select value={reset} onChange={(e) => setReset(e.target.value as typeof reset)}>
              <option value="latest">latest (the default)</option>
              <option value="earliest">earliest</option>
            </select>
          </label>
        </div>
        <button
          type="button"
          data-testid="add-consumer"
          disabled={chosen === '' || group.trim() === ''}
          onClick={() =>
            void act({
              type: 'startConsumer',
              group: group.trim(),
              topics: [chosen],
              ...(commit === 'auto' ? {} : { commit }),
              ...(processingMs > 0 ? { processingMsPerRecord: processingMs } : {}),
              // Only what differs from Kafka's defaults, so the lines shown say only that.
              config: {
                ...(reset === 'latest' ? {} : { 'auto.offset.reset': reset }),
                ...(assignor === 'default' ? {} : { 'partition.assignment.strategy': [assignor] }),
              },
            })
          }
        >
          Add a member
        </button>
        {members.length > 0 && (
          <label className="inline">
            Slow means{' '}
            <input
              type="number"
              min={0}
              max={600000}
              value={slowMs}
              onChange={(e) => setSlowMs(Number(e.target.value))}
              aria-label="Slow consumer: ms per record"
            />{' '}
            ms per record (0: normal)
          </label>
        )}
        <ul className="consumer-list" aria-label="Running consumers">
          {members.map((entry) => {
            const [clientId, groupId] = entry.split('\u0000') as [string, string];
            return (
              <li key={clientId}>
                <span>
                  {clientId}
                  {groupId ? ` (${groupId})` : ''}
                </span>
                <button
                  type="button"
                  onClick={() =>
                    void act({ type: 'stopConsumer', consumer: clientId, how: 'close' })
                  }
                  aria-label={`Close ${clientId}`}
                >
                  Close
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void act({ type: 'stopConsumer', consumer: clientId, how: 'crash' })
                  }
                  aria-label={`Kill -9 ${clientId}`}
                  data-testid={`kill-${clientId}`}
                >
                  kill -9
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void act({
                      type: 'setProcessingTime',
                      consumer: clientId,
                      processingMsPerRecord: slowMs,
                    })
                  }
                  aria-label={`Slow ${clientId} down`}
                >
                  Slow
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
