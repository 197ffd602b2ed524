// Faults no Kafka tool causes: what an operator does to a real broker, controller or ZooKeeper.
import type { BrokerFault, QuorumFault } from '../../engine';
import type { RealEquivalent } from './types';

export function brokerFault(c: BrokerFault): RealEquivalent {
  const box = `kafka-${c.broker}`;
  const op = (text: string[], note?: string): RealEquivalent => ({
    kind: 'operation',
    text: text.join('\n'),
    ...(note === undefined ? {} : { note }),
  });
  switch (c.fault) {
    case 'stop':
      return op(
        [`docker stop ${box}`, `# or, on broker ${c.broker}'s host: kafka-server-stop.sh`],
        'A controlled shutdown (SIGTERM): the broker hands its leaderships over before it stops.',
      );
    case 'kill':
      return op(
        [
          `docker kill ${box}`,
          `# or, on broker ${c.broker}'s host: kill -9 <the broker's java pid>`,
        ],
        'A crash (SIGKILL): the controller notices when the broker stops heartbeating.',
      );
    case 'start':
      return op([
        `docker start ${box}`,
        `# or, on broker ${c.broker}'s host: kafka-server-start.sh -daemon config/server.properties`,
      ]);
    case 'isolate':
      return op(
        [`docker network disconnect <network> ${box}`],
        'A network partition: the broker runs on but nobody reaches it.',
      );
    case 'reconnect':
      return op([`docker network connect <network> ${box}`]);
    case 'slow': {
      const ms = c.fetchDelayMs ?? 0;
      return ms > 0
        ? op(
            [`docker exec ${box} tc qdisc add dev eth0 root netem delay ${ms}ms`],
            'netem delays all of the broker’s traffic, not only its fetches (the container needs NET_ADMIN).',
          )
        : op([`docker exec ${box} tc qdisc del dev eth0 root`]);
    }
  }
}

export function quorumFault(c: QuorumFault, mode: 'kraft' | 'zookeeper'): RealEquivalent {
  const box = mode === 'kraft' ? `controller-${c.node}` : `zookeeper-${c.node}`;
  const what = mode === 'kraft' ? `KRaft controller ${c.node}` : `ZooKeeper server ${c.node}`;
  const host =
    mode === 'kraft'
      ? c.fault === 'stop'
        ? 'kafka-server-stop.sh'
        : 'kafka-server-start.sh -daemon config/controller.properties'
      : c.fault === 'stop'
        ? 'zookeeper-server-stop.sh'
        : 'zookeeper-server-start.sh -daemon config/zookeeper.properties';
  return {
    kind: 'operation',
    text: [`docker ${c.fault} ${box}`, `# or, on ${what}'s host: ${host}`].join('\n'),
  };
}
