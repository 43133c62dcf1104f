/**
 * A main run on two threads in the real page: the preview server makes the page cross-origin
 * isolated, so on two cores or more a run of LONG_RUN_TRIALS years or more (here the first such
 * choice, 1,000,000) is shared between the simulation worker and its helper
 * (renderer/src/simulation/lanes.ts; shorter runs stay on one thread on a two-core machine,
 * usesHelper). The run's result says how many threads simulated it (read through the bench's
 * probe of the page's workers), and the figure shown must be the engine's own for those years
 * (test/renderer/lanes.test.ts checks the same bit for bit in one process).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRIALS, runScenario } from '../../shared/engine/runScenario';
import { formatMoney } from '../../shared/format/numbers';
import { DEFAULT_PRESET_ID, findPreset } from '../../shared/presets';
import { LONG_RUN_TRIALS } from '../../renderer/src/simulation/runQueue';
import { TRIAL_CHOICES } from '../../renderer/src/shell/SimulationSettings';
import { usesHelper } from '../../renderer/src/simulation/lanes';
import { readProbe } from '../../scripts/bench/appProbe';
import { openAppWithProbe, startHarness, type Harness } from './browser';

let harness: Harness;
let page: Page;
let problems: string[];

/** The smallest choice of simulated years that runs on two threads. */
const LONG_TRIALS = TRIAL_CHOICES.find((trials) => trials >= LONG_RUN_TRIALS) ?? LONG_RUN_TRIALS;

const expectedLoss = () => page.getByRole('main', { name: 'Results' }).getByRole('group', { name: 'Expected annual loss' });

beforeAll(async () => {
  harness = await startHarness();
  ({ page, problems } = await openAppWithProbe(harness));
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe('a long main run in the page', () => {
  it('can share memory between its workers', async () => {
    expect(await page.evaluate(() => globalThis.crossOriginIsolated && typeof SharedArrayBuffer === 'function')).toBe(true);
  });

  it(`shows the engine's expected annual loss for ${LONG_TRIALS.toLocaleString('en-US')} years, simulated on two threads`, async () => {
    const preset = findPreset(DEFAULT_PRESET_ID);
    if (!preset) throw new Error('no built-in hospital');
    const years = LONG_TRIALS.toLocaleString('en-US');
    await page.locator('#section-simulation > summary').click();
    await page.getByLabel('Simulated years', { exact: true }).selectOption(String(LONG_TRIALS));
    await expect.poll(() => expectedLoss().textContent(), { timeout: 60_000 }).toContain(`over ${years} simulated years`);
    const expected = runScenario(preset.scenario, { trials: LONG_TRIALS });
    expect(await expectedLoss().textContent()).toContain(`over ${years} simulated years: ${formatMoney(expected.annualLoss.mean, 'USD', 'en-US')}`);
    // The helper took part (on two cores or more; one core never starts it).
    const probe = await page.evaluate(readProbe);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency || 1);
    const run = probe.requests.findLast((request) => request.kind === 'main');
    const reply = probe.replies.find((item) => item.id === run?.id);
    expect(reply?.threads).toBe(usesHelper(LONG_TRIALS, cores) ? 2 : 1);
    expect(usesHelper(LONG_TRIALS, cores)).toBe(cores >= 2);
    // The first run, at the default years, stayed on one thread on two cores.
    const first = probe.replies.find((item) => item.id === probe.requests.find((request) => request.kind === 'main')?.id);
    expect(first?.threads).toBe(usesHelper(DEFAULT_TRIALS, cores) ? 2 : 1);
  }, 120_000);

  it('logged no errors in the page', () => {
    expect(problems).toEqual([]);
  });
});
