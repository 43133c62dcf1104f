/**
 * Test projects: `unit` (shared model, CLI, main process with Electron mocked, renderer logic)
 * runs in Node; `e2e` drives the built renderer in the system Chromium. Both write JSON results
 * under test-results/ so CI can count every test.
 */
import { defineConfig } from 'vitest/config';
import { define } from './vite.shared.ts';

export default defineConfig({
  define,
  test: {
    projects: [
      {
        define,
        test: {
          name: 'unit',
          include: ['test/shared/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/main/**/*.test.ts', 'test/renderer/**/*.test.ts', 'test/renderer/**/*.test.tsx', 'test/lint/**/*.test.ts', 'test/tooling/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        define,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
