// `sim …`: what no Kafka tool does — build the world, break it, mend it, and run the
// applications around it (producers, loads, consumers: simProducer.ts, simConsumer.ts).
import { finished, type Job } from '../job';
import type { WorldSnapshot } from '../../engine';
import type { CommandContext } from '../session';
import { simIo } from './simArgs';
import { simConsumer } from './simConsumer';
import { simLoad, simProducer } from './simProducer';

const USAGE = `Usage: sim <command>
  sim brokers ID...              start a fresh cluster with these broker ids (before any topic exists)
  sim mode kraft|zookeeper       start a fresh cluster in KRaft or ZooKeeper mode (same brokers)
  sim broker stop ID             controlled shutdown: leaders move away first
  sim broker kill ID             crash: found when its heartbeats stop
  sim broker start ID            start a stopped broker; it catches up as a follower
  sim broker isolate|reconnect ID   cut a broker off the network, or bring it back
  sim broker slow ID MS          a slow follower: each fetch takes MS longer (0: normal)
  sim controller stop|start ID   a KRaft controller (ids 3000…)
  sim zookeeper stop|start ID    a ZooKeeper server (ids 1…)
  sim producer NAME [--acks 0|1|all] [--partitioner sticky|round-robin]
               [--idempotence true|false] [--linger-ms N]
                                 a producer with these settings (Kafka's defaults otherwise)
  sim load PRODUCER TOPIC RATE [--keys N] [--key-prefix P] [--values order|gps|log|click]
                                 RATE records/s (0: stop); N keys P0, P1, … in turn (P: key-)
  sim load PRODUCER stop         stop that producer's load
  sim consumer add GROUP TOPIC [--name N] [--assignor range|roundrobin|sticky|cooperative-sticky]
               [--processing-ms N] [--commit auto|after-processing|before-processing|none]
               [--offset-reset earliest|latest]
                                 a consumer joins GROUP, subscribed to TOPIC; prints its name
  sim consumer close NAME        close(): it commits and leaves its group at once
  sim consumer kill NAME         crash (kill -9): found when its session times out
  sim consumer slow NAME MS      MS of processing per record (0: normal); a batch longer than
                                 max.poll.interval.ms gets it thrown out of its group
  sim status                     brokers, controller, topics, loads and consumers at a glance
  sim speed X                    simulated seconds per real second in the app (0.1 to 100)
`;

