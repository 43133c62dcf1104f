/**
 * The per-table CSV files: each is one export table as RFC 4180 CSV (a header row, CRLF line
 * ends, text quoted when it holds a comma, quote or line break, formula-like text made safe by
 * csvCell). Numbers are written as plain decimals at full precision (never an exponent), so
 * they read back exactly: probabilities and ratios as fractions (0.05, not 5%), money as
 * amounts in the currency its header names. An empty field is a figure that does not apply.
 */
import type { ScenarioResult } from '../engine/runScenario';
import { csvCell, plainNumber } from '../format/csv';
import { categoriesTable, controlsTable, exceedanceTable, insuranceLayersTable, timelineTable } from './resultTables';
import { summaryTable, type ExportAbout } from './summaryTable';
import { numberIn, type ExportCell, type ExportColumn, type ExportTable } from './table';

export const CSV_LINE_END = '\r\n';

function fieldText(cell: ExportCell, column: ExportColumn): string {
  const number = numberIn(cell, column);
  if (number) return plainNumber(number.value);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return typeof cell === 'string' ? csvCell(cell) : '';
}

export function tableCsv(table: ExportTable): string {
  const lines = [table.columns.map((column) => csvCell(column.header)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((column, i) => fieldText(row[i] ?? null, column)).join(','));
  return lines.map((line) => line + CSV_LINE_END).join('');
}

/** `about` adds the Aftermath version and the scenario's SHA-256 as the workbook's Summary has them. */
export const summaryPercentilesCsv = (result: ScenarioResult, about: ExportAbout = {}): string => tableCsv(summaryTable(result, about));
export const exceedanceCsv = (result: ScenarioResult): string => tableCsv(exceedanceTable(result));
export const categoriesCsv = (result: ScenarioResult): string => tableCsv(categoriesTable(result));
export const timelineCsv = (result: ScenarioResult): string => tableCsv(timelineTable(result));
export const insuranceLayersCsv = (result: ScenarioResult): string => tableCsv(insuranceLayersTable(result));
export const controlsCsv = (result: ScenarioResult): string => tableCsv(controlsTable(result));

/** The per-table files in the order they are written, with their file names. */
export const CSV_FILES: readonly Readonly<{ fileName: string; csv: (result: ScenarioResult, about?: ExportAbout) => string }>[] = [
  { fileName: 'summary.csv', csv: summaryPercentilesCsv },
  { fileName: 'exceedance.csv', csv: exceedanceCsv },
  { fileName: 'categories.csv', csv: categoriesCsv },
  { fileName: 'timeline.csv', csv: timelineCsv },
  { fileName: 'insurance-layers.csv', csv: insuranceLayersCsv },
  { fileName: 'controls.csv', csv: controlsCsv },
];

/** Every per-table file for a result: name and text, in CSV_FILES order. */
export function csvFiles(result: ScenarioResult, about: ExportAbout = {}): { fileName: string; text: string }[] {
  return CSV_FILES.map((file) => ({ fileName: file.fileName, text: file.csv(result, about) }));
}
