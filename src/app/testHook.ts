// A typed window for browser tests: they read the engine's state instead of guessing from pixels.
import type { SimEvent, WorldSnapshot } from '../engine';
import type { AppStore } from './store/createAppStore';
import type { SimBridge } from './bridge/bridge';
import type { ToWorker } from '../protocol/messages';

export interface SimTestHook {
  /** Anything the page could ask the worker (scenarios, seeks), for tests and benchmarks. */
  readonly send: (message: ToWorker) => void;
  readonly now: () => number;
  readonly ready: () => boolean;
  readonly snapshot: () => WorldSnapshot | null;
  readonly events: () => readonly SimEvent[];
}

declare global {
  interface Window {
    __sim?: SimTestHook;
  }
}

export function installTestHook(store: AppStore, bridge: SimBridge): void {
  window.__sim = {
    send: (message) => bridge.send(message),
    now: () => store.getState().now,
    ready: () => store.getState().status === 'ready',
    snapshot: () => store.getState().snapshot,
    events: () => store.getState().events,
  };
}
