/**
 * The XLSX writer, read back with exceljs: every cell of every sheet holds the table's value
 * exactly (numbers as numbers, never text), with the number format of its kind; the header row is
 * bold and frozen; every column has its width; text that looks like a formula stays text.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../shared/engine/runScenario';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { assumptionRows } from '../../shared/report/assumptions';
import { numberIn, type ExportTable } from '../../shared/exports/table';
import { SHEET_NAMES, workbookTables } from '../../shared/exports/workbookTables';
import { numberFormat, tablesToXlsx, workbookBytes } from '../../shared/exports/xlsxWriter';
import { hospitalWithControls } from './exportFixtures';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Checks a sheet against the table it was written from, cell by cell. */
function expectSheetToHold(sheet: ExcelJS.Worksheet, table: ExportTable): void {
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  table.columns.forEach((column, c) => {
    expect(sheet.getColumn(c + 1).width, `${table.name} column ${c + 1}`).toBe(column.width);
    expect(sheet.getRow(1).getCell(c + 1).value).toBe(column.header);
  });
  expect(sheet.actualRowCount).toBe(table.rows.length + 1);
  table.rows.forEach((cells, r) => {
    table.columns.forEach((column, c) => {
      const cell = sheet.getRow(r + 2).getCell(c + 1);
      const where = `${table.name}!${cell.address}`;
      const value = cells[c] ?? null;
      const number = numberIn(value, column);
      if (number) {
        expect(cell.type, where).toBe(ExcelJS.ValueType.Number);
        expect(cell.value, where).toBe(number.value);
        expect(cell.numFmt, where).toBe(numberFormat(number.kind, table.currency));
      } else if (value === null) {
        expect(cell.type, where).toBe(ExcelJS.ValueType.Null);
      } else {
        expect(cell.value, where).toBe(value);
      }
    });
  });
}

describe('workbookBytes', () => {
  const scenario = hospitalWithControls;
  const result = runScenario(scenario, { trials: 3_000, seed: 4 });
  const assumptions = assumptionRows(scenario, regionalHospital.provenance);
  const input = { result, scenario, assumptions, about: { appVersion: '1.2.3', scenarioSha256: 'ab'.repeat(32) }, createdAt: new Date('2025-01-02T03:04:05Z') };

  it('writes every sheet, every cell as the tables hold it, with formats, widths and a frozen bold header', async () => {
    const workbook = await readBack(await workbookBytes(input));
    const tables = workbookTables(input);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...SHEET_NAMES]);
    tables.forEach((table) => expectSheetToHold(workbook.getWorksheet(table.name)!, table));
    expect(workbook.created.toISOString()).toBe('2025-01-02T03:04:05.000Z');
    expect(workbook.creator).toBe('Aftermath');
  });

  it('stores money, probabilities, ratios and counts as numbers with their formats', async () => {
    const workbook = await readBack(await workbookBytes(input));
    const summary = workbook.getWorksheet('Summary')!;
    const row = (key: string) => summary.getRows(2, summary.actualRowCount - 1)!.find((candidate) => candidate.getCell(2).value === key)!;
    expect(row('annualLoss.p95').getCell(3)).toMatchObject({ value: result.annualLoss.p95, numFmt: '"USD "#,##0.00' });
    expect(row('probabilityOfAnyLoss').getCell(3)).toMatchObject({ value: result.probabilityOfAnyLoss, numFmt: '0.00%' });
    expect(row('event.count').getCell(3)).toMatchObject({ value: result.event.count, numFmt: '#,##0' });
    expect(row('appetite.within').getCell(3).value).toBe(result.appetite!.within);
    const categories = workbook.getWorksheet('Categories')!;
    expect(categories.getCell('D2')).toMatchObject({ value: result.categories.detection.share, numFmt: '0.0%' });
    expect(row('impact.outageDaysPerYear').getCell(3)).toMatchObject({ value: result.impact.outageDaysPerYear, numFmt: '#,##0.00' });
    expect(row('seed').getCell(3)).toMatchObject({ value: 4, numFmt: undefined });
    const assumptionsSheet = workbook.getWorksheet('Assumptions')!;
    const exposure = assumptionsSheet.getRows(2, assumptionsSheet.actualRowCount - 1)!.find((candidate) => candidate.getCell(3).value === 'threats[0].exposure.health')!;
    expect(exposure.getCell(5)).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '0.0##%' });
    const revenue = assumptionsSheet.getRows(2, assumptionsSheet.actualRowCount - 1)!.find((candidate) => candidate.getCell(3).value === 'organisation.annualRevenue')!;
    expect(revenue.getCell(4)).toMatchObject({ value: scenario.organisation.annualRevenue, numFmt: '"USD "#,##0.00' });
  });

  it('keeps text that looks like a formula as text, and writes a table with no rows as its header', async () => {
    const table: ExportTable = {
      name: 'Odd',
      currency: 'EUR',
      columns: [
        { header: 'Text', width: 12, kind: 'text' },
        { header: 'Amount (EUR)', width: 14, kind: 'money' },
      ],
      rows: [['=HYPERLINK("http://x")', 5]],
    };
    const workbook = await readBack(await tablesToXlsx([table, { ...table, name: 'Empty', rows: [] }]));
    expect(workbook.getWorksheet('Odd')!.getCell('A2')).toMatchObject({ type: ExcelJS.ValueType.String, value: '=HYPERLINK("http://x")' });
    expect(workbook.getWorksheet('Odd')!.getCell('B2').numFmt).toBe('"EUR "#,##0.00');
    expect(workbook.getWorksheet('Empty')!.actualRowCount).toBe(1);
  });
});
