/**
 * The Insurer view and the Insurance section in a real Chromium: the hospital's programme shows
 * the engine's numbers (checked against runScenario on the same scenario); the tower restacks
 * when a limit changes; a higher retention and an exclusion lower the recovery; a bad limit is
 * named and keeps the results; cover switched off leaves an empty state that adds cover back.
 * Every view passes an axe audit; screenshots are kept in test-results/.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../shared/engine/runScenario';
import { formatMoney } from '../../shared/format/numbers';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { RESULTS_DIR, startHarness, watchForErrors, type Harness } from './browser';
import { seriousViolations } from './accessibility';

let harness: Harness;
let page: Page;
let problems: string[];

const results = () => page.getByRole('main', { name: 'Results' });
const figure = (name: string) => results().getByRole('group', { name }).locator('.figure-value');
const recovery = () => figure('Expected recovery a year').textContent();
const insuranceSection = () => page.locator('#section-insurance');
const shot = (name: string) => page.screenshot({ path: path.join(RESULTS_DIR, `insurance-${name}.png`) });

async function expectNoSeriousViolations(view: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) console.error(violations.join('\n'));
  expect(violations, `axe on ${view}`).toEqual([]);
}

/** Types a value into an input found by its label and waits for the recovery to move. */
async function changeAndWaitForRecovery(label: string, value: string): Promise<{ before: string | null; after: string | null }> {
  const before = await recovery();
  await insuranceSection().getByLabel(label, { exact: true }).fill(value);
  await expect.poll(recovery, { timeout: 30_000 }).not.toBe(before);
  return { before, after: await recovery() };
}

const compactAmount = (text: string | null): number => {
  const match = /\$([\d.]+)([KMB]?)/.exec(text ?? '');
  if (!match) throw new Error(`not an amount: ${text}`);
  return Number(match[1]) * ({ K: 1e3, M: 1e6, B: 1e9 }[match[2] as 'K' | 'M' | 'B'] ?? 1);
};

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.newPage();
  await page.setViewportSize({ width: 1440, height: 2400 });
  problems = watchForErrors(page);
  await page.goto(harness.baseUrl);
  await results().getByRole('group', { name: 'Expected annual loss' }).waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await harness?.close();
});

describe('the Insurer view', () => {
  it('shows the hospital’s tower, curves, quote and coverage gap with the engine’s numbers', async () => {
    await page.getByRole('tab', { name: 'Insurer view' }).click();
    await page.getByTestId('tower-chart').waitFor({ timeout: 30_000 });
    for (const id of ['tower-chart', 'insurance-curves-chart', 'coverage-gap-chart', 'quote-table']) {
      expect(await page.getByTestId(id).count(), id).toBe(1);
    }
    const expected = runScenario(regionalHospital.scenario).insurance;
    expect(expected).not.toBeNull();
    expect(await recovery()).toBe(formatMoney(expected!.expectedRecovery, 'USD', 'en-US', 'compact'));
    const primaryRow = page.getByTestId('quote-table').getByRole('row', { name: /^Primary/ });
    await expect.poll(() => primaryRow.textContent()).toContain(formatMoney(expected!.layers[0]!.expectedLoss, 'USD', 'en-US', 'full'));
    expect(await page.getByTestId('tower-chart').getAttribute('aria-label')).toContain('Excess, $5,000,000 excess of $5,000,000');
    await shot('hospital');
    await expectNoSeriousViolations('the Insurer view');
  });

  it('moves the layers above when a limit changes, and pays more', async () => {
    const { before, after } = await changeAndWaitForRecovery('Primary: limit (USD)', '6000000');
    expect(compactAmount(after)).toBeGreaterThan(compactAmount(before));
    await expect.poll(() => page.getByTestId('layer-1-attachment').textContent()).toBe('Attaches at $6,000,000, where Primary ends.');
  });

  it('pays less with a higher retention', async () => {
    const { before, after } = await changeAndWaitForRecovery('Retention per incident (USD)', '2000000');
    expect(compactAmount(after)).toBeLessThan(compactAmount(before));
  });

  it('pays less when business disruption is excluded, and the gap chart says why', async () => {
    const before = await recovery();
    await insuranceSection().getByRole('checkbox', { name: 'Business disruption' }).uncheck();
    await expect.poll(recovery, { timeout: 30_000 }).not.toBe(before);
    expect(compactAmount(await recovery())).toBeLessThan(compactAmount(before));
    const gap = page.getByRole('figure', { name: 'What stays with the organisation' });
    await gap.getByRole('button', { name: 'Show table' }).click();
    await expect.poll(() => gap.getByRole('row', { name: /Excluded cover/ }).count()).toBe(1);
    await gap.getByRole('button', { name: 'Show chart' }).click();
  });

  it('names a bad limit where it was typed and keeps the last results', async () => {
    const settled = await recovery();
    const limit = insuranceSection().getByLabel('Excess: limit (USD)', { exact: true });
    await limit.fill('0');
    await expect.poll(() => insuranceSection().getByRole('alert').filter({ hasText: 'must be > 0' }).count()).toBeGreaterThan(0);
    expect(await recovery()).toBe(settled);
    await shot('invalid-limit');
    await limit.fill('5000000');
    await expect.poll(() => insuranceSection().getByRole('alert').filter({ hasText: 'must be > 0' }).count()).toBe(0);
  });

  it('shows an empty state without cover, and adds cover sized to the organisation from it', async () => {
    await insuranceSection().getByRole('checkbox', { name: 'The organisation has cyber insurance' }).uncheck();
    const add = results().getByRole('button', { name: 'Add cover sized to this organisation' });
    await add.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('tab', { name: /Insurer view/ }).textContent()).toContain('no cover');
    await expectNoSeriousViolations('the Insurer view without cover');
    await add.click();
    await page.getByTestId('tower-chart').waitFor({ timeout: 30_000 });
    expect(await recovery()).toMatch(/\$\d/);
    // The hospital's revenue puts it in the 100-500-bed band: a 5M primary over a 250K retention.
    expect(await insuranceSection().getByLabel('Primary: limit (USD)', { exact: true }).inputValue()).toBe('5,000,000');
    expect(await insuranceSection().getByLabel('Retention per incident (USD)', { exact: true }).inputValue()).toBe('250,000');
  });

  it('logged no errors in the page', () => {
    expect(problems).toEqual([]);
  });
});
