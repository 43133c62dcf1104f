/** Builds the command-line front end into out/cli (one ES module, dependencies bundled). */
import { defineConfig } from 'vite';
import { define, nodeExternals } from './vite.shared.ts';

export default defineConfig({
  define,
  build: {
    ssr: 'cli/aftermath.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: { external: nodeExternals, output: { format: 'es', entryFileNames: 'aftermath.js' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
