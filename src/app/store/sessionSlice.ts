// The sandbox as a session the page can hold: saved (autosave, a link, a file) and loaded back.
// The worker replays a loaded session aside and answers; a refused one leaves everything as it was.
import type { StateCreator } from 'zustand/vanilla';
import type { Scenario, SessionReply } from '../../protocol/messages';
import { decodeSession } from '../../scenario/link';
import { parseSessionText, type SessionCheck } from '../../scenario/parse';
import type { Session } from '../../scenario/session';
import type { SimBridge } from '../bridge/bridge';
import { BROKEN_KEY, readAutosave, setAsideAutosave } from '../share/autosave';
import type { AppState, SessionSlice } from './types';

export const createSessionSlice =
  (bridge: SimBridge, sandbox: Scenario): StateCreator<AppState, [], [], SessionSlice> =>
  (set, get) => {
    let nextId = 1;
    const ask = <T extends SessionReply['type']>(
      message:
        | { readonly type: 'session.save' }
        | { readonly type: 'session.load'; readonly session: Session },
      reply: T,
    ) =>
      new Promise<Extract<SessionReply, { type: T }>>((resolve) => {
        const id = nextId++;
        const stop = bridge.subscribe((m) => {
          if (m.type === reply && m.id === id) {
            stop();
            resolve(m as Extract<SessionReply, { type: T }>);
          }
        });
        bridge.send({ ...message, id });
      });

    /** Loads a checked session; a refusal is told and nothing changes. */
    const load = async (check: SessionCheck, done: string): Promise<boolean> => {
      if (!check.ok) {
        set({ notice: { kind: 'error', text: check.message } });
        return false;
      }
      const { error } = await ask(
        { type: 'session.load', session: check.session },
        'session.loaded',
      );
      if (error) {
        set({ notice: { kind: 'error', text: error } });
        return false;
      }
      // (A lesson it replaced has ended: the worker said so before answering.)
      set({ sandboxInPlace: true, notice: { kind: 'info', text: done } });
      return true;
    };

    return {
      notice: null,
      sandboxInPlace: false,
      setNotice: (notice) => set({ notice }),
      saveSession: async () => (await ask({ type: 'session.save' }, 'session.saved')).session,
      openLink: async (code) =>
        load(
          await decodeSession(code),
          'The shared scenario is loaded, paused at the moment it was shared. Press Play to go on.',
        ),
      importText: async (text, name) =>
        load(
          parseSessionText(text, name),
          `${name} is loaded, paused at its moment. Press Play to go on.`,
        ),
      restoreSandbox: async (why) => {
        const saved = readAutosave();
        if (saved === null) {
          set({ sandboxInPlace: true });
          return bridge.send({ type: 'init', scenario: sandbox });
        }
        const check = parseSessionText(saved, 'The saved sandbox');
        if (check.ok && (await load(check, why))) return;
        // A saved state that cannot be used never blocks the start: say so (and why), start fresh.
        const reason = check.ok ? (get().notice?.text ?? '') : check.message;
        setAsideAutosave();
        bridge.send({ type: 'init', scenario: sandbox });
        set({
          sandboxInPlace: true,
          notice: {
            kind: 'error',
            text: `Your saved sandbox could not be restored, so a fresh one starts (the saved text is kept in this browser's localStorage as ${BROKEN_KEY}).\n${reason}`.trim(),
          },
        });
      },
    };
  };
