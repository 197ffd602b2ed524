// Small tables for lessons: the services of a fan-out, the windows of a count, a delivery tally.
import type { LessonScene } from '../../../lessons/format/schema';
import type { SceneData } from '../../../lessons/play/sceneData';
import { formatClock } from './formatClock';

type Of<K extends SceneData['kind']> = Extract<SceneData, { kind: K }>;

export function ServicesScene({
  data,
  config,
}: {
  readonly data: Of<'services'>;
  readonly config: Extract<LessonScene, { kind: 'services' }>;
}) {
  return (
    <table className="scene-table">
      <caption>Every service reads every order ({config.topic})</caption>
      <thead>
        <tr>
          <th scope="col">Service (group)</th>
          <th scope="col">Processed</th>
          <th scope="col">Lag</th>
          <th scope="col">Last order read</th>
        </tr>
      </thead>
      <tbody>
        {data.services.map((s, i) => {
          const about = config.services[i];
          return (
            <tr key={s.group}>
              <th scope="row">
                {about?.name ?? s.group}
                <span className="muted">
                  {' '}
                  {s.group} · {s.members} member{s.members === 1 ? '' : 's'} · {about?.does}
                </span>
              </th>
              <td>{s.processed}</td>
              <td>{s.lag}</td>
              <td>
                <code title={s.last ?? undefined}>{s.last ?? '—'}</code>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function WindowsScene({
  data,
  windowMs,
}: {
  readonly data: Of<'windows'>;
  readonly windowMs: number;
}) {
  const max = Math.max(1, ...data.windows.map((w) => w.count));
  const shown = data.windows.slice(-6);
  return (
    <figure className="scene-windows">
      <figcaption>
        Orders per {windowMs / 60_000}-minute tumbling window (by record time) · {data.unread} not
        counted yet
      </figcaption>
      {shown.length === 0 && <p className="muted">No order counted yet.</p>}
      <ul>
        {shown.map((w) => (
          <li key={w.start} data-open={w.start === data.openStart || undefined}>
            <span className="window-label">
              {formatClock(w.start)}–{formatClock(w.start + windowMs)}
            </span>
            <span className="bar" style={{ width: `${(w.count / max) * 100}%` }} />
            <span className="window-count">
              {w.count}
              {w.start === data.openStart ? ' (open)' : ''}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function DeliveryScene({ data }: { readonly data: Of<'delivery'> }) {
  return (
    <table className="scene-table">
      <caption>What each group processed</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Processed</th>
          <th scope="col">Twice (duplicates)</th>
          <th scope="col">Never (lost)</th>
        </tr>
      </thead>
      <tbody>
        {data.groups.map((g) => (
          <tr key={g.group}>
            <th scope="row">{g.group}</th>
            <td>{g.processed}</td>
            <td data-bad={g.duplicates > 0 || undefined}>{g.duplicates}</td>
            <td data-bad={g.skipped > 0 || undefined}>{g.skipped}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
