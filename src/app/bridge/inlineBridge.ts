// The engine on the page's own thread, for tests: messages are delivered at once and time moves
// only when the test calls tick(wallMs), so a test controls every frame.
import type { FromWorker } from '../../protocol/messages';
import { SimHost } from '../../worker/simHost';
import type { SimBridge } from './bridge';

export interface InlineBridge extends SimBridge {
  tick(wallNowMs: number): void;
}

export function createInlineBridge(): InlineBridge {
  const listeners = new Set<(message: FromWorker) => void>();
  const host = new SimHost((message) => listeners.forEach((listener) => listener(message)));
  let nextId = 1;
  const subscribe = (listener: (message: FromWorker) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    send: (message) => host.receive(message),
    request(command) {
      const id = nextId++;
      return new Promise((resolve) => {
        const stop = subscribe((message) => {
          if (message.type === 'commandResult' && message.id === id) {
            stop();
            resolve(message.result);
          }
        });
        host.receive({ type: 'command', id, command });
      });
    },
    subscribe,
    tick: (wallNowMs) => host.tick(wallNowMs),
    dispose: () => listeners.clear(),
  };
}
