// Under a builder panel after an action: the same action typed in this terminal, and done on a
// real Kafka cluster — the simulator's way out to the real thing.
import type { ProducerSettings, SimCommand } from '../../engine';
import { realEquivalent } from '../../scenario/real/equivalent';
import { terminalLine } from '../../scenario/terminalLine';
import { useAppStore } from '../store/StoreContext';

export function Equivalents({ command }: { command: SimCommand }) {
  const port = useAppStore((s) => s.snapshot?.brokers.find((b) => b.up)?.port ?? 9092);
  const mode = useAppStore((s) => s.snapshot?.mode ?? 'kraft');
  const producers = useAppStore((s) => s.snapshot?.producers);
  const typed = terminalLine(command, `localhost:${port}`, mode);
  // The producers' own settings go into the lines that send as them (acks, idempotence…).
  const settings = Object.fromEntries(
    (producers ?? []).map((p) => [
      p.clientId,
      {
        acks: p.acks,
        'enable.idempotence': p.idempotence,
        'linger.ms': p.lingerMs,
        ...(p.partitioner === 'round-robin' || p.partitioner === 'sticky'
          ? { partitioner: p.partitioner }
          : {}),
      } satisfies ProducerSettings,
    ]),
  );
  const real = realEquivalent(command, { mode, producers: settings });
  return (
    <div className="equivalents" data-testid="equivalents">
      {typed && (
        <>
          <p className="hint">In the terminal:</p>
          <pre>
            <code>{typed}</code>
          </pre>
        </>
      )}
      <p className="hint">
        {real.kind === 'command'
          ? 'On a real cluster:'
          : real.kind === 'client'
            ? 'In a real client:'
            : 'On real machines:'}
      </p>
      <pre>
        <code>{real.text}</code>
      </pre>
      {real.note && <p className="hint">{real.note}</p>}
    </div>
  );
}
