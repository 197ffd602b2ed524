import { useState } from 'react';
import type { SimCommand } from '../../engine';
import { useAppStore } from '../store/StoreContext';
import { Equivalents } from './Equivalents';

/**
 * Runs an engine command from a panel's button; a refusal is shown as Kafka words it
 * (`NotEnoughReplicasException: …`) until the next command succeeds, and a success shows how to
 * type the same in the terminal and do it on a real cluster.
 */
export function useCommand(): {
  act: (command: SimCommand) => Promise<boolean>;
  error: React.ReactNode;
} {
  const run = useAppStore((s) => s.run);
  const [outcome, setOutcome] = useState<
    { ok: false; message: string } | { ok: true; command: SimCommand } | null
  >(null);
  const act = async (command: SimCommand) => {
    const result = await run(command);
    setOutcome(
      result.ok
        ? { ok: true, command }
        : { ok: false, message: `${result.error.name}: ${result.error.message}` },
    );
    return result.ok;
  };
  const error =
    outcome &&
    (outcome.ok ? (
      <Equivalents command={outcome.command} />
    ) : (
      <p className="form-error" role="alert">
        {outcome.message}
      </p>
    ));
  return { act, error };
}
