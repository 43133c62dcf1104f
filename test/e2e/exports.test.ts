/**
 * The app's data exports in a real Chromium: the workbook, the CSV tables and the raw per-year
 * losses, each read back and checked, to the cent, against the engine run in Node on the scenario
 * file the app saved, and against the figure the app shows. The raw file's size is stated before
 * it is written and the written file has exactly that size.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario, type ScenarioResult } from '../../shared/engine/runScenario';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { workbookTables } from '../../shared/exports/workbookTables';
import { csvFiles } from '../../shared/exports/tableCsv';
import { numberIn } from '../../shared/exports/table';
import { formatMoney } from '../../shared/format/numbers';
import { scenarioHash } from '../../shared/report/fingerprint';
import { workbookInput } from '../../renderer/src/shell/dataExports';
import { RESULTS_DIR, startHarness, watchForErrors, type Harness } from './browser';

let harness: Harness;
let page: Page;
let problems: string[];
let scenario: Scenario;
let expected: ScenarioResult;

const CENT = 0.005;
const results = () => page.getByRole('main', { name: 'Results' });

async function exportAs(label: string): Promise<Download> {
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByLabel('Export', { exact: true }).selectOption({ label });
  return download;
}

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.newPage();
  await page.setViewportSize({ width: 1440, height: 1000 });
  problems = watchForErrors(page);
  await page.goto(harness.baseUrl);
  await results().getByRole('group', { name: 'Expected annual loss' }).waitFor({ timeout: 60_000 });
  await page.locator('#section-controls > summary').click();
  await page.getByLabel('Multi-factor authentication', { exact: true }).selectOption('proposed');
  await page.getByLabel('Multi-factor authentication: cost a year (USD)', { exact: true }).fill('30000');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save file' }).click();
  const parsed = parseScenarioText(readFileSync((await (await download).path())!, 'utf8'));
  if (!parsed.ok) throw new Error('the saved scenario does not parse');
  scenario = parsed.scenario;
  expected = runScenario(scenario);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('data exports from the app', () => {
  it('writes the workbook with every figure the engine gives, to the cent, and the figure on screen', async () => {
    const download = await exportAs('Workbook (XLSX)');
    expect(download.suggestedFilename()).toBe('regional-hospital-workbook.xlsx');
    await download.saveAs(path.join(RESULTS_DIR, 'export-workbook.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const tables = workbookTables({ ...workbookInput({ result: expected, scenario, appVersion: '0.1.0' }) });
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(tables.map((table) => table.name));
    for (const table of tables) {
      const sheet = workbook.getWorksheet(table.name)!;
      table.rows.forEach((cells, r) => {
        table.columns.forEach((column, c) => {
          const want = cells[c] ?? null;
          const got = sheet.getRow(r + 2).getCell(c + 1).value;
          const number = want === null ? undefined : numberIn(want, column);
          if (number) {
            expect(typeof got, `${table.name} row ${r + 2} column ${c + 1}`).toBe('number');
            expect(Math.abs((got as number) - number.value), `${table.name} row ${r + 2} column ${c + 1}`).toBeLessThan(CENT);
          } else if (want !== null && table.name !== 'Summary') {
            expect(got, `${table.name} row ${r + 2} column ${c + 1}`).toEqual(want);
          }
        });
      });
    }
    const controls = workbook.getWorksheet('Controls')!;
    expect(controls.rowCount).toBeGreaterThan(1);
    // The mean on the Summary sheet is the one the app shows in words.
    const detail = await results().getByRole('group', { name: 'Expected annual loss' }).textContent();
    expect(detail).toContain(formatMoney(expected.annualLoss.mean, 'USD', 'en-US'));
  }, 180_000);

  it('writes one CSV per table, each matching the engine to the cent', async () => {
    const want = csvFiles(expected, { appVersion: '0.1.0', scenarioSha256: scenarioHash(scenario) });
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.getByLabel('Export', { exact: true }).selectOption({ label: 'CSV tables, one file each' });
    await expect.poll(() => downloads.length, { timeout: 120_000 }).toBe(want.length);
    for (const file of want) {
      const download = downloads.find((item) => item.suggestedFilename() === `regional-hospital-${file.fileName}`);
      expect(download, file.fileName).toBeDefined();
      const got = parseCsv(readFileSync((await download!.path())!, 'utf8'));
      const reference = parseCsv(file.text);
      expect(got.length, file.fileName).toBe(reference.length);
      reference.forEach((row, r) =>
        row.forEach((cell, c) => {
          const mine = got[r]?.[c] ?? '';
          if (cell !== '' && Number.isFinite(Number(cell))) expect(Math.abs(Number(mine) - Number(cell)), `${file.fileName} ${r}:${c}`).toBeLessThan(CENT);
          else expect(mine, `${file.fileName} ${r}:${c}`).toBe(cell);
        }),
      );
    }
  }, 180_000);

  it('states the raw file’s size before writing it, and writes exactly that', async () => {
    await page.getByLabel('Export', { exact: true }).selectOption({ label: 'Raw annual losses (CSV)' });
    const dialog = page.getByRole('dialog', { name: 'Save the raw annual losses?' });
    await dialog.waitFor({ timeout: 120_000 });
    const sentence = (await dialog.textContent()) ?? '';
    expect(sentence).toMatch(/each of the 100,000 simulated years, one row each, and is [\d.]+ MB \([\d,]+ bytes\)/);
    const bytes = Number(/\(([\d,]+) bytes\)/.exec(sentence)![1]!.replace(/,/g, ''));
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const text = readFileSync((await (await download).path())!);
    expect(text.byteLength).toBe(bytes);
    const rows = parseCsv(text.toString('utf8'));
    expect(rows[0]).toEqual(['Year', 'Annual loss (USD)']);
    expect(rows.length).toBe(100_001);
    const losses = rows.slice(1).map((row) => Number(row[1]));
    const mean = losses.reduce((sum, loss) => sum + loss, 0) / losses.length;
    expect(Math.abs(mean - expected.annualLoss.mean)).toBeLessThan(CENT);
    expect(problems).toEqual([]);
  }, 180_000);
});
