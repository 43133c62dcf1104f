/**
 * Controls, what drives the loss, and risk appetite in a real Chromium: marking controls in
 * place and proposed, the Controls view with the engine's numbers (checked against runScenario
 * on the same scenario), the tornado with its top drivers named, appetite points with a verdict
 * on the overview and in the comparison of variants. Every view passes an axe audit;
 * screenshots are kept in test-results/.
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
/** "$1.29M" as a number. */
const amount = (text: string | null): number => {
  const match = /\$([\d.]+)([KMB]?)/.exec(text ?? '');
  if (!match) throw new Error(`not an amount: ${text}`);
  return Number(match[1]) * ({ K: 1e3, M: 1e6, B: 1e9 }[match[2] as 'K' | 'M' | 'B'] ?? 1);
};
const shot = (name: string) => page.screenshot({ path: path.join(RESULTS_DIR, `controls-${name}.png`) });

async function expectNoSeriousViolations(view: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) console.error(violations.join('\n'));
  expect(violations, `axe on ${view}`).toEqual([]);
}

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

describe('controls', () => {
  it('marks controls in place and proposed, and the expected loss falls with a control in place', async () => {
    const figure = () => results().getByRole('group', { name: 'Expected annual loss' }).locator('.figure-value').textContent();
    const before = await figure();
    await page.locator('#section-controls > summary').click();
    await page.getByLabel('Endpoint detection and response', { exact: true }).selectOption('inPlace');
    await expect.poll(figure, { timeout: 30_000 }).not.toBe(before);
    expect(amount(await figure())).toBeLessThan(amount(before));
    await page.getByLabel('Multi-factor authentication', { exact: true }).selectOption('proposed');
    await page.getByLabel('Multi-factor authentication: cost a year (USD)', { exact: true }).fill('30000');
    await page.getByRole('region', { name: 'Control: Multi-factor authentication' }).getByText('Effects (3), each with its source').click();
    await expect.poll(() => page.getByText('Multi-factor authentication: effect on ransomware incidents a year').count()).toBeGreaterThan(0);
    await expectNoSeriousViolations('the controls section');
  });

  it('values each control with the engine’s numbers in the Controls view', async () => {
    await page.getByRole('tab', { name: 'Controls' }).click();
    await page.getByTestId('control-value-chart').waitFor({ timeout: 60_000 });
    const scenario = {
      ...regionalHospital.scenario,
      controls: [
        { id: 'edr' as const, status: 'inPlace' as const },
        { id: 'mfa' as const, status: 'proposed' as const, annualCost: 30_000 },
      ],
    };
    const expected = runScenario(scenario).controls!;
    const card = page.getByRole('figure', { name: 'What each control is worth' });
    await card.getByRole('button', { name: 'Show table' }).click();
    const mfa = card.getByRole('row', { name: /^Multi-factor authentication/ });
    await expect.poll(() => mfa.textContent()).toContain(formatMoney(expected[1]!.aleReduction, 'USD', 'en-US', 'full'));
    expect(await mfa.textContent()).toContain('Proposed');
    expect(await card.getByRole('row', { name: /^Endpoint detection and response/ }).textContent()).toContain(formatMoney(expected[0]!.aleReduction, 'USD', 'en-US', 'full'));
    await card.getByRole('button', { name: 'Show chart' }).click();
    expect(await page.getByTestId('combination-chart').count()).toBe(1);
    await shot('controls-view');
    await expectNoSeriousViolations('the Controls view');
  });

  it('names the top drivers of the loss in the tornado', async () => {
    await page.getByRole('tab', { name: 'What drives the loss' }).click();
    const tornado = page.getByRole('figure', { name: 'What drives the loss' });
    await tornado.waitFor({ timeout: 90_000 });
    await expect.poll(() => tornado.textContent(), { timeout: 90_000 }).toMatch(/What moves the expected annual loss most: Ransomware: events a year/);
    expect(await page.getByTestId('correlation-table').getByRole('row').count()).toBeGreaterThan(10);
    await shot('drivers');
    await expectNoSeriousViolations('the drivers view');
  });
});

describe('risk appetite', () => {
  it('draws the tolerance with a verdict on the overview', async () => {
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.locator('#section-appetite > summary').click();
    await page.getByRole('button', { name: 'Add a tolerance point' }).click();
    await page.getByLabel('Point 1: a year costing more than (USD)', { exact: true }).fill('1000000000');
    await page.getByLabel('Point 1: at most this chance (%)', { exact: true }).fill('1');
    const verdict = page.getByTestId('appetite-verdict');
    await expect.poll(() => verdict.textContent(), { timeout: 30_000 }).toMatch(/^Within risk appetite\./);
    await page.getByLabel('Point 1: a year costing more than (USD)', { exact: true }).fill('100000');
    await page.getByLabel('Point 1: at most this chance (%)', { exact: true }).fill('0.1');
    await expect.poll(() => verdict.textContent(), { timeout: 30_000 }).toMatch(/^Beyond risk appetite\./);
    // The charts follow the headline figures a moment later, one per task.
    await expect
      .poll(() => page.getByTestId('exceedance-chart').getAttribute('aria-label'), { timeout: 30_000 })
      .toMatch(/Risk appetite: at most 0\.1% chance of more than \$100,000; simulated [\d.]+%, beyond\./);
    await shot('appetite');
    await expectNoSeriousViolations('the overview with appetite');
  });

  it('gives every variant its own verdict in the comparison', async () => {
    await page.getByRole('button', { name: 'Duplicate variant' }).click();
    await page.getByRole('button', { name: 'Compare variants' }).click();
    const table = page.getByRole('table', { name: /Headline figures for each variant/ });
    await expect.poll(async () => (await table.getByRole('row', { name: /^Risk appetite/ }).textContent()) ?? '', { timeout: 30_000 }).toMatch(/beyond.*beyond/);
    await shot('compare');
    await page.getByRole('button', { name: 'Compare variants' }).click();
  });

  it('logged no errors in the page', () => {
    expect(problems).toEqual([]);
  });
});
