// Details of whatever was clicked or focused on the stage. Records of a selected partition are
// listed as buttons, so a record's journey is reachable from the keyboard too.
import { useEffect, useMemo, useRef } from 'react';
import type { WorldSnapshot } from '../../engine';
import { formatSimTime } from '../narration/describeEvent';
import { useAppStore } from '../store/StoreContext';
import type { Selection } from '../store/types';
import { recordJourney } from './recordJourney';

export function Inspector() {
  const selection = useAppStore((s) => s.selection);
  const snapshot = useAppStore((s) => s.snapshot);
  const select = useAppStore((s) => s.select);
  const box = useRef<HTMLElement>(null);
  // The details may be above the part of the side panel in view: bring them into sight.
  useEffect(() => box.current?.scrollIntoView?.({ block: 'nearest' }), [selection]);
  if (!selection || !snapshot) return null;
  return (
    <section
      ref={box}
      className="inspector panel"
      aria-labelledby="inspector-heading"
      data-testid="inspector"
    >
      <div className="inspector-head">
        <h2 id="inspector-heading">{title(selection)}</h2>
        <button
          type="button"
          onClick={() => select(null)}
          aria-label="Close the details"
          aria-keyshortcuts="Escape"
        >
          ×
        </button>
      </div>
      <Details selection={selection} snapshot={snapshot} />
    </section>
  );
}

function title(s: Selection): string {
  switch (s.kind) {
    case 'broker':
      return `Broker ${s.broker}`;
    case 'partition':
      return `Partition ${s.topic}-${s.partition}`;
    case 'record':
      return `Record ${s.topic}-${s.partition}@${s.offset}`;
    case 'group':
      return `Group ${s.group}`;
    case 'producer':
      return `Producer ${s.producer}`;
    case 'controller':
      return 'Controller';
  }
}

