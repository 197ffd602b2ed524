// Renders the whole app on an inline bridge, so a test moves time frame by frame itself.
import { act, render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { BridgeProvider } from '../../src/app/bridge/BridgeContext';
import { createInlineBridge } from '../../src/app/bridge/inlineBridge';
import { DEFAULT_SCENARIO } from '../../src/app/defaultScenario';
import { createAppStore } from '../../src/app/store/createAppStore';
import { StoreProvider } from '../../src/app/store/StoreContext';

/** Makes `prefers-reduced-motion: reduce` match or not (jsdom has no matchMedia). */
export function preferReducedMotion(reduce: boolean): void {
  window.matchMedia = (query: string) =>
    ({
      matches: reduce && query.includes('reduce'),
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

export function renderApp() {
  const bridge = createInlineBridge();
  const store = createAppStore(bridge, DEFAULT_SCENARIO);
  const view = render(
    <BridgeProvider bridge={bridge}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </BridgeProvider>,
  );
  let wall = 0;
  /** Lets `ms` of wall time pass, one 16 ms frame at a time. */
  const advance = (ms: number) =>
    act(() => {
      for (const end = wall + ms; wall < end; wall += 16) bridge.tick(wall);
      bridge.tick(wall);
    });
  return { ...view, store, bridge, advance };
}
