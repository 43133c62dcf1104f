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

  it('draws every cost category\'s label whole, inside the chart, beside its axis', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    const chart = page.getByTestId('category-chart');
    await chart.waitFor({ timeout: 60_000 });
    const svg = chart.locator('svg.recharts-surface').first();
    const ticks = svg.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await expect.poll(() => ticks.count()).toBe(6);
    const svgBox = await svg.boundingBox();
    const axisBox = await svg.locator('.recharts-yAxis .recharts-cartesian-axis-line').boundingBox();
    expect(svgBox && axisBox).toBeTruthy();
    const labels = await ticks.evaluateAll((nodes) => nodes.map((node) => ({ text: node.textContent, box: node.getBoundingClientRect().toJSON() as DOMRect })));
    expect(labels.map((label) => label.text)).toEqual(['Detection and escalation', 'Notification', 'Post-breach response', 'Business disruption', 'Recovery', 'Lost business']);
    for (const { box } of labels) {
      // Whole: not cut by the chart's left edge; beside the axis: ending left of its line, within a tick's length and gap.
      expect(box.left).toBeGreaterThanOrEqual(svgBox!.x);
      expect(box.right).toBeLessThanOrEqual(axisBox!.x);
    }
    const widest = labels.reduce((most, label) => Math.max(most, label.box.width), 0);
    const longest = labels.find((label) => label.box.width === widest)!;
    expect(axisBox!.x - longest.box.right).toBeLessThanOrEqual(12);
    // And the longest label starts near the chart's left edge: the axis leaves no wide gap either.
    expect(longest.box.left - svgBox!.x).toBeLessThanOrEqual(24);
    await page.close();
  });

  it('draws this scenario\'s incident costs in the accent colour among the published figures\' bars', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    const chart = page.getByTestId('benchmark-chart');
    await chart.waitFor({ timeout: 60_000 });
    const bars = chart.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect');
    await expect.poll(() => bars.count()).toBeGreaterThan(4);
    const fills = await bars.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('fill')));
    // The two rows of this scenario (median and mean incident) come first; the rest are published.
    expect(fills.slice(0, 2)).toEqual(['var(--accent)', 'var(--accent)']);
    expect(new Set(fills.slice(2))).toEqual(new Set(['var(--benchmark)']));
    await page.close();
  });
});
