import type { StateCreator } from 'zustand/vanilla';
import type { AppState, UiSlice } from './types';
import { loadPresenter, savePresenter } from '../share/presenterPreference';

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  flights: [],
  motion: 'full',
  selection: null,
  theme: 'light',
  collapsed: [],
  showInternal: false,
  landFlight: (recordId) =>
    set((state) => ({ flights: state.flights.filter((f) => f.recordId !== recordId) })),
  setMotion: (motion) => set(motion === 'reduced' ? { motion, flights: [] } : { motion }),
  select: (selection) => set({ selection }),
  setTheme: (theme) => set({ theme }),
  toggleCollapsed: (topic) =>
    set((state) => ({
      collapsed: state.collapsed.includes(topic)
        ? state.collapsed.filter((t) => t !== topic)
        : [...state.collapsed, topic],
    })),
  setShowInternal: (showInternal) => set({ showInternal }),
  presenter: loadPresenter(),
  setPresenter: (presenter) => {
    savePresenter(presenter);
    set({ presenter });
  },
});
