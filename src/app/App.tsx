import { useState, type CSSProperties } from 'react';
import { DockResizer } from './dock/DockResizer';
import { EventLog } from './dock/EventLog';
import { LiveNarrator } from './dock/LiveNarrator';
import { useMotionPreference } from './hooks/useMotionPreference';
import { useSpaceToPlay } from './hooks/useSpaceToPlay';
import { CreateTopicForm } from './panels/CreateTopicForm';
import { PlaybackControls } from './panels/PlaybackControls';
import { ProduceForm } from './panels/ProduceForm';
import { Stage } from './stage/Stage';
import { useAppStore } from './store/StoreContext';
import { TerminalDock } from './terminal/TerminalDock';
import { selectFault } from './store/selectors';

export function App() {
  const togglePlay = useAppStore((s) => s.togglePlay);
  const setMotion = useAppStore((s) => s.setMotion);
  const fault = useAppStore(selectFault);
  const [dockShare, setDockShare] = useState(0.38);
  useSpaceToPlay(togglePlay);
  useMotionPreference(setMotion);
  return (
    <div
      className="app"
      style={{ '--dock-height': `${Math.round(dockShare * 100)}vh` } as CSSProperties}
    >
      <header className="top-bar">
        <h1>
          Kafka Visual Simulator <span className="badge">sandbox</span>
        </h1>
        <PlaybackControls />
      </header>
      <aside className="side-panel" aria-label="Controls">
        <ProduceForm />
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
        <TerminalDock />
        <EventLog />
      </footer>
      <LiveNarrator />
    </div>
  );
}