export function simCommand(args: readonly string[], ctx: CommandContext): Job {
  const { world, out } = ctx;
  const source = ['sim', ...args].join(' ');
  const fail = (message: string) => {
    out(`sim: ${message}\n`, 'stderr');
    return finished(source, 1);
  };
  const [what, a, b, c] = args;
  const userTopics = () =>
    world.sim.snapshot({ recordsPerPartition: 0 }).topics.filter((t) => !t.internal);
  switch (what) {
    case 'brokers': {
      const ids = args.slice(1).map(Number);
      if (ids.length === 0 || ids.some((n) => !Number.isInteger(n) || n < 0))
        return fail('broker ids are whole numbers, e.g. sim brokers 101 102 103');
      if (new Set(ids).size !== ids.length) return fail('broker ids must differ');
      if (userTopics().length > 0)
        return fail('the cluster already has topics: choose the brokers before creating any');
      world.reset({ ...world.options, brokers: ids });
      out(
        `Started a ${world.options.mode === 'zookeeper' ? 'ZooKeeper-mode' : 'KRaft'} cluster with broker${ids.length === 1 ? '' : 's'} ${ids.join(', ')}.\n`,
        'stdout',
      );
      return finished(source, 0);
    }
    case 'mode': {
      if (a !== 'kraft' && a !== 'zookeeper') return fail('mode is kraft or zookeeper');
      if (userTopics().length > 0)
        return fail('the cluster already has topics: choose the mode before creating any');
      world.reset({ ...world.options, mode: a });
      out(
        `Started a ${a === 'kraft' ? 'KRaft' : 'ZooKeeper-mode'} cluster with broker${(world.options.brokers ?? [0]).length === 1 ? '' : 's'} ${(world.options.brokers ?? [0]).join(', ')}.\n`,
        'stdout',
      );
      return finished(source, 0);
    }
    case 'broker': {
      const faults = ['stop', 'kill', 'start', 'isolate', 'reconnect', 'slow'] as const;
      const fault = faults.find((f) => f === a);
      const id = Number(b);
      if (!fault || !Number.isInteger(id))
        return fail('usage: sim broker stop|kill|start|isolate|reconnect|slow ID [MS]');
      const ms = fault === 'slow' ? Number(c ?? NaN) : undefined;
      if (fault === 'slow' && (!Number.isFinite(ms) || ms! < 0))
        return fail('usage: sim broker slow ID MS');
      const result = world.sim.execute({
        type: 'brokerFault',
        broker: id,
        fault,
        ...(ms === undefined ? {} : { fetchDelayMs: ms }),
      });
      return result.ok ? finished(source, 0) : fail(result.error.message);
    }
    case 'controller':
    case 'zookeeper': {
      const id = Number(b);
      if ((a !== 'stop' && a !== 'start') || !Number.isInteger(id))
        return fail(`usage: sim ${what} stop|start ID`);
      const result = world.sim.execute({ type: 'quorumFault', node: id, fault: a });
      return result.ok ? finished(source, 0) : fail(result.error.message);
    }
    case 'producer':
      return simProducer(args.slice(1), simIo(args, ctx));
    case 'load':
      return simLoad(args.slice(1), simIo(args, ctx));
    case 'consumer':
      return simConsumer(args.slice(1), simIo(args, ctx));
    case 'status':
      out(status(ctx), 'stdout');
      return finished(source, 0);
    case 'speed': {
      const speed = Number(a);
      if (a === undefined || !Number.isFinite(speed) || speed <= 0)
        return fail('usage: sim speed X (e.g. sim speed 0.5 or sim speed 10)');
      const set = ctx.session.hooks.setSpeed?.(speed);
      out(
        set === undefined
          ? 'The headless runner runs as fast as it can: speed matters only in the app.\n'
          : `Speed: ${set}× (${set} simulated seconds per real second).\n`,
        'stdout',
      );
      return finished(source, 0);
    }
    case undefined:
    case 'help':
      out(USAGE, 'stdout');
      return finished(source, 0);
    default:
      return fail(`unknown command '${what}'\n${USAGE}`);
  }
}

function status({ world }: CommandContext): string {
  const s = world.sim.snapshot({ recordsPerPartition: 0 });
  const brokers = s.brokers.map(
    (b) =>
      `${b.id}${b.up ? (b.fenced ? ' (fenced)' : '') : ' (down)'}${b.isolated ? ' (isolated)' : ''}`,
  );
  const lines = [
    `Mode: ${s.mode === 'kraft' ? 'KRaft' : 'ZooKeeper'}; active controller: ${s.controller.activeController ?? 'none'}`,
    `Brokers: ${brokers.join(', ')}`,
    ...s.topics
      .filter((t) => !t.internal)
      .map(
        (t) =>
          `Topic ${t.name}: ${t.partitions.map((p) => `p${p.id} leader ${p.leader ?? 'none'} isr [${p.isr.join(',')}] end ${p.logEndOffset}`).join('; ')}`,
      ),
    ...s.producers
      .filter((p) => p.load)
      .map((p) => `Load: ${p.clientId} → ${p.load!.topic} at ${p.load!.recordsPerSecond}/s`),
    ...s.consumers.filter((c) => c.status === 'running').map(consumerLine),
  ];
  return lines.join('\n') + '\n';
}

function consumerLine(c: WorldSnapshot['consumers'][number]): string {
  const partitions = c.assignment.map((tp) => `${tp.topic}-${tp.partition}`).join(', ');
  // No member id: joining, or thrown out of the group and still in the batch it polled before.
  const membership =
    c.group === null || c.memberId !== ''
      ? ''
      : partitions === ''
        ? ', joining'
        : ', out of the group until its next poll';
  const group = c.group === null ? '' : ` (group ${c.group}${membership})`;
  const pace = c.processingMsPerRecord > 0 ? `; ${c.processingMsPerRecord} ms per record` : '';
  return `Consumer ${c.clientId}${group}: ${partitions || 'no partitions'}${pace}`;
}
