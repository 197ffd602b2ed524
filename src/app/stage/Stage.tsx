import { useEffect, useMemo } from 'react';
import { useAppStore } from '../store/StoreContext';
import { selectFlights, selectSnapshot, selectSpeed } from '../store/selectors';
import { BrokerNode } from './BrokerNode';
import { ControllerNode } from './ControllerNode';
import { GroupNode } from './GroupNode';
import { PartitionRow } from './PartitionRow';
import { ProducerNode } from './ProducerNode';
import { RecordFlight } from './RecordFlight';
import { TopicHeader } from './TopicHeader';
import { describeStage } from './describeStage';
import { flightPath } from './flightPath';
import { layoutStage } from './layoutStage';
import { lostRecords } from './lostRecords';
import { ZOOMS, useViewport } from './useViewport';

/** Flights last long enough to follow at 1×, and shorten as time runs faster. */
const flightSeconds = (speed: number) => Math.min(0.9, Math.max(0.15, 0.7 / Math.sqrt(speed)));
/** Rows this far outside the view are drawn too, so scrolling does not show gaps. */
const OVERSCAN = 300;

/** The layout's width in presenter mode: fewer cells a row, each drawn larger. */
const PRESENTER_WIDTH = 860;

export function Stage() {
  const snapshot = useAppStore(selectSnapshot);
  const flights = useAppStore(selectFlights);
  const speed = useAppStore(selectSpeed);
  const landFlight = useAppStore((s) => s.landFlight);
  const selection = useAppStore((s) => s.selection);
  const collapsed = useAppStore((s) => s.collapsed);
  const showInternal = useAppStore((s) => s.showInternal);
  // Presenter mode lays the picture out narrower, so the same stage draws it larger.
  const presenter = useAppStore((s) => s.presenter);
  const setShowInternal = useAppStore((s) => s.setShowInternal);
  const select = useAppStore((s) => s.select);
  const events = useAppStore((s) => s.events);
  const layout = useMemo(
    () =>
      snapshot
        ? layoutStage(snapshot, presenter ? PRESENTER_WIDTH : undefined, {
            collapsed,
            showInternal,
          })
        : null,
    [snapshot, collapsed, showInternal, presenter],
  );
  const { ref, zoom, setZoom, visible, onPointerDown } = useViewport(layout?.width ?? 1200);
  const incoming = useMemo(
    () => new Set(flights.filter((f) => f.kind === 'produce').map((f) => f.recordId)),
    [flights],
  );
  const lost = useMemo(() => lostRecords(events), [events]);

  // A flight with nowhere to go (its cell out of view) lands at once.
  useEffect(() => {
    if (!layout) return;
    for (const f of flights) if (!flightPath(layout, f)) landFlight(f.recordId);
  }, [layout, flights, landFlight]);

  if (!snapshot || !layout) return <p className="stage-empty">Starting the cluster…</p>;
  const { top, bottom } = visible;
  const inView = (y: number, h: number) => y + h >= top - OVERSCAN && y <= bottom + OVERSCAN;
  const seconds = flightSeconds(speed);
  const selectedRecord = selection?.kind === 'record' ? selection : null;
  return (
    <div className="stage-frame">
      <div className="stage-tools" role="toolbar" aria-label="View">
        <button type="button" onClick={() => setZoom(prevZoom(zoom))} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => setZoom(1)} aria-label="Fit to width">
          {Math.round(zoom * 100)}%
        </button>
        <button type="button" onClick={() => setZoom(nextZoom(zoom))} aria-label="Zoom in">
          +
        </button>
        <label className="check">
          <input
            type="checkbox"
            checked={showInternal}
            onChange={(e) => setShowInternal(e.target.checked)}
            data-testid="show-internal"
          />
          __consumer_offsets
        </label>
      </div>
      <div
        className="stage-viewport"
        ref={ref}
        onPointerDown={onPointerDown}
        data-testid="stage-viewport"
      >
        <svg
          className="stage-svg"
          style={{ width: `${zoom * 100}%` }}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={describeStage(snapshot)}
          data-testid="stage"
          onClick={() => select(null)}
        >
          {layout.controller && <ControllerNode controller={layout.controller} />}
          {layout.brokers.map((b) => (
            <BrokerNode
              key={b.id}
              broker={b}
              selected={selection?.kind === 'broker' && selection.broker === b.id}
            />
          ))}
          {layout.producers.map((p) => (
            <ProducerNode
              key={p.clientId}
              producer={p}
              selected={selection?.kind === 'producer' && selection.producer === p.clientId}
            />
          ))}
          {layout.topics.map((topic) => (
            <g key={topic.name} className="topic" data-testid={`topic-${topic.name}`}>
              <TopicHeader topic={topic} />
              {topic.partitions
                .filter((row) => inView(row.y, row.height))
                .map((row) => (
                  <PartitionRow
                    key={row.id}
                    row={row}
                    incoming={incoming}
                    lost={lost.get(`${row.topic}-${row.id}`) ?? 0}
                    selectedOffset={
                      selectedRecord?.topic === row.topic && selectedRecord.partition === row.id
                        ? selectedRecord.offset
                        : null
                    }
                  />
                ))}
            </g>
          ))}
          {layout.groups.map((g) => (
            <GroupNode
              key={g.groupId}
              group={g}
              selected={selection?.kind === 'group' && selection.group === g.groupId}
            />
          ))}
          <g className="flights">
            {flights.map((f) => {
              const path = flightPath(layout, f);
              return path ? (
                <RecordFlight
                  key={f.recordId}
                  flight={f}
                  from={path.from}
                  to={path.to}
                  seconds={seconds}
                  onLanded={landFlight}
                />
              ) : null;
            })}
          </g>
        </svg>
      </div>
    </div>
  );
}

const nextZoom = (z: number) => ZOOMS.find((x) => x > z) ?? z;
const prevZoom = (z: number) => [...ZOOMS].reverse().find((x) => x < z) ?? z;
