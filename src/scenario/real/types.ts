// What "the real thing" answers: the command line, client setting or operation that does on a
// real Kafka cluster what a simulator command does.
import type { ProducerSettings } from '../../engine';

export interface RealEquivalent {
  /** command: a kafka-*.sh line; client: a producer/consumer setting or call; operation: ops work. */
  readonly kind: 'command' | 'client' | 'operation';
  /** What to type or set; may be several lines. */
  readonly text: string;
  /** One short sentence, when the real thing differs from what the simulator did. */
  readonly note?: string;
}

export interface RealContext {
  /** The bootstrap server(s) the commands name. */
  readonly bootstrap: string;
  /** How the cluster keeps its metadata (which quorum a quorumFault touched). */
  readonly mode: 'kraft' | 'zookeeper';
  /** Settings given to producers by createProducer, by producer name (for produce and setLoad). */
  readonly producers: Readonly<Record<string, ProducerSettings>>;
  /** Partition counts by topic (an election over one topic lists its partitions). */
  readonly partitions: Readonly<Record<string, number>>;
}

export const DEFAULT_BOOTSTRAP = 'localhost:9092';

export const DEFAULT_CONTEXT: RealContext = {
  bootstrap: DEFAULT_BOOTSTRAP,
  mode: 'kraft',
  producers: {},
  partitions: {},
};
