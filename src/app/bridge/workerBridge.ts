// The real thing: the engine in a module Web Worker, bundled by Vite (no network at run time).
import { createEndpointBridge, type SimBridge } from './bridge';

export function createWorkerBridge(): SimBridge {
  const worker = new Worker(new URL('../../worker/main.ts', import.meta.url), {
    type: 'module',
    name: 'kafka-engine',
  });
  return createEndpointBridge(worker, () => worker.terminate());
}
