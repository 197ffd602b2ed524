// The page's side of the worker protocol. Views and the store talk to a SimBridge and never
// know whether the engine runs in a worker, over a MessagePort, or inline in a test.
import type { Result, SimCommand } from '../../engine';
import type { Endpoint, FromWorker, ToWorker } from '../../protocol/messages';

export interface SimBridge {
  send(message: ToWorker): void;
  /** Sends a command and resolves with the engine's answer. */
  request(command: SimCommand): Promise<Result<unknown>>;
  subscribe(listener: (message: FromWorker) => void): () => void;
  dispose(): void;
}

export function createEndpointBridge(
  endpoint: Endpoint<FromWorker, ToWorker>,
  close: () => void = () => {},
): SimBridge {
  const listeners = new Set<(message: FromWorker) => void>();
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  const onMessage = ({ data }: { data: FromWorker }): void => {
    if (data.type === 'commandResult') {
      waiting.get(data.id)?.(data.result);
      waiting.delete(data.id);
    }
    listeners.forEach((listener) => listener(data));
  };
  endpoint.addEventListener('message', onMessage);
  return {
    send: (message) => endpoint.postMessage(message),
    request(command) {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        endpoint.postMessage({ type: 'command', id, command });
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      endpoint.removeEventListener('message', onMessage);
      listeners.clear();
      close();
    },
  };
}
