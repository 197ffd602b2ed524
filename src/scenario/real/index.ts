// The way out of the simulator: the real Kafka commands, a replay script and a one-broker cluster.
export { realEquivalent } from './equivalent';
export { sessionScript, type SessionScriptOptions } from './sessionScript';
export { dockerCompose, KAFKA_IMAGE } from './dockerCompose';
export { shellQuote } from './quote';
export { DEFAULT_BOOTSTRAP, type RealContext, type RealEquivalent } from './types';
