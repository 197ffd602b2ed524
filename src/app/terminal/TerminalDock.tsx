// The terminal: tabs, each a shell of its own on the same cluster — a producer in one, consumers
// in others, as the notes work with several terminal windows.
import { useCallback, useState, type KeyboardEvent } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { TerminalPane, type PaneStatus } from './TerminalPane';

interface Tab {
  readonly id: number;
  readonly running: string | null;
}

export function TerminalDock() {
  const bridge = useBridge();
  const [tabs, setTabs] = useState<Tab[]>([{ id: 1, running: null }]);
  const [active, setActive] = useState(1);

  const onStatus = useCallback((id: number, status: PaneStatus) => {
    setTabs((all) => all.map((t) => (t.id === id ? { ...t, running: status.running } : t)));
  }, []);

  const add = () => {
    const id = Math.max(0, ...tabs.map((t) => t.id)) + 1;
    setTabs([...tabs, { id, running: null }]);
    setActive(id);
  };

  const close = (id: number) => {
    bridge.send({ type: 'terminal.close', tab: id });
    const rest = tabs.filter((t) => t.id !== id);
    if (rest.length === 0) {
      // The last tab closed: a fresh one takes its place, as a terminal app opens a new window.
      const fresh = Math.max(...tabs.map((t) => t.id)) + 1;
      setTabs([{ id: fresh, running: null }]);
      setActive(fresh);
      return;
    }
    setTabs(rest);
    if (active === id) setActive(rest[Math.max(0, tabs.findIndex((t) => t.id === id) - 1)]!.id);
  };

  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern has it.
  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    setActive(next.id);
    document.getElementById(`terminal-tab-${next.id}`)?.focus();
  };

  return (
    <section className="terminal" aria-labelledby="terminal-heading">
      <div className="terminal-bar">
        <h2 id="terminal-heading">Terminal</h2>
        <div role="tablist" aria-label="Terminal tabs" className="terminal-tabs">
          {tabs.map((tab, index) => (
            <span key={tab.id} className="terminal-tab" data-active={tab.id === active}>
              <button
                type="button"
                role="tab"
                id={`terminal-tab-${tab.id}`}
                aria-selected={tab.id === active}
                aria-controls={`terminal-panel-${tab.id}`}
                tabIndex={tab.id === active ? 0 : -1}
                onClick={() => setActive(tab.id)}
                onKeyDown={(e) => onTabKey(e, index)}
              >
                {tab.id}
                {tab.running ? ` · ${tab.running}` : ''}
              </button>
              <button
                type="button"
                className="terminal-close"
                aria-label={`Close terminal ${tab.id}`}
                title="Close (its jobs stop)"
                onClick={() => close(tab.id)}
              >
                ×
              </button>
            </span>
          ))}
          <button
            type="button"
            className="terminal-add"
            aria-label="New terminal tab"
            onClick={add}
          >
            +
          </button>
        </div>
        <p className="terminal-hint">
          Type <kbd>help</kbd> · <kbd>Tab</kbd> completes · <kbd>Esc</kbd> <kbd>Tab</kbd> leaves
        </p>
      </div>
      {tabs.map((tab) => (
        <TerminalPane
          key={tab.id}
          tab={tab.id}
          active={tab.id === active}
          label={`Terminal ${tab.id}`}
          onStatus={onStatus}
        />
      ))}
    </section>
  );
}
