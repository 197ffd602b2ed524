// The classic consumer's partition assignors by their protocol names, and Kafka 3.9's default
// partition.assignment.strategy, as data.
import { cooperativeStickyAssign } from './cooperativeSticky';
import { rangeAssign } from './range';
import { roundRobinAssign } from './roundRobin';
import { stickyAssign } from './sticky';
import type { Assignor, AssignorName, RebalanceProtocol } from './types';

export type * from './types';

export interface AssignorInfo {
  /** The protocol name sent in JoinGroup (ConsumerPartitionAssignor#name). */
  readonly name: AssignorName;
  /** The class a user lists in partition.assignment.strategy. */
  readonly className: string;
  /** supportedProtocols(), in Kafka's order. */
  readonly supportedProtocols: readonly RebalanceProtocol[];
  readonly assign: Assignor;
}

const PACKAGE = 'org.apache.kafka.clients.consumer';

export const ASSIGNORS: Readonly<Record<AssignorName, AssignorInfo>> = {
  range: {
    name: 'range',
    className: `${PACKAGE}.RangeAssignor`,
    supportedProtocols: ['EAGER'],
    assign: rangeAssign,
  },
  roundrobin: {
    name: 'roundrobin',
    className: `${PACKAGE}.RoundRobinAssignor`,
    supportedProtocols: ['EAGER'],
    assign: roundRobinAssign,
  },
  sticky: {
    name: 'sticky',
    className: `${PACKAGE}.StickyAssignor`,
    supportedProtocols: ['EAGER'],
    assign: stickyAssign,
  },
  'cooperative-sticky': {
    name: 'cooperative-sticky',
    className: `${PACKAGE}.CooperativeStickyAssignor`,
    supportedProtocols: ['COOPERATIVE', 'EAGER'],
    assign: cooperativeStickyAssign,
  },
};

/** ConsumerConfig's default partition.assignment.strategy in 3.9: [RangeAssignor, CooperativeStickyAssignor]. */
export const DEFAULT_PARTITION_ASSIGNMENT_STRATEGY: readonly AssignorName[] = [
  'range',
  'cooperative-sticky',
];

export function isAssignorName(name: string): name is AssignorName {
  return Object.hasOwn(ASSIGNORS, name);
}

export { cooperativeStickyAssign, rangeAssign, roundRobinAssign, stickyAssign };
