/**
 * Builds the React renderer into out/renderer. The same build runs in the Electron window and,
 * served on localhost by `npm run preview`, in any browser (the platform API then falls back to
 * a browser implementation).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { define } from './vite.shared.ts';

const CROSS_ORIGIN_ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export default defineConfig({
  root: 'renderer',
  base: './',
  define,
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  // Cross-origin isolation lets the simulation share memory with its helper worker, so a main run
  // uses two cores (renderer/src/simulation/lanes.ts); every file the app loads is its own.
  preview: { host: '127.0.0.1', port: 4173, strictPort: false, headers: CROSS_ORIGIN_ISOLATION },
  server: { host: '127.0.0.1', headers: CROSS_ORIGIN_ISOLATION },
});
