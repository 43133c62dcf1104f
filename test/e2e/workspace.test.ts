/**
 * The workspace in a real Chromium, driven by accessible names: the hospital example loads with
 * its figures; editing "Health records held" moves "Expected annual loss"; an invalid value shows
 * a message and keeps the previous results; undo restores it; variants compare; presentation mode
 * opens and closes; the dark theme applies; every view passes an axe audit with no serious or
 * critical violations. Screenshots of every view are kept in test-results/.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, startHarness, watchForErrors, type Harness } from './browser';
import { seriousViolations } from './accessibility';

let harness: Harness;
let page: Page;
let problems: string[];

const figure = (name: string) => page.getByRole('main', { name: 'Results' }).getByRole('group', { name }).locator('.figure-value');
/** The app scrolls inside its panes, so a tall viewport (not a full-page capture) shows the whole of each view. */
const shot = (name: string) => page.screenshot({ path: path.join(RESULTS_DIR, `workspace-${name}.png`) });
const undoKey = process.platform === 'darwin' ? 'Meta+z' : 'Control+z';

async function expectNoSeriousViolations(view: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) console.error(violations.join('\n'));
  expect(violations, `axe on ${view}`).toEqual([]);
}

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.newPage();
  await page.setViewportSize({ width: 1440, height: 2200 });
  problems = watchForErrors(page);
  await page.goto(harness.baseUrl);
  await figure('Expected annual loss').waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await harness?.close();
});

