/**
 * The workbook's sheets as export tables, pure: Summary, Exceedance, Categories, Timeline,
 * Insurance, Controls (the same tables as the CSV files), then Assumptions (every input with its
 * value or range and its source, from assumptionRows) and Scenario (the scenario file as
 * path/type/value rows, enough to recreate it). xlsxWriter.ts turns them into an XLSX file.
 */
import type { ScenarioResult } from '../engine/runScenario';
import type { InputUnit } from '../model/inputCatalogue';
import type { AssumptionRow } from '../report/assumptions';
import type { Scenario } from '../scenario/schemaV1';
import { categoriesTable, controlsTable, exceedanceTable, insuranceLayersTable, timelineTable } from './resultTables';
import { scenarioRows } from './scenarioRows';
import { summaryTable, type ExportAbout } from './summaryTable';
import type { ExportCell, ExportTable, ValueKind } from './table';

export type WorkbookSources = Readonly<{
  result: ScenarioResult;
  /** The scenario the result was simulated from. */
  scenario: Scenario;
  /** assumptionRows(scenario, provenance) from shared/report/assumptions.ts. */
  assumptions: readonly AssumptionRow[];
  /** Optional facts shown in the Summary sheet's first rows. */
  about?: ExportAbout;
}>;

export const SHEET_NAMES = ['Summary', 'Exceedance', 'Categories', 'Timeline', 'Insurance', 'Controls', 'Assumptions', 'Scenario'] as const;

/** How an input's numbers are formatted: amounts in the currency, shares as percentages. */
export function kindOfUnit(unit: InputUnit | 'text'): ValueKind {
  switch (unit) {
    case 'money':
    case 'moneyPerPerson':
    case 'moneyPerDay':
    case 'moneyPerItem':
      return 'money';
    case 'share':
      return 'share';
    case 'count':
      return 'count';
    case 'text':
      return 'text';
    default:
      return 'number';
  }
}

export function assumptionsTable(assumptions: readonly AssumptionRow[], currency: string): ExportTable {
  return {
    name: 'Assumptions',
    currency,
    columns: [
      { header: 'Section', width: 32, kind: 'text' },
      { header: 'Input', width: 44, kind: 'text' },
      { header: 'Path', width: 40, kind: 'text' },
      { header: 'Value', width: 18, kind: 'number' },
      { header: 'Low', width: 16, kind: 'number' },
      { header: 'Mode', width: 16, kind: 'number' },
      { header: 'High', width: 16, kind: 'number' },
      { header: 'Distribution', width: 13, kind: 'text' },
      { header: 'PERT shape', width: 11, kind: 'number' },
      { header: 'Unit', width: 22, kind: 'text' },
      { header: 'Default or entered', width: 16, kind: 'text' },
      { header: 'Source', width: 100, kind: 'text' },
    ],
    rows: assumptions.map((row): ExportCell[] => {
      const kind = kindOfUnit(row.unit);
      const number = (value: number | null): ExportCell => (value === null ? null : { value, kind });
      const given = row.value;
      const origin = row.isDefault ? 'Model default' : 'In the file';
      const head = [row.section, row.label, row.path];
      const tail = [row.unitText, origin, row.source];
      if (given.kind === 'text') return [...head, given.value, null, null, null, null, null, ...tail];
      if (given.kind === 'number') return [...head, number(given.value), null, null, null, null, null, ...tail];
      return [...head, null, number(given.low), number(given.mode), number(given.high), given.distribution, given.gamma, ...tail];
    }),
  };
}

export function scenarioTable(scenario: Scenario, currency: string): ExportTable {
  return {
    name: 'Scenario',
    currency,
    columns: [
      { header: 'Path', width: 52, kind: 'text' },
      { header: 'Type', width: 10, kind: 'text' },
      { header: 'Value', width: 60, kind: 'number' },
    ],
    rows: scenarioRows(scenario).map((row) => [row.path, row.type, row.value]),
  };
}

/** Every sheet of the workbook, in SHEET_NAMES order. */
export function workbookTables(sources: WorkbookSources): ExportTable[] {
  const { result, scenario, assumptions } = sources;
  return [
    summaryTable(result, sources.about ?? {}),
    exceedanceTable(result),
    categoriesTable(result),
    timelineTable(result),
    insuranceLayersTable(result),
    controlsTable(result),
    assumptionsTable(assumptions, result.currency),
    scenarioTable(scenario, result.currency),
  ];
}
