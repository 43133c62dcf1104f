/**
 * What the app's data exports write, built from one result and its scenario: the all-in-one CSV,
 * the per-table CSV files, the workbook and the raw per-year losses. Each export is made from the
 * result with the controls valued (when the scenario lists any), so the files hold the same
 * figures as the report and as `aftermath export` for the same file, seed and years.
 */
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import type { Scenario } from '../../../shared/scenario/schemaV1';
import { formatCsv } from '../../../shared/exports/summaryCsv';
import { csvFiles } from '../../../shared/exports/tableCsv';
import { rawAnnualLossesCsvByteLength } from '../../../shared/exports/rawAnnualLosses';
import { assumptionRows } from '../../../shared/report/assumptions';
import { reportProvenance } from '../../../shared/report/reportProvenance';
import { scenarioHash } from '../../../shared/report/fingerprint';
import type { WorkbookInput } from '../../../shared/exports/xlsxWriter';

export const DATA_EXPORT_KINDS = ['csv', 'csvTables', 'xlsx', 'raw'] as const;
export type DataExportKind = (typeof DATA_EXPORT_KINDS)[number];

export const DATA_EXPORT_LABELS: Readonly<Record<DataExportKind, string>> = {
  csv: 'the data (CSV)',
  csvTables: 'the CSV tables',
  xlsx: 'the workbook',
  raw: 'the raw annual losses',
};

export type ExportSource = Readonly<{ result: ScenarioResult; scenario: Scenario; appVersion: string }>;

export function workbookInput(source: ExportSource): WorkbookInput {
  return {
    result: source.result,
    scenario: source.scenario,
    assumptions: assumptionRows(source.scenario, reportProvenance(source.scenario)),
    about: { appVersion: source.appVersion, scenarioSha256: scenarioHash(source.scenario) },
  };
}

export function tidyCsv(source: ExportSource): string {
  return formatCsv(source.result);
}

export function tableFiles(source: ExportSource): { name: string; data: string }[] {
  return csvFiles(source.result, { appVersion: source.appVersion, scenarioSha256: scenarioHash(source.scenario) }).map((file) => ({ name: file.fileName, data: file.text }));
}

/** A byte count in words: 812 bytes, 48.2 KB, 1.9 MB (decimal units, as file managers show them). */
export function sizeInWords(bytes: number, locale: string | undefined): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1000) return `${bytes.toLocaleString(locale)} bytes`;
  if (bytes < 1e6) return format(bytes / 1e3, 'KB');
  if (bytes < 1e9) return format(bytes / 1e6, 'MB');
  return format(bytes / 1e9, 'GB');
}

/** What the raw file will be, said before it is written: rows and exact size. */
export function rawFileSentence(annualLosses: Float64Array, currency: string, locale: string | undefined): string {
  const bytes = rawAnnualLossesCsvByteLength(annualLosses, currency);
  return `The file lists the loss of each of the ${annualLosses.length.toLocaleString(locale)} simulated years, one row each, and is ${sizeInWords(bytes, locale)} (${bytes.toLocaleString(locale)} bytes).`;
}
