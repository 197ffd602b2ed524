import { Focusable } from './Focusable';
import type { ProducerLayout } from './layoutStage';

const ACKS = {
  '0': 'acks=0: sends and forgets, no answer comes back',
  '1': 'acks=1: the leader answers once it has written the record',
  all: 'acks=all: the leader answers once every in-sync replica has it',
} as const;

export function ProducerNode({
  producer,
  selected,
}: {
  producer: ProducerLayout;
  selected: boolean;
}) {
  const { x, y, width, height } = producer;
  return (
    <Focusable
      className={`producer${selected ? ' is-selected' : ''}`}
      testId={`producer-${producer.clientId}`}
      label={`Producer ${producer.clientId}, ${ACKS[producer.acks]}`}
      selection={{ kind: 'producer', producer: producer.clientId }}
    >
      <rect x={x} y={y} width={width} height={height} rx={height / 2} className="producer-box" />
      <text x={x + width / 2} y={y + 21} textAnchor="middle" className="producer-name">
        {producer.clientId.length > 17 ? `${producer.clientId.slice(0, 16)}…` : producer.clientId}
      </text>
      <text x={x + width / 2} y={y + 38} textAnchor="middle" className="producer-detail">
        {producer.detail}
      </text>
    </Focusable>
  );
}
