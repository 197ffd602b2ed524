import { Suspense, lazy, useCallback, useEffect, useState, type CSSProperties } from 'react';
import { ChartsPanel } from './charts/ChartsPanel';
import { DockResizer } from './dock/DockResizer';
import { EventLog } from './dock/EventLog';
import { LiveNarrator } from './dock/LiveNarrator';
import { useMotionPreference } from './hooks/useMotionPreference';
import { useShortcuts } from './hooks/useShortcuts';
import { useThemePreference } from './hooks/useThemePreference';
import { Inspector } from './inspect/Inspector';
import { ConsumerPanel } from './panels/ConsumerPanel';
import { CreateTopicForm } from './panels/CreateTopicForm';
import { FaultPanel } from './panels/FaultPanel';
import { ProduceForm } from './panels/ProduceForm';
import { ShortcutsDialog } from './panels/ShortcutsDialog';
import { Stage } from './stage/Stage';
import { useAppStore, useAppStoreApi } from './store/StoreContext';
import { selectFault } from './store/selectors';
import { TimelineBar } from './timeline/TimelineBar';

// xterm.js is most of the page's weight: it loads after the first paint, in its own chunk.
const TerminalDock = lazy(() =>
  import('./terminal/TerminalDock').then((m) => ({ default: m.TerminalDock })),
);

export function App() {
  const store = useAppStoreApi();
  const setMotion = useAppStore((s) => s.setMotion);
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const fault = useAppStore(selectFault);
  const [dockShare, setDockShare] = useState(0.38);
  const [dockView, setDockView] = useState<'terminal' | 'charts'>('terminal');
  const [help, setHelp] = useState(false);
  const showHelp = useCallback(() => setHelp(true), []);
  useShortcuts(store, showHelp);
  useMotionPreference(setMotion);
  useThemePreference(setTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div
      className="app"
      style={{ '--dock-height': `${Math.round(dockShare * 100)}vh` } as CSSProperties}
    >
      <header className="top-bar">
        <h1>
          Kafka Visual Simulator <span className="badge">sandbox</span>
        </h1>
        <TimelineBar />
        <div className="top-tools">
          <button
            type="button"
            onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
            aria-keyshortcuts="D"
            data-testid="theme"
          >
            {theme === 'dark' ? 'Light' : 'Dark'}
          </button>
          <button type="button" onClick={showHelp} aria-keyshortcuts="?">
            Keys
          </button>
        </div>
      </header>
      <aside className="side-panel" aria-label="Controls">
        <Inspector />
        <ProduceForm />
        <ConsumerPanel />
        <FaultPanel />
        <CreateTopicForm />
      </aside>
      <main className="stage" aria-label="Cluster">
        {fault && (
          <p className="form-error" role="alert">
            {fault}
          </p>
        )}
        <Stage />
      </main>
      <DockResizer share={dockShare} onChange={setDockShare} />
      <footer className="dock">
        <div className="dock-main">
          <div className="dock-switch" role="group" aria-label="Dock">
            <button
              type="button"
              aria-pressed={dockView === 'terminal'}
              onClick={() => setDockView('terminal')}
            >
              Terminal
            </button>
            <button
              type="button"
              aria-pressed={dockView === 'charts'}
              onClick={() => setDockView('charts')}
              data-testid="show-charts"
            >
              Charts
            </button>
          </div>
          {/* The terminal stays mounted while charts show: its shells and screens live on. */}
          <div className="dock-view" hidden={dockView !== 'terminal'}>
            <Suspense fallback={<p className="muted">Starting the terminal…</p>}>
              <TerminalDock />
            </Suspense>
          </div>
          {dockView === 'charts' && (
            <div className="dock-view">
              <ChartsPanel />
            </div>
          )}
        </div>
        <EventLog />
      </footer>
      <LiveNarrator />
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
    </div>
  );
}
