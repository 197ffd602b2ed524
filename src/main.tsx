import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BridgeProvider } from './app/bridge/BridgeContext';
import { createWorkerBridge } from './app/bridge/workerBridge';
import { DEFAULT_SCENARIO } from './app/defaultScenario';
import { createAppStore } from './app/store/createAppStore';
import { StoreProvider } from './app/store/StoreContext';
import { installLessonEffects } from './app/lessons/lessonEffects';
import { installSessionEffects } from './app/share/sessionEffects';
import { installTestHook } from './app/testHook';
import { registerServiceWorker } from './app/offline/registerServiceWorker';
import './app/styles.css';

const bridge = createWorkerBridge();
const store = createAppStore(bridge, DEFAULT_SCENARIO);
installTestHook(store, bridge);
installLessonEffects(store);
installSessionEffects(store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <BridgeProvider bridge={bridge}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </BridgeProvider>
  </StrictMode>,
);
registerServiceWorker();
