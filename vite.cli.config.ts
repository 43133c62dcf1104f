/**
 * Builds the command-line front end into out/cli: the CLI (aftermath.js) and the worker threads
 * it starts (quoteWorker.js and simulateWorker.js, found beside it at run time), ES modules with dependencies
 * bundled. The engine (everything the simulate worker imports, no scenario schema) goes into
 * engine.js, so that each simulate worker starts by loading a sixth of the code; the rest of
 * shared/ into shared.js beside them, and the workbook writer (exceljs, most of the code) into
 * xlsxWriter.js, loaded only by `aftermath export --xlsx`.
 */
import { defineConfig } from 'vite';
import { define, nodeExternals } from './vite.shared.ts';

const SIMULATE_WORKER = 'cli/simulate/worker.ts';

type ModuleInfo = Readonly<{ importedIds: readonly string[] }> | null;

/** The modules `entry` imports, directly or not, by id. */
function importClosure(entry: string, info: (id: string) => ModuleInfo): Set<string> {
  const seen = new Set<string>();
  const next = [entry];
  for (let id = next.pop(); id !== undefined; id = next.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    next.push(...(info(id)?.importedIds ?? []));
  }
  return seen;
}

let engine: Set<string> | undefined;

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
      input: { aftermath: 'cli/aftermath.ts', quoteWorker: 'cli/quote/worker.ts', simulateWorker: SIMULATE_WORKER },
      external: nodeExternals,
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        // shared/: the simulate worker's modules in engine.js, the others in shared.js, except the workbook writer.
        manualChunks: (id: string, { getModuleInfo }: { getModuleInfo: (id: string) => ModuleInfo }) => {
          if (!id.includes('/shared/') || id.includes('/shared/exports/xlsxWriter')) return undefined;
          engine ??= importClosure(new URL(SIMULATE_WORKER, import.meta.url).pathname, getModuleInfo);
          return engine.has(id) ? 'engine' : 'shared';
        },
        chunkFileNames: '[name].js',
      },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
