// kafka-server-start, zookeeper-server-start and their stop scripts. The simulated cluster is
// already running, so starting prints what the real server's last startup lines say and returns
// (as if it ran in another terminal); `sim` commands stop and start brokers for real.
import { logLine } from '../format';
import { finished, type Job } from '../job';
import type { CommandContext } from '../session';

export function serverStart(args: readonly string[], ctx: CommandContext): Job {
  const { out, world } = ctx;
  if (args.length === 0) {
    out(
      'USAGE: kafka-server-start.sh [-daemon] server.properties [--override property=value]*\n',
      'stderr',
    );
    return finished('kafka-server-start', 1);
  }
  const s = world.sim.snapshot({ recordsPerPartition: 0 });
  const now = world.sim.now;
  for (const b of s.brokers) {
    out(
      logLine(now, 'INFO', 'Kafka version: 3.9.0', 'org.apache.kafka.common.utils.AppInfoParser'),
      'stdout',
    );
    out(
      s.mode === 'kraft'
        ? logLine(
            now,
            'INFO',
            `[KafkaRaftServer nodeId=${b.id}] Kafka Server started`,
            'kafka.server.KafkaRaftServer',
          )
        : logLine(now, 'INFO', `[KafkaServer id=${b.id}] started`, 'kafka.server.KafkaServer'),
      'stdout',
    );
  }
  out(
    '(kafkasim: the simulated brokers are running; use `sim broker stop|kill|start ID` to change that)\n',
    'stderr',
  );
  return finished('kafka-server-start', 0);
}

export function zookeeperStart(args: readonly string[], ctx: CommandContext): Job {
  const { out, world } = ctx;
  if (args.length === 0) {
    out('USAGE: zookeeper-server-start.sh [-daemon] zookeeper.properties\n', 'stderr');
    return finished('zookeeper-server-start', 1);
  }
  const now = world.sim.now;
  out(
    logLine(
      now,
      'INFO',
      'PrepRequestProcessor (sid:0) started, reconfigEnabled=false',
      'org.apache.zookeeper.server.PrepRequestProcessor',
    ),
    'stdout',
  );
  out(
    logLine(
      now,
      'INFO',
      'ZooKeeper audit is disabled.',
      'org.apache.zookeeper.audit.ZKAuditProvider',
    ),
    'stdout',
  );
  if (world.sim.snapshot({ recordsPerPartition: 0 }).mode === 'kraft')
    out(
      '(kafkasim: this cluster runs in KRaft mode and needs no ZooKeeper; `sim mode zookeeper` switches a new cluster to ZooKeeper mode)\n',
      'stderr',
    );
  return finished('zookeeper-server-start', 0);
}

export function serverStop(name: 'kafka' | 'zookeeper', ctx: CommandContext): Job {
  ctx.out(
    `(kafkasim: use \`sim broker stop ID\` to stop a simulated ${name === 'kafka' ? 'broker' : 'ZooKeeper server (sim zookeeper stop ID)'})\n`,
    'stderr',
  );
  return finished(`${name}-server-stop`, 0);
}
