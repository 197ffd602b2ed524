import type { StateCreator } from 'zustand/vanilla';
import type { AppState, UiSlice } from './types';

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  flights: [],
  motion: 'full',
  landFlight: (recordId) =>
    set((state) => ({ flights: state.flights.filter((f) => f.recordId !== recordId) })),
  setMotion: (motion) => set(motion === 'reduced' ? { motion, flights: [] } : { motion }),
});
