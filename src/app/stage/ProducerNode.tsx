import type { Box } from './layoutStage';

export function ProducerNode({ box }: { box: Box }) {
  return (
    <g className="producer" data-testid="producer">
      <title>
        The producer: it picks each record's partition and sends it to that partition's leader.
      </title>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={28}
        className="producer-box"
      />
      <text
        x={box.x + box.width / 2}
        y={box.y + box.height / 2 + 5}
        textAnchor="middle"
        className="producer-name"
      >
        Producer
      </text>
    </g>
  );
}