describe('the workspace', () => {
  it('opens on the regional hospital with its inputs and headline figures', async () => {
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Regional hospital');
    await expect.poll(() => page.getByLabel('Health records held', { exact: true }).inputValue()).toBe('750,000');
    for (const name of ['Expected annual loss', '1-in-20-year loss', '1-in-100-year loss', 'Chance of an incident this year', 'Typical cost of one incident']) {
      expect(await figure(name).textContent()).toMatch(/\d/);
    }
    await shot('hospital');
    await expectNoSeriousViolations('the main view');
  });

  it('changes the expected annual loss when health records held change', async () => {
    const before = await figure('Expected annual loss').textContent();
    await page.getByLabel('Health records held', { exact: true }).fill('3000000');
    await expect.poll(() => figure('Expected annual loss').textContent(), { timeout: 30_000 }).not.toBe(before);
  });

  it('shows what is wrong with an invalid value and keeps the previous results, then undo restores it', async () => {
    const input = page.getByLabel('Health records held', { exact: true });
    const settled = await figure('Expected annual loss').textContent();
    await input.fill('lots');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'is not a number' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'needs attention' }).count()).toBe(1);
    expect(await input.inputValue()).toBe('lots');
    expect(await figure('Expected annual loss').textContent()).toBe(settled);
    await shot('invalid');
    await expectNoSeriousViolations('the invalid-input view');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(undoKey);
    await page.keyboard.press(undoKey);
    await expect.poll(() => input.inputValue()).toBe('750,000');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'needs attention' }).count()).toBe(0);
  });

  it('restores exactly the earlier figures when an input moves back', async () => {
    const original = await figure('Expected annual loss').textContent();
    const input = page.getByLabel('Health records held', { exact: true });
    await input.fill('900000');
    await expect.poll(() => figure('Expected annual loss').textContent(), { timeout: 30_000 }).not.toBe(original);
    await input.fill('750000');
    await expect.poll(() => figure('Expected annual loss').textContent(), { timeout: 30_000 }).toBe(original);
  });

  it('marks a loss the user chooses on the exceedance curve, with its chance', async () => {
    await page.getByLabel('Mark a loss on the curve (USD)').fill('5M');
    await page.getByRole('button', { name: 'Mark', exact: true }).click();
    const chart = page.getByRole('img', { name: /Annual loss exceedance curve/ });
    await expect.poll(async () => (await chart.getAttribute('aria-label')) ?? '', { timeout: 30_000 }).toMatch(/exceed \$5,000,000 with a \d+(\.\d)?% chance/);
    expect(await chart.locator('.recharts-reference-line').count()).toBe(3);
    await page.getByRole('button', { name: 'Remove the mark at $5,000,000' }).click();
  });

  it('switches a chart to a table of its numbers', async () => {
    const card = page.getByRole('figure', { name: 'Where the money goes' });
    await card.getByRole('button', { name: 'Show table' }).click();
    await expect.poll(() => card.getByRole('table').count()).toBe(1);
    expect(await card.getByRole('row').count()).toBeGreaterThan(6);
    await card.getByRole('button', { name: 'Show chart' }).click();
  });

  it('compares variants side by side with overlaid curves', async () => {
    await page.getByRole('button', { name: 'Duplicate variant' }).click();
    await expect.poll(() => page.getByRole('tablist', { name: 'Variants of this scenario' }).getByRole('tab', { selected: true }).textContent()).toBe('Variant 2');
    await page.getByLabel('Health records held', { exact: true }).fill('100000');
    await page.getByRole('button', { name: 'Compare variants' }).click();
    const table = page.getByRole('table', { name: /Headline figures for each variant/ });
    await table.waitFor();
    await expect.poll(async () => (await table.textContent()) ?? '', { timeout: 30_000 }).not.toMatch(/simulating/);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Figure', 'As is', 'Variant 2']);
    await page.getByTestId('compare-chart').locator('path.recharts-line-curve').nth(1).waitFor();
    await shot('compare');
    await expectNoSeriousViolations('the comparison');
    await page.getByRole('button', { name: 'Compare variants' }).click();
    await page.getByRole('tab', { name: 'As is' }).click();
  });

  it('opens presentation mode, moves with the arrow keys and closes with Escape', async () => {
    await page.getByRole('button', { name: 'Present' }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toMatch(/Slide 1 of/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => dialog.textContent()).toMatch(/Slide 2 of/);
    await shot('presentation');
    await expectNoSeriousViolations('presentation mode');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('switches to the dark theme, charts included', async () => {
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await shot('dark');
    await expectNoSeriousViolations('the dark theme');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
  });

  it('refuses a broken scenario file with every problem listed, changing nothing', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'aftermath-files-'));
    const file = path.join(folder, 'broken.aftermath.json');
    writeFileSync(file, JSON.stringify({ format: 'aftermath-scenario', version: 1, name: 'Broken', currency: 'USD', organisation: { name: 'X' }, threats: [] }));
    await page.locator('input[type=file]').setInputFiles(file);
    // The scenario has unsaved edits (the variant added earlier), so opening a file asks first.
    const unsaved = page.getByRole('alertdialog', { name: 'Unsaved changes' });
    await unsaved.waitFor();
    await unsaved.getByRole('button', { name: 'Discard changes' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/organisation\.sector is required/);
    expect(await dialog.textContent()).toMatch(/threats must have at least 1 item/);
    await shot('file-problems');
    await expectNoSeriousViolations('the file problems dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Regional hospital');
  });

  it('asks before a preset replaces unsaved work, and keeps it on Cancel', async () => {
    await page.getByLabel('Health records held', { exact: true }).fill('760000');
    await page.getByLabel('Start from a preset').selectOption('gp-practice');
    const unsaved = page.getByRole('alertdialog', { name: 'Unsaved changes' });
    await unsaved.waitFor();
    await expectNoSeriousViolations('the unsaved-changes dialog');
    await unsaved.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Regional hospital');
    expect(await page.getByLabel('Health records held', { exact: true }).inputValue()).toBe('760000');
    await page.getByLabel('Start from a preset').selectOption('gp-practice');
    await page.getByRole('alertdialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('GP practice (UK)');
    await expect.poll(() => figure('Expected annual loss').textContent(), { timeout: 30_000 }).toMatch(/£/);
    await shot('gp-practice');
  });

  it('exports the results as CSV and the exceedance chart as SVG and PNG', async () => {
    const exportAs = async (label: string) => {
      const download = page.waitForEvent('download');
      await page.getByLabel('Export', { exact: true }).selectOption({ label });
      return download;
    };
    const csv = await exportAs('Data (CSV)');
    expect(csv.suggestedFilename()).toBe('gp-practice-uk-results.csv');
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\n')[0]).toBe('section,item,statistic,value');
    expect(csvText).toMatch(/^run,currency,code,GBP$/m);
    const svg = await exportAs('Exceedance chart (SVG)');
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<\?xml/);
    expect(svgText).toMatch(/<path[^>]*stroke="rgb\(/);
    expect(svgText).not.toMatch(/var\(--/);
    const png = await exportAs('Exceedance chart (PNG)');
    await png.saveAs(path.join(RESULTS_DIR, 'export-exceedance.png'));
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(1500);
  });

  it('lists the methodology and every cited source', async () => {
    await page.getByRole('button', { name: 'Sources' }).click();
    const dialog = page.getByRole('dialog', { name: 'Methodology and sources' });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').count()).toBeGreaterThan(40);
    expect(await dialog.textContent()).toMatch(/Cost of a Data Breach Report 2026/);
    await expectNoSeriousViolations('the methodology dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('shows progress with a cancel button on a long run', async () => {
    await page.getByRole('group', { name: 'Simulation' }).or(page.locator('#section-simulation summary')).first().click();
    await page.getByLabel('Simulated years').selectOption('5000000');
    const progress = page.getByRole('progressbar', { name: 'Simulation progress' });
    await progress.waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => progress.count()).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Simulation cancelled.' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Run again' }).count()).toBe(1);
    await page.getByLabel('Simulated years').selectOption('100000');
  });

  it('logged no errors in the page', () => {
    expect(problems).toEqual([]);
  });
});
