import { Suspense, lazy, useCallback, useEffect, useState, type CSSProperties } from 'react';
import { ChartsPanel } from './charts/ChartsPanel';
import { DockResizer } from './dock/DockResizer';
import { EventLog } from './dock/EventLog';
import { LiveNarrator } from './dock/LiveNarrator';
import { useMotionPreference } from './hooks/useMotionPreference';
import { useShortcuts } from './hooks/useShortcuts';
import { useThemePreference } from './hooks/useThemePreference';
import { Inspector } from './inspect/Inspector';
import { LessonIndex } from './lessons/LessonIndex';
import { LessonPlayer } from './lessons/LessonPlayer';
import { ScenePanel } from './lessons/ScenePanel';
import './lessons/lessons.css';
import { ClusterPanel } from './panels/ClusterPanel';
import { FaultPanel } from './panels/FaultPanel';
import { GroupPanel } from './panels/GroupPanel';
import { LoadPanel } from './panels/LoadPanel';
import { TopicPanel } from './panels/TopicPanel';
import { ProduceForm } from './panels/ProduceForm';
import { ShortcutsDialog } from './panels/ShortcutsDialog';
import { NoticeBanner } from './share/NoticeBanner';
import { ShareDialog } from './share/ShareDialog';
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
  const lessonNumber = useAppStore((s) => (s.lessonStatus ? s.lesson?.number : undefined));
  const lessonError = useAppStore((s) => s.lessonError);
  const indexOpen = useAppStore((s) => s.indexOpen);
  const setIndexOpen = useAppStore((s) => s.setIndexOpen);
  const typing = useAppStore((s) => s.typing);
  const [dockShare, setDockShare] = useState(0.38);
  const [dockView, setDockView] = useState<'terminal' | 'charts'>('terminal');
  const [help, setHelp] = useState(false);
  const [sharing, setSharing] = useState(false);
  const showHelp = useCallback(() => setHelp(true), []);
  const presenter = useAppStore((s) => s.presenter);
  const setPresenter = useAppStore((s) => s.setPresenter);
  useShortcuts(store, showHelp);
  useMotionPreference(setMotion);
  useThemePreference(setTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenter', presenter);
  }, [presenter]);
  // A lesson needs the stage more than a tall dock: it starts lower (the resizer still works).
  // Adjusted while rendering, as React advises for state that follows a change.
  const inLesson = lessonNumber !== undefined;
  const [wasInLesson, setWasInLesson] = useState(inLesson);
  if (inLesson !== wasInLesson) {
    setWasInLesson(inLesson);
    if (inLesson) setDockShare((share) => Math.min(share, 0.3));
  }
  // A lesson types in the terminal: the terminal shows.
  const [seenTyping, setSeenTyping] = useState(typing);
  if (typing !== seenTyping) {
    setSeenTyping(typing);
    if (typing) setDockView('terminal');
  }
  return (
    <div
      className="app"
      data-lesson={lessonNumber === undefined ? undefined : ''}
      style={{ '--dock-height': `${Math.round(dockShare * 100)}vh` } as CSSProperties}
    >
      <header className="top-bar">
        <h1>
          Kafka Visual Simulator{' '}
          <span className="badge">
            {lessonNumber === undefined ? 'sandbox' : `lesson ${lessonNumber}`}
          </span>
        </h1>
        <TimelineBar />
        <div className="top-tools">
          <button
            type="button"
            onClick={() => setIndexOpen(true)}
            aria-keyshortcuts="L"
            data-testid="lessons"
          >
            Lessons
          </button>
          <button type="button" onClick={() => setSharing(true)} data-testid="share">
            Share
          </button>
          <button
            type="button"
            aria-pressed={presenter}
            onClick={() => setPresenter(!presenter)}
            aria-keyshortcuts="P"
            data-testid="presenter"
          >
            Present
          </button>
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
        {lessonError && (
          <p className="form-error" role="alert" data-testid="lesson-error">
            {lessonError}
          </p>
        )}
        <LessonPlayer />
        <Inspector />
        <ProduceForm />
        <LoadPanel />
        <GroupPanel />
        <FaultPanel />
        <TopicPanel />
        <ClusterPanel />
      </aside>
      <main className="stage" aria-label="Cluster">
        <NoticeBanner />
        {fault && (
          <p className="form-error" role="alert">
            {fault}
          </p>
        )}
        <Stage />
        <ScenePanel />
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
      {sharing && <ShareDialog onClose={() => setSharing(false)} />}
      {indexOpen && <LessonIndex />}
    </div>
  );
}
