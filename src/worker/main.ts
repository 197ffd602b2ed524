// The worker's entry point: the only file that touches the worker's global scope.
import { serve } from './serve';

const scope = self as DedicatedWorkerGlobalScope;
const host = serve(scope);

// Dedicated workers have requestAnimationFrame in Chromium and Firefox; elsewhere ~60 Hz timers.
const nextFrame: (run: () => void) => void =
  typeof scope.requestAnimationFrame === 'function'
    ? (run) => scope.requestAnimationFrame(run)
    : (run) => setTimeout(run, 16);

const loop = (): void => {
  host.tick(performance.now());
  nextFrame(loop);
};
nextFrame(loop);
