import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { offlinePlugin } from './build/offlinePlugin.ts';

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path of a static host.
  base: './',
  // The built site keeps its files with a service worker (dist/sw.js) and works offline.
  plugins: [react(), offlinePlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'engine', environment: 'node', include: ['tests/engine/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'cli', environment: 'node', include: ['tests/cli/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'lessons', environment: 'node', include: ['tests/lessons/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/setupDom.ts'],
        },
      },
    ],
    globals: true,
  },
});
