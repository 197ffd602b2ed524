import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createWorkerBridge } from './app/bridge/workerBridge';
import { DEFAULT_SCENARIO } from './app/defaultScenario';
import { createAppStore } from './app/store/createAppStore';
import { StoreProvider } from './app/store/StoreContext';
import { installTestHook } from './app/testHook';
import './app/styles.css';

const store = createAppStore(createWorkerBridge(), DEFAULT_SCENARIO);
installTestHook(store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
