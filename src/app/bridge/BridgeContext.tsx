// The bridge for views that speak to the worker directly (the terminal streams its own messages,
// which would only churn the store).
import { createContext, useContext, type ReactNode } from 'react';
import type { SimBridge } from './bridge';

const BridgeContext = createContext<SimBridge | null>(null);

export function BridgeProvider({ bridge, children }: { bridge: SimBridge; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

export function useBridge(): SimBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge needs a <BridgeProvider> above it');
  return bridge;
}
