import { useState } from 'react';
import type { SimCommand } from '../../engine';
import { useAppStore } from '../store/StoreContext';

/**
 * Runs an engine command from a panel's button; a refusal is shown as Kafka words it
 * (`NotEnoughReplicasException: …`) until the next command succeeds.
 */
export function useCommand(): { act: (command: SimCommand) => void; error: React.ReactNode } {
  const run = useAppStore((s) => s.run);
  const [message, setMessage] = useState<string | null>(null);
  const act = (command: SimCommand) =>
    void run(command).then((result) =>
      setMessage(result.ok ? null : `${result.error.name}: ${result.error.message}`),
    );
  const error = message && (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
  return { act, error };
}
