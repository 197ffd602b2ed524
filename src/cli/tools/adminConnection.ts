// Which broker a --bootstrap-server list reaches. A list naming no running broker behaves as the
// real admin client does: connection warnings, then a timeout.
import type { WorldSnapshot } from '../../engine';

const LOCAL = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]']);

export function reachesCluster(bootstrap: string, snapshot: WorldSnapshot): boolean {
  return bootstrap.split(',').some((entry) => {
    const [host = '', port = ''] = entry.trim().split(/:(?=\d+$)/);
    return (
      LOCAL.has(host.toLowerCase()) &&
      snapshot.brokers.some((b) => b.up && !b.isolated && String(b.port) === port)
    );
  });
}

/** Java class names of the engine's errors, as exception lines print them. */
export function exceptionClass(name: string): string {
  if (name === 'IllegalArgumentException' || name === 'IllegalStateException')
    return `java.lang.${name}`;
  if (name === 'ConfigException') return 'org.apache.kafka.common.config.ConfigException';
  return `org.apache.kafka.common.errors.${name}`;
}
