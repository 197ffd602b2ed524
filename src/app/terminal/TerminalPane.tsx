// One tab's screen: an xterm.js terminal, fitted to its box, wired to a TerminalController.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { useAppStore, useAppStoreApi } from '../store/StoreContext';
import type { TypingRequest } from '../store/types';
import { TerminalController } from './terminalController';

export interface PaneStatus {
  /** What runs in the foreground, if anything (the tab's title shows it). */
  readonly running: string | null;
  /** The shell ended (`exit`): the tab goes. */
  readonly closed: boolean;
}

interface Props {
  readonly tab: number;
  readonly active: boolean;
  /** Changes when the user asks for this terminal (a click on its tab, a new tab): focus it then. */
  readonly focusRequest: number;
  readonly label: string;
  readonly onStatus: (tab: number, status: PaneStatus) => void;
  /** Lines to type at this tab's prompt, as if typed ("Do it for me" in a lesson). */
  readonly typing?: TypingRequest | undefined;
}

const THEME = {
  background: '#11151b',
  foreground: '#e7ebf0',
  cursor: '#ff9f1c',
  selectionBackground: '#3a4a66',
};

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

export function TerminalPane({ tab, active, focusRequest, label, onStatus, typing }: Props) {
  const bridge = useBridge();
  const typed = useAppStore((s) => s.typed);
  const box = useRef<HTMLDivElement>(null);
  const terminal = useRef<Terminal | null>(null);
  const control = useRef<TerminalController | null>(null);
  /** Lines to type once the tab's shell has answered (its banner first, then what is typed). */
  const pending = useRef<string | null>(null);
  const shellReady = useRef(false);
  const presenter = useAppStore((s) => s.presenter);
  const store = useAppStoreApi();
  const fitter = useRef<FitAddon | null>(null);

  // Presenter mode: the back row reads the terminal too.
  useEffect(() => {
    const term = terminal.current;
    if (!term) return;
    term.options.fontSize = presenter ? 20 : 14;
    if (box.current?.offsetParent) fitter.current?.fit();
  }, [presenter]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const term = new Terminal({
      fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
      fontSize: store.getState().presenter ? 20 : 14,
      // Room below the baseline: at 1.0 some fonts lose the underscore of truck_1.
      lineHeight: 1.2,
      scrollback: 5000,
      cursorBlink: false,
      // Screen readers hear what the tools print (xterm keeps an accessible copy of the rows).
      screenReaderMode: true,
      theme: THEME,
    });
    const fit = new FitAddon();
    fitter.current = fit;
    term.loadAddon(fit);
    term.open(element);
    terminal.current = term;
    const controller = new TerminalController(tab, term, (message) => bridge.send(message));
    control.current = controller;
    let escaped = false;
    // Tab completes inside the terminal; Esc then Tab (or Shift+Tab) leaves it, so the keyboard
    // is never trapped.
    term.attachCustomKeyEventHandler((event) => {
      if (event.type !== 'keydown' || MODIFIERS.has(event.key)) return true;
      if (event.key === 'Escape') {
        escaped = true;
        return true;
      }
      const leave = escaped && event.key === 'Tab';
      escaped = false;
      return !leave;
    });
    const typing = term.onData((data) => controller.type(data));
    const resized = term.onResize(() => controller.resize());
    const unsubscribe = bridge.subscribe((message) => {
      controller.receive(message);
      if (message.type === 'terminal.state' && message.tab === tab && !shellReady.current) {
        shellReady.current = true;
        if (pending.current !== null) controller.type(pending.current);
        pending.current = null;
      }
      if (message.type === 'terminal.state' && message.tab === tab)
        onStatus(tab, {
          running: message.state === 'busy' ? (message.running ?? null) : null,
          closed: message.state === 'closed',
        });
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
      resized.dispose();
      term.dispose();
      terminal.current = null;
      control.current = null;
      shellReady.current = false;
    };
  }, [bridge, tab, onStatus, store]);

  // After the effect above, so a new tab's shell is opened before the lines arrive.
  useEffect(() => {
    if (!typing) return;
    const keys = typing.lines.map((line) => `${line}\r`).join('');
    if (shellReady.current) control.current?.type(keys);
    else pending.current = keys;
    // Consumed: a tab opened later with this id does not type it again.
    typed(typing.id);
  }, [typing, typed]);

  useEffect(() => {
    if (focusRequest > 0) terminal.current?.focus();
  }, [focusRequest]);

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
