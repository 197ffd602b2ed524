// Connects a SimHost to an endpoint (the worker's global scope, or a MessagePort in tests).
import type { Endpoint, FromWorker, ToWorker } from '../protocol/messages';
import { SimHost } from './simHost';

export function serve(endpoint: Endpoint<ToWorker, FromWorker>): SimHost {
  const host = new SimHost((message) => endpoint.postMessage(message));
  endpoint.addEventListener('message', (event) => host.receive(event.data));
  return host;
}
