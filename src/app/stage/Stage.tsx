import { useEffect, useMemo } from 'react';
import { useAppStore } from '../store/StoreContext';
import { selectFlights, selectSnapshot, selectSpeed } from '../store/selectors';
import { BrokerNode } from './BrokerNode';
import { PartitionRow } from './PartitionRow';
import { ProducerNode } from './ProducerNode';
import { RecordFlight } from './RecordFlight';
import { describeStage } from './describeStage';
import { findCell, layoutStage } from './layoutStage';

/** Flights last long enough to follow at 1×, and shorten as time runs faster. */
const flightSeconds = (speed: number) => Math.min(0.9, Math.max(0.15, 0.7 / Math.sqrt(speed)));

export function Stage() {
  const snapshot = useAppStore(selectSnapshot);
  const flights = useAppStore(selectFlights);
  const speed = useAppStore(selectSpeed);
  const landFlight = useAppStore((s) => s.landFlight);
  const layout = useMemo(() => (snapshot ? layoutStage(snapshot) : null), [snapshot]);
  const incoming = useMemo(() => new Set(flights.map((f) => f.recordId)), [flights]);

  // A record whose cell is out of view has nowhere to fly to: it lands at once.
  useEffect(() => {
    if (!layout) return;
    for (const f of flights)
      if (!findCell(layout, f.topic, f.partition, f.offset)) landFlight(f.recordId);
  }, [layout, flights, landFlight]);

  if (!snapshot || !layout) return <p className="stage-empty">Starting the cluster…</p>;
  return (
    <svg
      className="stage-svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={describeStage(snapshot)}
      data-testid="stage"
    >
      {layout.brokers.map((b) => (
        <BrokerNode key={b.id} broker={b} />
      ))}
      <ProducerNode box={layout.producer} />
      {layout.topics.map((topic) => (
        <g key={topic.name} className="topic" data-testid={`topic-${topic.name}`}>
          <text x={topic.x} y={topic.y + 18} className="topic-name">
            Topic {topic.name}
          </text>
          {topic.partitions.map((row) => (
            <PartitionRow key={row.id} row={row} incoming={incoming} />
          ))}
        </g>
      ))}
      {flights.map((f) => {
        const to = findCell(layout, f.topic, f.partition, f.offset);
        return to ? (
          <RecordFlight
            key={f.recordId}
            flight={f}
            from={layout.producer}
            to={to}
            seconds={flightSeconds(speed)}
            onLanded={landFlight}
          />
        ) : null;
      })}
    </svg>
  );
}
