/**
 * Builds the command-line front end into out/cli: the CLI (aftermath.js) and the quote worker
 * thread it starts (quoteWorker.js, found beside it at run time), ES modules with dependencies
 * bundled; the code both use goes into shared.js beside them.
 */
import { defineConfig } from 'vite';
import { define, nodeExternals } from './vite.shared.ts';

export default defineConfig({
  define,
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      input: { aftermath: 'cli/aftermath.ts', quoteWorker: 'cli/quote/worker.ts' },
      external: nodeExternals,
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared.js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
