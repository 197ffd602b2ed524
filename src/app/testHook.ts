// A typed window for browser tests: they read the engine's state instead of guessing from pixels.
import type { SimEvent, WorldSnapshot } from '../engine';
import type { AppStore } from './store/createAppStore';

export interface SimTestHook {
  readonly ready: () => boolean;
  readonly snapshot: () => WorldSnapshot | null;
  readonly events: () => readonly SimEvent[];
}

declare global {
  interface Window {
    __sim?: SimTestHook;
  }
}

export function installTestHook(store: AppStore): void {
  window.__sim = {
    ready: () => store.getState().status === 'ready',
    snapshot: () => store.getState().snapshot,
    events: () => store.getState().events,
  };
}
