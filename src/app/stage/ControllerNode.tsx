import { Focusable } from './Focusable';
import type { ControllerLayout } from './layoutBrokers';

/** The controller: KRaft's quorum leader (or ZooKeeper's controller broker), marked ★. */
export function ControllerNode({ controller }: { controller: ControllerLayout }) {
  const { x, y, width, height } = controller;
  const active = controller.active === null ? 'none' : String(controller.active);
  return (
    <Focusable
      className="controller"
      testId="controller"
      label={`Controller: ${active === 'none' ? 'none elected' : `node ${active}`} (${controller.text})`}
      selection={{ kind: 'controller' }}
    >
      <rect x={x} y={y} width={width} height={height} rx={8} className="controller-box" />
      <text x={x + 10} y={y + 22} className="broker-name">
        ★ Controller
      </text>
      <text x={x + 10} y={y + 40} className="broker-detail">
        {controller.mode === 'kraft' ? 'KRaft' : 'ZooKeeper'} · node {active}
      </text>
    </Focusable>
  );
}
