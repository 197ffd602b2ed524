// kafka-configs' `--zookeeper` form for topics. Kafka 3.9 refuses it for topics; a ZooKeeper-mode
// world plays Kafka 2.x (as kafka-topics does), which read and wrote the configs in ZooKeeper.
import { javaStringHashCode } from '../../engine/kernels/coordinator';
import { validateTopicName } from '../../engine/kernels/topicName';
import { finished, type Job } from '../job';
import { dynamicConfigs } from './kafkaConfigsCatalog';
import {
  configsToDelete,
  crash,
  javaLine,
  notModelled,
  parseAdds,
  refuse,
  TOOL,
  type Request,
} from './kafkaConfigsShared';

export const ZK_TYPES = ['users', 'brokers'];

/**
 * Kafka 2.x's ConfigCommand over ZooKeeper, for the notes' `--zookeeper` form in a ZooKeeper-mode
 * world: "Configs for topic 'x' are k=v,…" and "Completed updating config for entity: topic 'x'.".
 */
export function zookeeperForm(r: Request): Job {
  const { out, world } = r.ctx;
  const snapshot = world.sim.snapshot({ recordsPerPartition: 0 });
  if (r.types[0] !== 'topics') return notModelled(out, r.types[0]!);
  if (snapshot.mode === 'kraft') {
    out(
      `Invalid entity type topics, the entity type must be one of ${ZK_TYPES.join(', ')} with a --zookeeper argument\n`,
      'stderr',
    );
    out(
      '(kafkasim: since Kafka 3.0 kafka-configs changes topic configs through the brokers: use --bootstrap-server localhost:9092 instead of --zookeeper localhost:2181. The ZooKeeper form works after `sim mode zookeeper`.)\n',
      'stderr',
    );
    return finished(TOOL, 1);
  }
  const name = r.names[0];
  if (r.o.has('describe')) {
    const topics = name === undefined ? snapshot.topics.map((t) => t.name).sort() : [name];
    for (const t of topics) {
      const topic = snapshot.topics.find((x) => x.name === t);
      const configs = topic ? dynamicConfigs(topic) : new Map<string, string>();
      const text = hashtableOrder([...configs.keys()])
        .map((k) => `${k}=${configs.get(k)!}`)
        .join(',');
      out(`Configs for topic '${t}' are ${text}\n`, 'stdout');
    }
    return finished(TOOL, 0);
  }
  const adds = parseAdds(r.o);
  if (!adds.ok) return adds.crash ? crash(r, [adds.message]) : refuse(out, adds.message);
  const deletes = configsToDelete(r.o);
  const topic = snapshot.topics.find((t) => t.name === name);
  const existing = topic ? dynamicConfigs(topic) : new Map<string, string>();
  const invalid = deletes.filter((d) => !existing.has(d));
  if (invalid.length > 0) return refuse(out, `Invalid config(s): ${invalid.join(',')}`);
  const valid = validateTopicName(name!);
  if (!valid.ok) return crash(r, [javaLine(valid.error)]);
  if (!topic)
    return crash(r, [`kafka.admin.AdminOperationException: Topic "${name!}" does not exist.`]);
  const result = world.sim.execute({
    type: 'alterTopicConfig',
    topic: name!,
    set: Object.fromEntries(adds.configs),
    delete: deletes,
  });
  if (!result.ok) {
    // LogConfig.validate: unknown names are InvalidConfigurationException, bad values ConfigException.
    if (result.error.message.startsWith('Unknown topic config name'))
      return refuse(out, result.error.message);
    return crash(r, [`org.apache.kafka.common.config.ConfigException: ${result.error.message}`]);
  }
  out(`Completed updating config for entity: topic '${name!}'.\n`, 'stdout');
  return finished(TOOL, 0);
}

/** java.util.Properties (a Hashtable) iterates from the last bucket down, newest first in each. */
function hashtableOrder(keys: readonly string[]): string[] {
  let capacity = 11;
  while (keys.length > Math.floor(capacity * 0.75)) capacity = capacity * 2 + 1;
  const bucket = (k: string) => (javaStringHashCode(k) & 0x7fffffff) % capacity;
  return [...keys].reverse().sort((a, b) => bucket(b) - bucket(a));
}