function Details({ selection, snapshot }: { selection: Selection; snapshot: WorldSnapshot }) {
  switch (selection.kind) {
    case 'broker': {
      const b = snapshot.brokers.find((x) => x.id === selection.broker);
      if (!b) return <p>This broker is gone.</p>;
      const leads = snapshot.topics.flatMap((t) =>
        t.partitions.filter((p) => p.leader === b.id).map((p) => `${t.name}-${p.id}`),
      );
      const follows = snapshot.topics.flatMap((t) =>
        t.partitions
          .filter((p) => p.leader !== b.id && p.replicas.includes(b.id))
          .map((p) => `${t.name}-${p.id}${p.isr.includes(b.id) ? '' : ' (out of ISR)'}`),
      );
      return (
        <dl>
          <dt>Address</dt>
          <dd>{`${b.host}:${b.port}`}</dd>
          <dt>State</dt>
          <dd>{!b.up ? 'down' : b.isolated ? 'cut off' : b.fenced ? 'fenced' : 'up'}</dd>
          <dt>Controller</dt>
          <dd>{snapshot.controller.activeController === b.id ? 'yes (active)' : 'no'}</dd>
          <dt>Leads</dt>
          <dd>{short(leads)}</dd>
          <dt>Follows</dt>
          <dd>{short(follows)}</dd>
          <dt>Coordinates</dt>
          <dd>
            {short(snapshot.groups.filter((g) => g.coordinator === b.id).map((g) => g.groupId))}
          </dd>
        </dl>
      );
    }
    case 'partition':
      return (
        <PartitionDetails
          snapshot={snapshot}
          topic={selection.topic}
          partition={selection.partition}
        />
      );
    case 'record':
      return <RecordDetails snapshot={snapshot} selection={selection} />;
    case 'group': {
      const g = snapshot.groups.find((x) => x.groupId === selection.group);
      if (!g) return <p>This group is gone.</p>;
      return (
        <>
          <dl>
            <dt>State</dt>
            <dd>{g.state}</dd>
            <dt>Generation</dt>
            <dd>{g.generation}</dd>
            <dt>Assignor</dt>
            <dd>{g.protocol ?? '–'}</dd>
            <dt>Coordinator</dt>
            <dd>
              broker {g.coordinator ?? 'none'} (leads __consumer_offsets-{g.offsetsPartition})
            </dd>
          </dl>
          <table className="inspector-table">
            <caption>Members</caption>
            <thead>
              <tr>
                <th>member</th>
                <th>partitions</th>
              </tr>
            </thead>
            <tbody>
              {g.members.map((m) => (
                <tr key={m.memberId}>
                  <td>{m.clientId}</td>
                  <td>
                    {m.assignment.map((tp) => `${tp.topic}-${tp.partition}`).join(', ') || '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="inspector-table">
            <caption>Committed offsets</caption>
            <thead>
              <tr>
                <th>partition</th>
                <th>committed</th>
                <th>end</th>
                <th>lag</th>
              </tr>
            </thead>
            <tbody>
              {g.offsets.map((o) => (
                <tr key={`${o.topic}-${o.partition}`}>
                  <td>{`${o.topic}-${o.partition}`}</td>
                  <td>{o.offset}</td>
                  <td>{o.logEndOffset}</td>
                  <td>{o.lag}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    }
    case 'producer': {
      const p = snapshot.producers.find((x) => x.clientId === selection.producer);
      if (!p) return <p>This producer is gone.</p>;
      return (
        <dl>
          <dt>acks</dt>
          <dd>{p.acks}</dd>
          <dt>Idempotence</dt>
          <dd>{p.idempotence ? 'on' : 'off'}</dd>
          <dt>Keyless records</dt>
          <dd>{p.partitioner}</dd>
          <dt>linger.ms</dt>
          <dd>{p.lingerMs}</dd>
          <dt>Waiting / in flight</dt>
          <dd>
            {p.waiting} records / {p.inFlight} batches
          </dd>
          {p.load && (
            <>
              <dt>Steady load</dt>
              <dd>
                {p.load.recordsPerSecond} records/s to {p.load.topic}
              </dd>
            </>
          )}
        </dl>
      );
    }
    case 'controller': {
      const c = snapshot.controller;
      return (
        <dl>
          <dt>Mode</dt>
          <dd>{c.mode === 'kraft' ? 'KRaft' : 'ZooKeeper'}</dd>
          <dt>Active controller</dt>
          <dd>{c.activeController ?? 'none'}</dd>
          <dt>Quorum</dt>
          <dd>
            {c.quorum
              .map(
                (v) =>
                  `${v.id}${v.id === c.quorumLeader ? ' (leader)' : ''}${v.up ? '' : ' (down)'}`,
              )
              .join(', ')}
          </dd>
          <dt>Epoch</dt>
          <dd>{c.epoch}</dd>
        </dl>
      );
    }
  }
}

function PartitionDetails({
  snapshot,
  topic,
  partition,
}: {
  snapshot: WorldSnapshot;
  topic: string;
  partition: number;
}) {
  const select = useAppStore((s) => s.select);
  const p = snapshot.topics.find((t) => t.name === topic)?.partitions[partition];
  if (!p) return <p>This partition is gone.</p>;
  return (
    <>
      <dl>
        <dt>Leader</dt>
        <dd>
          {p.leader ?? 'none'} (epoch {p.leaderEpoch})
        </dd>
        <dt>Replicas / ISR</dt>
        <dd>
          [{p.replicas.join(', ')}] / [{p.isr.join(', ')}]
        </dd>
        <dt>Log start · HW · LEO</dt>
        <dd>
          {p.logStartOffset} · {p.highWatermark} · {p.logEndOffset}
        </dd>
        <dt>Segments</dt>
        <dd>{p.segments.map((s) => `${s.baseOffset} (${s.records})`).join(', ')}</dd>
      </dl>
      <table className="inspector-table">
        <caption>Replicas</caption>
        <thead>
          <tr>
            <th>broker</th>
            <th>LEO</th>
            <th>HW</th>
            <th>ISR</th>
          </tr>
        </thead>
        <tbody>
          {p.replicaLogs.map((r) => (
            <tr key={r.broker}>
              <td>
                {r.broker}
                {r.broker === p.leader ? ' (leader)' : ''}
              </td>
              <td>{r.logEndOffset}</td>
              <td>{r.highWatermark}</td>
              <td>{r.inSync ? 'yes' : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Newest records</h3>
      <ul className="record-list">
        {p.records
          .slice(-12)
          .reverse()
          .map((r) => (
            <li key={r.offset}>
              <button
                type="button"
                onClick={() =>
                  select({
                    kind: 'record',
                    topic,
                    partition,
                    offset: r.offset,
                    recordId: r.recordId,
                  })
                }
              >
                @{r.offset} {r.key === null ? '(no key)' : r.key}: {r.value ?? 'null'}
              </button>
            </li>
          ))}
      </ul>
    </>
  );
}

function RecordDetails({
  snapshot,
  selection,
}: {
  snapshot: WorldSnapshot;
  selection: Extract<Selection, { kind: 'record' }>;
}) {
  const events = useAppStore((s) => s.events);
  const journey = useMemo(() => recordJourney(events, selection), [events, selection]);
  const p = snapshot.topics.find((t) => t.name === selection.topic)?.partitions[
    selection.partition
  ];
  const record = p?.records.find((r) => r.offset === selection.offset);
  return (
    <>
      {record ? (
        <dl>
          <dt>Key</dt>
          <dd>{record.key ?? '(none)'}</dd>
          <dt>Value</dt>
          <dd>{record.value ?? 'null'}</dd>
          <dt>Timestamp</dt>
          <dd>{formatSimTime(record.timestamp)}</dd>
        </dl>
      ) : (
        <p>Not in the log any more (retention or truncation removed it), or not in view.</p>
      )}
      <h3>Journey</h3>
      {journey.length === 0 ? (
        <p>Its events are older than the page keeps.</p>
      ) : (
        <ol className="journey" data-testid="journey">
          {journey.map((step, i) => (
            <li key={i}>
              <time>{formatSimTime(step.at)}</time> {step.text}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function short(items: readonly string[]): string {
  if (items.length === 0) return '–';
  return items.length > 12
    ? `${items.slice(0, 12).join(', ')} … (${items.length})`
    : items.join(', ');
}
