// The terminal: tabs, each a shell of its own on the same cluster — a producer in one, consumers
// in others, as the notes work with several terminal windows.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { selectLessonTabs } from '../store/selectors';
import { useAppStore } from '../store/StoreContext';
import { TerminalPane, type PaneStatus } from './TerminalPane';

interface Tab {
  readonly id: number;
  readonly running: string | null;
  /** Bumped when the user asks for this tab's terminal, which then takes the focus. */
  readonly focusRequest: number;
}

export function TerminalDock() {
  const bridge = useBridge();
  const [tabs, setTabs] = useState<Tab[]>([{ id: 1, running: null, focusRequest: 0 }]);
  const [active, setActive] = useState(1);
  const typing = useAppStore((s) => s.typing);
  const lessonTabs = useAppStore(selectLessonTabs);

  // The tabs a lesson's earlier steps used are there (a deep link, a reload), in order.
  const [seenLessonTabs, setSeenLessonTabs] = useState('');
  if (lessonTabs !== seenLessonTabs) {
    setSeenLessonTabs(lessonTabs);
    const wanted = lessonTabs.split(',').filter(Boolean).map(Number);
    setTabs((all) => withTabs(all, wanted));
  }
  // A lesson types in tab N: it opens if it must, and shows (adjusted while rendering).
  const [seenTyping, setSeenTyping] = useState(typing);
  if (typing !== seenTyping) {
    setSeenTyping(typing);
    if (typing) {
      setTabs((all) => withTabs(all, [typing.tab]));
      setActive(typing.tab);
    }
  }

  // The tabs as they are now, for callbacks that outlive a render (a shell that exits).
  const current = useRef(tabs);
  useEffect(() => {
    current.current = tabs;
  }, [tabs]);

  const remove = useCallback((id: number) => {
    const all = current.current;
    const index = all.findIndex((t) => t.id === id);
    if (index < 0) return;
    const rest = all.filter((t) => t.id !== id);
    // The last tab closed: a fresh one takes its place, as a terminal app opens a new window.
    const next =
      rest.length > 0
        ? rest
        : [{ id: Math.max(...all.map((t) => t.id)) + 1, running: null, focusRequest: 1 }];
    current.current = next;
    setTabs(next);
    setActive((shown) => (shown === id ? next[Math.max(0, index - 1)]!.id : shown));
  }, []);

  const onStatus = useCallback(
    (id: number, status: PaneStatus) => {
      if (status.closed) return remove(id);
      setTabs((all) => all.map((t) => (t.id === id ? { ...t, running: status.running } : t)));
    },
    [remove],
  );

  const show = (id: number) => {
    setActive(id);
    setTabs((all) =>
      all.map((t) => (t.id === id ? { ...t, focusRequest: t.focusRequest + 1 } : t)),
    );
  };

  const add = () => {
    const id = Math.max(0, ...tabs.map((t) => t.id)) + 1;
    setTabs([...tabs, { id, running: null, focusRequest: 1 }]);
    setActive(id);
  };

  const close = (id: number) => {
    bridge.send({ type: 'terminal.close', tab: id });
    remove(id);
  };

  // Arrow keys move between tabs, Delete closes one, as the WAI-ARIA tabs pattern has it.
  const onTabKey = (event: KeyboardEvent, index: number) => {
    if (event.key === 'Delete') {
      event.preventDefault();
      return close(tabs[index]!.id);
    }
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
                aria-keyshortcuts="Delete"
                title="Delete closes this tab (its jobs stop)"
                tabIndex={tab.id === active ? 0 : -1}
                onClick={() => show(tab.id)}
                onKeyDown={(e) => onTabKey(e, index)}
              >
                {tab.id}
                {tab.running ? ` · ${tab.running}` : ''}
              </button>
              {/* For the mouse: keyboard users close the focused tab with Delete. */}
              <button
                type="button"
                className="terminal-close"
                tabIndex={-1}
                aria-label={`Close terminal ${tab.id}`}
                title="Close (its jobs stop)"
                onClick={() => close(tab.id)}
              >
                ×
              </button>
            </span>
          ))}
        </div>
        <button type="button" className="terminal-add" aria-label="New terminal tab" onClick={add}>
          +
        </button>
        <p className="terminal-hint">
          Type <kbd>help</kbd> · <kbd>Tab</kbd> completes · <kbd>Esc</kbd> <kbd>Tab</kbd> leaves
        </p>
      </div>
      {tabs.map((tab) => (
        <TerminalPane
          key={tab.id}
          tab={tab.id}
          active={tab.id === active}
          focusRequest={tab.focusRequest}
          label={`Terminal ${tab.id}`}
          onStatus={onStatus}
          typing={typing?.tab === tab.id ? typing : undefined}
        />
      ))}
    </section>
  );
}

/** The tabs with these ids added where missing, in order (the same list if none is). */
function withTabs(all: Tab[], ids: readonly number[]): Tab[] {
  const missing = ids.filter((id) => !all.some((t) => t.id === id));
  if (missing.length === 0) return all;
  return [...all, ...missing.map((id) => ({ id, running: null, focusRequest: 0 }))].sort(
    (a, b) => a.id - b.id,
  );
}
