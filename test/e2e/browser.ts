/**
 * End-to-end harness: serves the built renderer (out/renderer) on localhost with Vite's
 * preview server and drives it in the system Chromium through playwright-core. Without a
 * Chromium it fails with instructions; it never skips.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { FIGURE_TEST_ID, installAppProbe } from '../../scripts/bench/appProbe';

export const RESULTS_DIR = path.resolve('test-results');
const RENDERER_BUILD = path.resolve('out/renderer/index.html');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: "sudo apt-get install -y chromium") or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Harness = Readonly<{
  baseUrl: string;
  context: BrowserContext;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}>;

export async function startHarness(): Promise<Harness> {
  if (!existsSync(RENDERER_BUILD)) {
    throw new Error('The renderer is not built: run "npm run build" before the end-to-end tests (npm test does this).');
  }
  const executablePath = findChromium();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const server: PreviewServer = await preview({
    configFile: path.resolve('vite.renderer.config.ts'),
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server did not report its port.');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'aftermath-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1360, height: 900 },
    locale: 'en-US',
  });
  return {
    baseUrl,
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Collects console errors and CSP violations, which fail a test. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * A new page on the app with the benchmark's probe (scripts/bench/appProbe.ts) installed before
 * any of the app's scripts, once the first figures are shown; `problems` collects its errors.
 */
export async function openAppWithProbe(harness: Harness): Promise<Readonly<{ page: Page; problems: string[] }>> {
  const page = await harness.newPage();
  const problems = watchForErrors(page);
  await page.addInitScript(installAppProbe, FIGURE_TEST_ID);
  await page.goto(harness.baseUrl);
  await page.getByRole('main', { name: 'Results' }).getByTestId(FIGURE_TEST_ID).waitFor({ timeout: 60_000 });
  return { page, problems };
}
