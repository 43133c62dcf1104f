/**
 * The board report in a real Chromium, printed to PDF the way Electron's printToPDF does it
 * (the same DevTools call): every section present, a sensible page count, a footer with the
 * reproducibility line and "Page N of M" on every page, vector charts, no chart split across
 * pages, and the text (read back with poppler's pdftotext) holding the headline figures and the
 * summary exactly as the engine gives them for the same scenario, and every assumption's source.
 * Each page is rendered to PNG under test-results/report/ to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../shared/engine/runScenario';
import { analyseSensitivity } from '../../shared/sensitivity/analyse';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { assumptionRows } from '../../shared/report/assumptions';
import { reportProvenance } from '../../shared/report/reportProvenance';
import { sha256Hex } from '../../shared/report/sha256';
import { formatters } from '../../renderer/src/results/format';
import { headlineFigures } from '../../renderer/src/results/HeadlineFigures';
import { executiveSummary } from '../../renderer/src/report/executiveSummary';
import { RESULTS_DIR, startHarness, watchForErrors, type Harness } from './browser';

const REPORT_DIR = path.join(RESULTS_DIR, 'report');

let harness: Harness;
let page: Page;
let problems: string[];

/** Text with every run of whitespace removed: PDF lines break anywhere, even after a hyphen. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

const pdfText = (file: string, pageNumber?: number): string =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...(pageNumber ? ['-f', String(pageNumber), '-l', String(pageNumber)] : []), file, '-'], { encoding: 'utf8' });

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

async function printReport(name: string): Promise<string> {
  const file = path.join(REPORT_DIR, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  return file;
}

const results = () => page.getByRole('main', { name: 'Results' });

beforeAll(async () => {
  mkdirSync(REPORT_DIR, { recursive: true });
  harness = await startHarness();
  page = await harness.newPage();
  await page.setViewportSize({ width: 1440, height: 1000 });
  problems = watchForErrors(page);
  await page.goto(harness.baseUrl);
  await results().getByRole('group', { name: 'Expected annual loss' }).waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await harness?.close();
});

describe('the board report', () => {
  let scenario: Scenario;
  let fileText: string;
  let a4: string;

  it('is written once every figure it needs is in, for a scenario with controls, appetite and two variants', async () => {
    await page.locator('#section-controls > summary').click();
    await page.getByLabel('Endpoint detection and response', { exact: true }).selectOption('inPlace');
    await page.getByLabel('Multi-factor authentication', { exact: true }).selectOption('proposed');
    await page.getByLabel('Multi-factor authentication: cost a year (USD)', { exact: true }).fill('30000');
    await page.locator('#section-appetite > summary').click();
    await page.getByRole('button', { name: 'Add a tolerance point' }).click();
    await page.getByLabel('Point 1: a year costing more than (USD)', { exact: true }).fill('5000000');
    await page.getByLabel('Point 1: at most this chance (%)', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Duplicate variant' }).click();
    await page.getByTestId('appetite-verdict').waitFor({ timeout: 60_000 });

    // The scenario file as the app saves it: its SHA-256 must be the one the report prints.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save file' }).click();
    fileText = readFileSync((await (await download).path())!, 'utf8');
    const parsed = parseScenarioText(fileText);
    if (!parsed.ok) throw new Error('the saved scenario does not parse');
    scenario = parsed.scenario;

    await page.getByLabel('Export', { exact: true }).selectOption({ label: 'Board report (PDF)' });
    const dialog = page.getByRole('dialog', { name: 'Board report' });
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 120_000 }).toBe('Ready to save.');
    await page.getByTestId('board-report').waitFor();
    await dialog.getByLabel('A4 (210 × 297 mm)').check();
    await page.screenshot({ path: path.join(REPORT_DIR, 'preview.png') });
    a4 = await printReport('board-report-a4');
    expect(problems).toEqual([]);
  }, 240_000);

  it('has every section, a sensible page count, and A4 pages', () => {
    const text = pdfText(a4);
    for (const heading of ['Executive summary', 'Losses', 'Drivers of the loss', 'Insurance', 'Security controls', 'Compare variants', 'Assumptions', 'Appendix: how the figures are made', 'Sources cited in this report']) {
      expect(text, heading).toContain(heading);
    }
    // Only the report prints: none of the workspace around it, nor the preview's toolbar.
    for (const chrome of ['Save file', 'Start from a preset', 'Scenario name', 'Page size', 'Save as PDF', 'Show table']) expect(text, chrome).not.toContain(chrome);
    const pages = pageCount(a4);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(40);
    expect(execFileSync('pdfinfo', [a4], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
  });

  it('carries the reproducibility footer and its page number on every page', () => {
    const pages = pageCount(a4);
    const hash = sha256Hex(fileText);
    expect(pdfText(a4, 1)).toContain(hash);
    for (let number = 1; number <= pages; number += 1) {
      const text = pdfText(a4, number);
      expect(text, `page ${number}`).toContain(`Page ${number} of ${pages}`);
      expect(squeeze(text), `page ${number}`).toContain(squeeze(`Aftermath 0.1.0 · seed ${scenario.simulation?.seed ?? 1} · 100,000 simulated years · scenario SHA-256 ${hash.slice(0, 16)}`));
    }
  });

  it('states the headline figures and the summary exactly as the engine gives them', () => {
    const result = runScenario(scenario);
    const sensitivity = analyseSensitivity(scenario);
    const format = formatters(result.currency, 'en-US');
    const text = squeeze(pdfText(a4));
    for (const figure of headlineFigures(result, format)) expect(text, figure.label).toContain(squeeze(`${figure.label}${figure.value}`));
    const summary = executiveSummary({ organisation: scenario.organisation.name, result, controls: result, sensitivity }, format);
    expect(summary.map((point) => point.id)).toEqual(['year', 'tail', 'where', 'drivers', 'insurance', 'controls', 'appetite']);
    for (const point of summary) expect(text, point.title).toContain(squeeze(point.text));
    expect(summary.find((point) => point.id === 'controls')?.text).toMatch(/Multi-factor authentication/);
    expect(summary.find((point) => point.id === 'appetite')?.text).toMatch(/^(Within|Beyond) risk appetite\./);
  }, 120_000);

  it('lists every assumption with its source', () => {
    const text = squeeze(pdfText(a4));
    const rows = assumptionRows(scenario, reportProvenance(scenario));
    expect(rows.length).toBeGreaterThan(60);
    for (const row of rows) {
      expect(text, row.path).toContain(squeeze(row.label));
      expect(text, `${row.path} source`).toContain(squeeze(row.source));
    }
    expect(rows.some((row) => row.source.includes('Source:'))).toBe(true);
  });

  it('draws the charts as vectors with selectable text, none cut by a page break', async () => {
    // No raster image at all: every chart is SVG, so it stays crisp at any zoom.
    const images = execFileSync('pdfimages', ['-list', a4], { encoding: 'utf8' }).trim().split('\n');
    expect(images.length).toBe(2);
    const figures = await page.locator('[data-testid="board-report"] figure.chart').evaluateAll((nodes) =>
      nodes.map((node) => {
        const lines = (node as HTMLElement).innerText.split('\n').map((line) => line.trim()).filter(Boolean);
        const title = node.querySelector('h2, h3')?.textContent ?? '';
        const subtitle = node.querySelector('.chart-subtitle')?.textContent ?? '';
        return { title, opening: `${title}${subtitle}`, last: lines[lines.length - 1] ?? '' };
      }),
    );
    expect(figures.length).toBeGreaterThanOrEqual(8);
    const pages = Array.from({ length: pageCount(a4) }, (_, index) => squeeze(pdfText(a4, index + 1)));
    for (const figure of figures) {
      // Charts come after the executive summary, whose points share some of their titles and sentences.
      const after = pages.findIndex((text) => text.includes(squeeze('Executive summary')));
      const at = pages.findIndex((text, index) => index > after && text.includes(squeeze(figure.opening)));
      expect(at, figure.title).toBeGreaterThanOrEqual(0);
      expect(pages[at], `${figure.title} ends on the page it starts on`).toContain(squeeze(figure.last));
    }
  });

  it('prints on US Letter when chosen, and every page is rendered for a look', async () => {
    await page.getByRole('dialog', { name: 'Board report' }).getByLabel('US Letter (8.5 × 11 in)').check();
    const letter = await printReport('board-report-letter');
    expect(execFileSync('pdfinfo', [letter], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    execFileSync('pdftoppm', ['-r', '60', '-png', a4, path.join(REPORT_DIR, 'a4-page')]);
    writeFileSync(path.join(REPORT_DIR, 'scenario.aftermath.json'), fileText);
    await page.getByRole('dialog', { name: 'Board report' }).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Board report' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
