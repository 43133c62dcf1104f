/**
 * A table to export, described once and written twice: as a CSV file (tableCsv.ts) and as a
 * sheet of the workbook (xlsxWriter.ts), so the two can never disagree. Values stay plain
 * numbers; each column (or a single cell) says what kind of number it holds, and the writer
 * picks the format: money in the scenario's currency, probabilities and ratios as percentages.
 */

/**
 * money: an amount in the table's currency; probability: a chance from 0 to 1; ratio: a share
 * or ratio that reads as a percentage (1 = 100%) but is not a probability; share: an input
 * share (of records, of operations), a percentage shown to as many places as it was entered
 * with (up to three); count: a whole
 * number of things; decimal: a computed figure shown to two decimals (a mean a year, a payback
 * in years); number: any other number, shown as it is (an input as entered, a seed); text: words.
 */
export type ValueKind = 'money' | 'probability' | 'ratio' | 'share' | 'count' | 'decimal' | 'number' | 'text';

export type ExportColumn = Readonly<{
  /** The header as written in the CSV file and on the sheet, units included: "Limit (USD)". */
  header: string;
  /** Column width on the sheet, in characters; at least 10 (exceljs leaves out a width of 9, its default). */
  width: number;
  /** How the column's numbers are formatted, unless a cell says otherwise. */
  kind: ValueKind;
}>;

/** A number whose kind differs from its column's (the Summary and Assumptions sheets mix kinds in one column). */
export type KindedNumber = Readonly<{ value: number; kind: ValueKind }>;

/** null is an empty cell: a figure that does not apply (a layer with no premium). */
export type ExportCell = string | number | boolean | KindedNumber | null;

export type ExportTable = Readonly<{
  /** The sheet's name in the workbook: Summary, Exceedance... */
  name: string;
  /** ISO 4217 code of every money value in the table. */
  currency: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
}>;

/** The number in a cell and its kind (its own, else the column's); undefined for text, booleans and empty cells. */
export function numberIn(cell: ExportCell, column: ExportColumn): KindedNumber | undefined {
  if (typeof cell === 'number') return { value: cell, kind: column.kind };
  if (cell !== null && typeof cell === 'object') return cell;
  return undefined;
}

/** A money column's header with the currency code: "Limit (USD)". */
export const moneyHeader = (label: string, currency: string): string => `${label} (${currency})`;
