// Presenter mode is a choice about the room, not the session: it is kept across reloads.
const KEY = 'kafka-visual-simulator.presenter';

export function loadPresenter(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function savePresenter(on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(KEY, 'on');
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Not kept: it still applies until the page closes.
  }
}
