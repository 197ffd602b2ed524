// What to type in the simulator's terminal to do what a builder button did: the real kafka-*.sh
// line where a Kafka tool does it, else the simulator's own `sim …` command.
import type { SimCommand } from '../engine';
import { realEquivalent } from './real/equivalent';
import { shellQuote as q } from './real/quote';

export function terminalLine(
  command: SimCommand,
  bootstrap: string,
  mode: 'kraft' | 'zookeeper' = 'kraft',
): string | null {
  switch (command.type) {
    case 'createProducer': {
      const c = command.config ?? {};
      return [
        'sim producer',
        q(command.producer ?? 'producer'),
        c.acks && `--acks ${c.acks}`,
        c.partitioner && `--partitioner ${c.partitioner}`,
        c['enable.idempotence'] !== undefined && `--idempotence ${c['enable.idempotence']}`,
        c['linger.ms'] !== undefined && `--linger-ms ${c['linger.ms']}`,
      ]
        .filter(Boolean)
        .join(' ');
    }
    case 'setLoad':
      if (command.recordsPerSecond === 0) return `sim load ${q(command.producer)} stop`;
      return [
        'sim load',
        q(command.producer),
        q(command.topic),
        command.recordsPerSecond,
        command.keys ? `--keys ${command.keys}` : '',
        // (The = form: a prefix may itself start with --.)
        command.keys && command.keyPrefix ? `--key-prefix=${q(command.keyPrefix)}` : '',
        command.values && command.values !== 'order' ? `--values ${command.values}` : '',
      ]
        .filter((part) => part !== '')
        .join(' ');
    case 'startConsumer': {
      if (!command.group || !command.topics || command.topics.length !== 1) return null;
      const c = command.config ?? {};
      const assignor = c['partition.assignment.strategy'];
      return [
        'sim consumer add',
        q(command.group),
        q(command.topics[0]!),
        command.consumer && `--name ${q(command.consumer)}`,
        assignor?.length === 1 && `--assignor ${assignor[0]}`,
        command.processingMsPerRecord && `--processing-ms ${command.processingMsPerRecord}`,
        command.commit && command.commit !== 'auto' && `--commit ${command.commit}`,
        c['auto.offset.reset'] &&
          c['auto.offset.reset'] !== 'none' &&
          `--offset-reset ${c['auto.offset.reset']}`,
      ]
        .filter(Boolean)
        .join(' ');
    }
    case 'stopConsumer':
      return `sim consumer ${command.how === 'close' ? 'close' : 'kill'} ${q(command.consumer)}`;
    case 'setProcessingTime':
      return `sim consumer slow ${q(command.consumer)} ${command.processingMsPerRecord}`;
    case 'brokerFault':
      return `sim broker ${command.fault} ${command.broker}${command.fault === 'slow' ? ` ${command.fetchDelayMs ?? 0}` : ''}`;
    case 'quorumFault':
      return `sim ${mode === 'kraft' ? 'controller' : 'zookeeper'} ${command.fault} ${command.node}`;
    default: {
      // A Kafka tool does it: the real line is what the simulator's terminal takes too.
      const real = realEquivalent(command, { bootstrap });
      return real.kind === 'command' ? real.text : null;
    }
  }
}
