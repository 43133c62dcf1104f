/**
 * Builds the benchmark (npm run bench) into out/bench/bench.js: one ES module with everything
 * bundled, built the way the CLI is (vite.cli.config.ts), so it times the code users run.
 */
import { defineConfig } from 'vite';
import { define, nodeExternals } from './vite.shared.ts';

export default defineConfig({
  define,
  build: {
    ssr: true,
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      input: { bench: 'scripts/bench/index.ts' },
      // The app workload's session (loaded only in its own child) drives Chromium and serves the renderer.
      external: [...nodeExternals, 'playwright-core', 'vite'],
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
