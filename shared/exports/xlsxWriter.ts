/**
 * The workbook as XLSX bytes, written with exceljs; runs the same in Node (the CLI) and in the
 * page (the app), and touches no file: the caller saves the bytes.
 *
 * Call `workbookBytes(input)` with a `WorkbookInput`:
 *   - `result`: the ScenarioResult of runScenario(scenario, options) (controls valued, the
 *     default, so the Controls sheet is filled when the scenario lists controls);
 *   - `scenario`: the validated Scenario that result came from (the Scenario sheet);
 *   - `assumptions`: assumptionRows(scenario, provenance) from shared/report/assumptions.ts;
 *   - `about` (optional): `{ appVersion, scenarioSha256 }`, shown at the top of Summary;
 *   - `createdAt` (optional): the workbook's creation date; default now.
 * Sheets (in this order): Summary, Exceedance, Categories, Timeline, Insurance, Controls,
 * Assumptions, Scenario; docs/exports.md describes every column. Every number is stored as a
 * number: money with the format `"USD "#,##0.00` (the scenario's currency), probabilities
 * `0.00%`, ratios `0.0%`, input shares `0.0##%`, counts `#,##0`, computed decimals `#,##0.00`, other numbers as
 * entered (General); the header row is bold and frozen, and every column has a width.
 */
import ExcelJS from 'exceljs';
import { numberIn, type ExportTable, type ValueKind } from './table';
import { workbookTables, type WorkbookSources } from './workbookTables';

export type WorkbookInput = WorkbookSources & Readonly<{ createdAt?: Date }>;

/** The number format of a kind of value; undefined leaves Excel's General format. */
export function numberFormat(kind: ValueKind, currency: string): string | undefined {
  switch (kind) {
    case 'money':
      return `"${currency} "#,##0.00`;
    case 'probability':
      return '0.00%';
    case 'ratio':
      return '0.0%';
    case 'share':
      return '0.0##%';
    case 'count':
      return '#,##0';
    case 'decimal':
      return '#,##0.00';
    default:
      return undefined;
  }
}

function addSheet(workbook: ExcelJS.Workbook, table: ExportTable): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  table.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 2);
    table.columns.forEach((column, c) => {
      const value = cells[c] ?? null;
      if (value === null) return;
      const cell = row.getCell(c + 1);
      const number = numberIn(value, column);
      if (number) {
        cell.value = number.value;
        const format = numberFormat(number.kind, table.currency);
        if (format !== undefined) cell.numFmt = format;
      } else {
        cell.value = value as string | boolean;
      }
    });
  });
  if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}

/** Any export tables as an XLSX workbook, one sheet each, in order. */
export async function tablesToXlsx(tables: readonly ExportTable[], createdAt: Date = new Date()): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Aftermath';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  for (const table of tables) addSheet(workbook, table);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The whole workbook for one result: see the top of this file for the input. */
export function workbookBytes(input: WorkbookInput): Promise<Uint8Array> {
  return tablesToXlsx(workbookTables(input), input.createdAt);
}
