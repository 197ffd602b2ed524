// What a lesson's scene draws, worked out from the engine's state alone (so a rewind redraws it
// exactly): the trucks a location dashboard has seen, the services of a fan-out, the windows of a
// count, a group's delivery tally. Pure: it reads the world through WorldView.
import type { RecordView, SimTimeMs, WorldSnapshot } from '../../engine';
import type { LessonScene } from '../format/schema';

/** The part of the engine a scene reads (the worker's Timeline has it). */
export interface WorldView {
  snapshot(options?: { recordsPerPartition?: number }): WorldSnapshot;
  records(topic: string, partition: number, from: number, max: number): RecordView[];
  readonly now: SimTimeMs;
}

export interface TruckReport {
  readonly truck: string;
  readonly lat: number;
  readonly lon: number;
  readonly at: number;
}

export interface RegionNotice {
  readonly truck: string;
  readonly region: string;
  readonly entered: boolean;
  readonly at: number;
}

export type SceneData =
  | {
      readonly kind: 'trucks';
      /** Each truck's reports as the dashboard group has read them, oldest first (a short trail). */
      readonly trails: readonly (readonly TruckReport[])[];
      /** What the notification group has told of, newest last. */
      readonly notices: readonly RegionNotice[];
      readonly unread: { readonly dashboard: number; readonly notifications: number };
    }
  | {
      readonly kind: 'services';
      readonly services: readonly {
        readonly group: string;
        readonly processed: number;
        readonly lag: number;
        readonly members: number;
        readonly last: string | null;
      }[];
    }
  | {
      readonly kind: 'windows';
      readonly windows: readonly { readonly start: number; readonly count: number }[];
      /** The window `now` falls in: still open, its count may grow. */
      readonly openStart: number;
      readonly unread: number;
    }
  | {
      readonly kind: 'delivery';
      readonly groups: readonly {
        readonly group: string;
        readonly processed: number;
        readonly duplicates: number;
        readonly skipped: number;
      }[];
    }
  | { readonly kind: 'integrations' };

/** A scene looks back at most this many records per partition. */
const LOOK_BACK = 4000;
const TRAIL = 6;
const NOTICES = 8;

export function sceneData(scene: LessonScene, world: WorldView): SceneData {
  const snapshot = world.snapshot({ recordsPerPartition: 0 });
  switch (scene.kind) {
    case 'integrations':
      return { kind: 'integrations' };
    case 'delivery':
      return {
        kind: 'delivery',
        groups: scene.groups.map((group) => {
          const g = snapshot.groups.find((x) => x.groupId === group);
          return { group, ...(g?.delivery ?? { processed: 0, duplicates: 0, skipped: 0 }) };
        }),
      };
    case 'services':
      return {
        kind: 'services',
        services: scene.services.map(({ group }) => {
          const g = snapshot.groups.find((x) => x.groupId === group);
          const read = readBy(world, snapshot, scene.topic, group, 1);
          const last = read.records.sort((a, b) => a.timestamp - b.timestamp).at(-1);
          return {
            group,
            processed: g?.delivery.processed ?? 0,
            lag: read.unread,
            members: g?.members.length ?? 0,
            last: last?.value ?? null,
          };
        }),
      };
    case 'windows': {
      const read = readBy(world, snapshot, scene.topic, scene.group, LOOK_BACK);
      const counts = new Map<number, number>();
      for (const r of read.records) {
        const start = Math.floor(r.timestamp / scene.windowMs) * scene.windowMs;
        counts.set(start, (counts.get(start) ?? 0) + 1);
      }
      return {
        kind: 'windows',
        windows: [...counts]
          .sort((a, b) => a[0] - b[0])
          .map(([start, count]) => ({ start, count })),
        openStart: Math.floor(world.now / scene.windowMs) * scene.windowMs,
        unread: read.unread,
      };
    }
    case 'trucks': {
      const dashboard = readBy(world, snapshot, scene.topic, scene.dashboard, LOOK_BACK);
      const notifier = readBy(world, snapshot, scene.topic, scene.notifications, LOOK_BACK);
      const trails = [...byTruck(dashboard.records).values()].map((reports) =>
        reports.slice(-TRAIL),
      );
      const notices: RegionNotice[] = [];
      for (const reports of byTruck(notifier.records).values()) {
        let inside: string | null = null;
        for (const [i, r] of reports.entries()) {
          const region = scene.regions.find((g) => within(r.lat, g.lat) && within(r.lon, g.lon));
          const now = region?.name ?? null;
          // The first report only says where a truck starts: no notice.
          if (i > 0 && now !== inside) {
            if (inside) notices.push({ truck: r.truck, region: inside, entered: false, at: r.at });
            if (now) notices.push({ truck: r.truck, region: now, entered: true, at: r.at });
          }
          inside = now;
        }
      }
      notices.sort((a, b) => a.at - b.at || a.truck.localeCompare(b.truck));
      return {
        kind: 'trucks',
        trails,
        notices: notices.slice(-NOTICES),
        unread: { dashboard: dashboard.unread, notifications: notifier.unread },
      };
    }
  }
}

function within(x: number, [a, b]: readonly [number, number]): boolean {
  return x >= Math.min(a, b) && x <= Math.max(a, b);
}

/** GPS reports by truck, in the order each truck sent them (one partition per truck: its key). */
function byTruck(records: readonly RecordView[]): Map<string, TruckReport[]> {
  const out = new Map<string, TruckReport[]>();
  for (const r of records) {
    if (r.key === null || r.value === null) continue;
    let gps: { lat?: unknown; lon?: unknown };
    try {
      gps = JSON.parse(r.value) as typeof gps;
    } catch {
      continue;
    }
    if (typeof gps.lat !== 'number' || typeof gps.lon !== 'number') continue;
    const list = out.get(r.key) ?? [];
    list.push({ truck: r.key, lat: gps.lat, lon: gps.lon, at: r.timestamp });
    out.set(r.key, list);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
}

/**
 * The records a group has read of a topic (up to each partition's position: a member's, else the
 * committed offset), the newest `max` per partition, and how many it has yet to read.
 */
function readBy(
  world: WorldView,
  snapshot: WorldSnapshot,
  topic: string,
  group: string,
  max: number,
): { records: RecordView[]; unread: number } {
  const t = snapshot.topics.find((x) => x.name === topic);
  if (!t) return { records: [], unread: 0 };
  const positions = new Map<number, number>();
  const g = snapshot.groups.find((x) => x.groupId === group);
  for (const o of g?.offsets ?? []) if (o.topic === topic) positions.set(o.partition, o.offset);
  for (const c of snapshot.consumers)
    if (c.group === group && c.status === 'running')
      for (const p of c.positions)
        if (p.topic === topic)
          positions.set(p.partition, Math.max(p.position, positions.get(p.partition) ?? 0));
  const records: RecordView[] = [];
  let unread = 0;
  for (const p of t.partitions) {
    const position = Math.min(positions.get(p.id) ?? p.logStartOffset, p.highWatermark);
    unread += p.highWatermark - Math.max(position, p.logStartOffset);
    const from = Math.max(p.logStartOffset, position - max);
    if (position > from) records.push(...world.records(topic, p.id, from, position - from));
  }
  return { records, unread };
}
