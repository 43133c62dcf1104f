/**
 * The app benchmark's page probe (scripts/bench/appProbe.ts) against the real workspace, so the
 * benchmark cannot silently stop measuring: Chromium reports long tasks to it, it sees the runs
 * sent to the simulation worker and their results, and it times a change of "Annual revenue" up to
 * the frame painted with the new "Expected annual loss". What it measures is not asserted: speed
 * is measured by npm run bench, never by a test.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_TEST_ID, armChange, awaitUpdate, readProbe } from '../../scripts/bench/appProbe';
import { openAppWithProbe, startHarness, type Harness } from './browser';

let harness: Harness;
let page: Page;
let problems: string[];

beforeAll(async () => {
  harness = await startHarness();
  ({ page, problems } = await openAppWithProbe(harness));
});

afterAll(async () => {
  await harness?.close();
});

describe('the app benchmark probe', () => {
  it('is told of long tasks and of each run and result of the simulation worker', async () => {
    const probe = await page.evaluate(readProbe);
    expect(probe.supported.longTask).toBe(true);
    expect(probe.firstFiguresMs).toBeGreaterThan(0);
    expect(probe.requests.some((request) => request.kind === 'main')).toBe(true);
    expect(probe.replies.map((reply) => reply.id)).toContain(probe.requests[0]?.id);
  });

  it('times a change from its input event to the frame painted with the new figures', async () => {
    const revenue = page.getByRole('textbox', { name: /^Annual revenue/ });
    const before = await page.getByTestId(FIGURE_TEST_ID).locator('xpath=..').getAttribute('title');
    await page.evaluate(armChange, { figureTestId: FIGURE_TEST_ID, timeoutMs: 60_000 });
    await revenue.fill('312345678');
    const timing = await page.evaluate(awaitUpdate);
    expect(timing.detail).not.toBe(before);
    expect(timing.inputMs).toBeLessThan(timing.committedMs);
    expect(timing.committedMs).toBeLessThanOrEqual(timing.frameMs);
    expect(timing.frameMs).toBeLessThanOrEqual(timing.shownMs);
    const probe = await page.evaluate(readProbe);
    expect(probe.requests.some((request) => request.atMs > timing.inputMs && request.atMs < timing.shownMs)).toBe(true);
    expect(problems).toEqual([]);
  });
});
