/**
 * The header row of a portfolio CSV: which column is the id, the preset, the sector, the name,
 * the revenue, a record count (`records.health`...), or an override by scenario path
 * (`insurance.retention`, `threats[0].frequency`: any header with a dot or a bracket). Anything
 * else is refused for the whole file, naming the column and the nearest known name, because a
 * misspelt column would otherwise be ignored on every row.
 */
import { RECORD_TYPES } from '../model/vocabulary';
import { formatPath, nearest } from '../scenario/issues';
import { scenarioSchemaV1 } from '../scenario/schemaV1';
import { isPathPrefix, parseScenarioPath, type PathSegment } from './scenarioPath';

export const PLAIN_COLUMNS = ['id', 'preset', 'sector', 'name', 'revenue'] as const;
export type ColumnKind = (typeof PLAIN_COLUMNS)[number] | 'record' | 'path';

export type Column = Readonly<{
  /** 1-based, as a spreadsheet user counts. */
  number: number;
  header: string;
  kind: ColumnKind;
  /** Where in the scenario the column's value goes (none for id and preset). */
  path: readonly PathSegment[] | undefined;
}>;

export type HeaderResult = Readonly<{ ok: true; columns: readonly Column[] }> | Readonly<{ ok: false; problems: readonly string[] }>;

const TARGETS: Readonly<Partial<Record<ColumnKind, readonly PathSegment[]>>> = {
  sector: ['organisation', 'sector'],
  name: ['organisation', 'name'],
  revenue: ['organisation', 'annualRevenue'],
};
const RECORD_COLUMNS = RECORD_TYPES.map((type) => `records.${type}`);
const SCENARIO_FIELDS = Object.keys(scenarioSchemaV1.shape);
const KNOWN = `${PLAIN_COLUMNS.join(', ')}, records.<type>`;

function describe(number: number, header: string): string {
  return `column ${number} ("${header}")`;
}

function classify(number: number, header: string): Column | string {
  const column = (kind: ColumnKind, path: readonly PathSegment[] | undefined): Column => ({ number, header, kind, path });
  if ((PLAIN_COLUMNS as readonly string[]).includes(header)) return column(header as ColumnKind, TARGETS[header as ColumnKind]);
  if (!/[.[\]]/.test(header)) {
    const suggestion = nearest(header, [...PLAIN_COLUMNS, ...RECORD_COLUMNS]);
    return `${describe(number, header)} is not a known column${suggestion ? `; did you mean "${suggestion}"?` : '.'} Known columns: ${KNOWN}; any other column is a scenario path with a dot or bracket, such as insurance.retention or threats[0].frequency`;
  }
  if (header.startsWith('records.')) {
    const type = header.slice('records.'.length);
    if ((RECORD_TYPES as readonly string[]).includes(type)) return column('record', ['organisation', 'records', type]);
    const suggestion = nearest(header, RECORD_COLUMNS);
    return `${describe(number, header)} is not a record type${suggestion ? `; did you mean "${suggestion}"?` : ''} (record columns: ${RECORD_COLUMNS.join(', ')})`;
  }
  const path = parseScenarioPath(header);
  if (!path) return `${describe(number, header)} is not a scenario path; write it like insurance.retention or threats[0].frequency`;
  const top = String(path[0]);
  if (!SCENARIO_FIELDS.includes(top)) {
    const suggestion = nearest(top, SCENARIO_FIELDS);
    return `${describe(number, header)} does not start with a scenario field${suggestion ? `; did you mean "${suggestion}"?` : ''} (fields: ${SCENARIO_FIELDS.join(', ')})`;
  }
  return column('path', path);
}

export function readHeader(cells: readonly string[]): HeaderResult {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === '') width -= 1;
  const problems: string[] = [];
  const columns: Column[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < width; i += 1) {
    const header = cells[i] ?? '';
    const number = i + 1;
    if (header === '') {
      problems.push(`column ${number} has no name in the header row`);
      continue;
    }
    const earlier = seen.get(header);
    if (earlier !== undefined) {
      problems.push(`${describe(number, header)} repeats the header of column ${earlier}`);
      continue;
    }
    seen.set(header, number);
    const result = classify(number, header);
    if (typeof result === 'string') problems.push(result);
    else columns.push(result);
  }
  for (const column of columns) {
    const path = column.path;
    if (!path) continue;
    const same = columns.find((other) => other !== column && other.number < column.number && other.path && isPathPrefix(other.path, path) && isPathPrefix(path, other.path));
    if (same) problems.push(`${describe(column.number, column.header)} sets ${formatPath(path)}, as column ${same.number} ("${same.header}") does; keep one of them`);
  }
  if (!seen.has('id')) {
    problems.push(`has no id column: the header row must name one (it names ${cells.slice(0, width).filter((cell) => cell !== '').map((cell) => `"${cell}"`).join(', ') || 'nothing'})`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns };
}
