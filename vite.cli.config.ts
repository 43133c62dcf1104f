/**
 * Builds the command-line front end into out/cli: the CLI (aftermath.js) and the worker threads
 * it starts (quoteWorker.js and simulateWorker.js, found beside it at run time), ES modules with dependencies
 * bundled; the code both use goes into shared.js beside them, and the workbook writer (exceljs,
 * most of the code) into xlsxWriter.js, loaded only by `aftermath export --xlsx`.
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
      input: { aftermath: 'cli/aftermath.ts', quoteWorker: 'cli/quote/worker.ts', simulateWorker: 'cli/simulate/worker.ts' },
      external: nodeExternals,
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        // Every module of shared/ in one chunk the entries share, except the workbook writer.
        manualChunks: (id: string) => (id.includes('/shared/') && !id.includes('/shared/exports/xlsxWriter') ? 'shared' : undefined),
        chunkFileNames: '[name].js',
      },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
