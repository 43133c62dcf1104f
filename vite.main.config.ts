/** Builds the Electron main process (ES module) into out/main. */
import { defineConfig } from 'vite';
import { define, nodeExternals } from './vite.shared.ts';

export default defineConfig({
  define,
  build: {
    ssr: 'main/index.ts',
    outDir: 'out/main',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    rollupOptions: { external: nodeExternals, output: { format: 'es', entryFileNames: 'index.js' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
