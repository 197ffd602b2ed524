// The truck fleet on a map, as the location dashboard has read it (each truck's last reports), and
// the notification service's enter/leave notices for the regions.
import type { LessonScene } from '../../../lessons/format/schema';
import type { SceneData } from '../../../lessons/play/sceneData';
import { formatClock } from './formatClock';

type Trucks = Extract<SceneData, { kind: 'trucks' }>;
type Config = Extract<LessonScene, { kind: 'trucks' }>;

const W = 360;
const H = 210;
const LAT: [number, number] = [18.44, 18.6];
const LON: [number, number] = [73.74, 73.98];
const x = (lon: number) => ((lon - LON[0]) / (LON[1] - LON[0])) * W;
const y = (lat: number) => H - ((lat - LAT[0]) / (LAT[1] - LAT[0])) * H;

export function TrucksScene({ data, config }: { readonly data: Trucks; readonly config: Config }) {
  const seen = data.trails.filter((t) => t.length > 0).length;
  return (
    <figure className="scene-trucks">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Location dashboard: ${seen} trucks on the map, ${data.unread.dashboard} reports not read yet`}
      >
        <rect width={W} height={H} className="map" />
        {config.regions.map((r) => (
          <g key={r.name}>
            <rect
              x={x(Math.min(...r.lon))}
              y={y(Math.max(...r.lat))}
              width={x(Math.max(...r.lon)) - x(Math.min(...r.lon))}
              height={y(Math.min(...r.lat)) - y(Math.max(...r.lat))}
              className="region"
            />
            <text
              x={x(Math.min(...r.lon)) + 4}
              y={y(Math.max(...r.lat)) + 12}
              className="region-name"
            >
              {r.name}
            </text>
          </g>
        ))}
        {data.trails.map((trail) => {
          const last = trail.at(-1);
          if (!last) return null;
          return (
            <g key={last.truck} className="truck">
              <polyline points={trail.map((r) => `${x(r.lon)},${y(r.lat)}`).join(' ')} />
              <circle cx={x(last.lon)} cy={y(last.lat)} r="5" />
              <text x={x(last.lon) + 7} y={y(last.lat) + 4}>
                {last.truck.replace('truck-', 'T')}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <strong>{config.dashboard}</strong>: {seen} trucks shown · {data.unread.dashboard} reports
        unread
      </figcaption>
      <div className="notices">
        <strong>{config.notifications}</strong> ({data.unread.notifications} unread)
        {data.notices.length === 0 ? (
          <p className="muted">No truck has crossed a region's edge yet.</p>
        ) : (
          <ul>
            {[...data.notices].reverse().map((n) => (
              <li key={`${n.truck}-${n.at}-${n.region}-${n.entered}`}>
                {formatClock(n.at)} {n.truck} {n.entered ? 'entered' : 'left'} {n.region}
              </li>
            ))}
          </ul>
        )}
      </div>
    </figure>
  );
}
