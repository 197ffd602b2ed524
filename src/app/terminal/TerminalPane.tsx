// One tab's screen: an xterm.js terminal, fitted to its box, wired to a TerminalController.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { TerminalController } from './terminalController';

export interface PaneStatus {
  /** What runs in the foreground, if anything (the tab's title shows it). */
  readonly running: string | null;
}

interface Props {
  readonly tab: number;
  readonly active: boolean;
  readonly label: string;
  readonly onStatus: (tab: number, status: PaneStatus) => void;
}

const THEME = {
  background: '#11151b',
  foreground: '#e7ebf0',
  cursor: '#ff9f1c',
  selectionBackground: '#3a4a66',
};

export function TerminalPane({ tab, active, label, onStatus }: Props) {
  const bridge = useBridge();
  const box = useRef<HTMLDivElement>(null);
  const terminal = useRef<Terminal | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const term = new Terminal({
      fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
      fontSize: 14,
      scrollback: 5000,
      cursorBlink: false,
      // Screen readers hear what the tools print (xterm keeps an accessible copy of the rows).
      screenReaderMode: true,
      theme: THEME,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(element);
    terminal.current = term;
    const controller = new TerminalController(tab, term, (message) => bridge.send(message));
    let escaped = false;
    // Tab completes inside the terminal; Esc then Tab leaves it, so the keyboard is never trapped.
    term.attachCustomKeyEventHandler((event) => {
      if (event.type !== 'keydown') return true;
      if (event.key === 'Escape') {
        escaped = true;
        return true;
      }
      const leave = escaped && event.key === 'Tab';
      escaped = false;
      return !leave;
    });
    const typing = term.onData((data) => controller.type(data));
    const unsubscribe = bridge.subscribe((message) => {
      controller.receive(message);
      if ('tab' in message && message.tab === tab && message.type === 'terminal.state')
        onStatus(tab, { running: message.state === 'busy' ? controller.lastCommandName : null });
    });
    const resize = new ResizeObserver(() => {
      if (element.offsetParent !== null) fit.fit();
    });
    resize.observe(element);
    fit.fit();
    bridge.send({ type: 'terminal.open', tab });
    return () => {
      resize.disconnect();
      unsubscribe();
      typing.dispose();
      term.dispose();
      terminal.current = null;
    };
  }, [bridge, tab, onStatus]);

  useEffect(() => {
    if (active) terminal.current?.focus();
  }, [active]);

  return (
    <div
      className="terminal-pane"
      role="tabpanel"
      id={`terminal-panel-${tab}`}
      aria-labelledby={`terminal-tab-${tab}`}
      aria-label={label}
      hidden={!active}
      ref={box}
    />
  );
}
