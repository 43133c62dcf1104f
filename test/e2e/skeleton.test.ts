/**
 * The browser build end to end: the hospital example loads, its headline figures show, and the
 * exceedance curve is drawn, with no console errors or CSP violations. Keeps a screenshot.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, startHarness, watchForErrors, type Harness } from './browser';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('browser build', () => {
  it('opens on the regional hospital with headline figures and a drawn exceedance curve', async () => {
    const page = await harness.newPage();
    const problems = watchForErrors(page);
    await page.goto(harness.baseUrl);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Regional hospital');
    const expected = page.getByRole('group', { name: 'Expected annual loss' });
    await expected.waitFor({ timeout: 60_000 });
    expect(await expected.textContent()).toMatch(/\$\d/);
    const oneIn20 = page.getByRole('group', { name: '1-in-20-year loss' });
    expect(await oneIn20.textContent()).toMatch(/\$\d/);

    const chart = page.getByRole('img', { name: /Annual loss exceedance curve/ });
    await chart.waitFor();
    const curve = chart.locator('path.recharts-line-curve');
    await curve.waitFor();
    const d = await curve.getAttribute('d');
    expect(d?.length ?? 0).toBeGreaterThan(100);
    expect(await chart.locator('.recharts-cartesian-axis-tick').count()).toBeGreaterThan(4);

    await page.screenshot({ path: path.join(RESULTS_DIR, 'skeleton-hospital.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
