/** Builds the preload script into out/preload as CommonJS: a sandboxed preload cannot load ES modules. */
import { defineConfig } from 'vite';
import { define, nodeExternals } from './vite.shared.ts';

export default defineConfig({
  define,
  build: {
    ssr: 'main/preload.ts',
    outDir: 'out/preload',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: false,
    rollupOptions: { external: nodeExternals, output: { format: 'cjs', entryFileNames: 'preload.cjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
