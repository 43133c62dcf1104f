/**
 * A portfolio CSV to one scenario per organisation: the row's preset (or its sector's
 * preset), with the base insurance programme in place of the preset's own, then the row's
 * cells set at their paths, left to right, then validated like any scenario file. A bad row
 * reports every problem it has, each naming its column where it has one, and does not stop the
 * others; a bad header stops the file.
 */
import { findPreset, PRESETS } from '../presets/index';
import type { Preset } from '../presets/preset';
import { csvRecordsWithLines } from '../format/csv';
import { SECTORS, type Sector } from '../model/vocabulary';
import { errorToText, nearest } from '../scenario/issues';
import type { InsuranceProgramme } from '../scenario/insuranceSchema';
import { parseScenario } from '../scenario/parse';
import type { Scenario } from '../scenario/schemaV1';
import { amountCell, valueCell, type Cell } from './cell';
import { readHeader, type Column } from './columns';
import { describeSetFailure, isPathPrefix, parseScenarioPath, setAtPath, type PathSegment } from './scenarioPath';

/** The preset a row gets from its sector when it names none. */
export const SECTOR_PRESETS: Readonly<Partial<Record<Sector, string>>> = {
  healthcare: 'regional-hospital',
  finance: 'bank',
  retail: 'retailer',
  technology: 'saas-company',
  education: 'university',
  public: 'local-council',
};

export type PortfolioRow =
  | Readonly<{ ok: true; line: number; id: string; presetId: string; scenario: Scenario }>
  | Readonly<{ ok: false; line: number; id: string; problems: readonly string[] }>;

export type PortfolioResult = Readonly<{ ok: true; rows: readonly PortfolioRow[] }> | Readonly<{ ok: false; problems: readonly string[] }>;

type Applied = Readonly<{ column: Column; path: readonly PathSegment[]; created: readonly PathSegment[] | undefined }>;

function where(column: Column): string {
  return `column ${column.number} ("${column.header}")`;
}

function presetFor(presetCell: string, sectorCell: string, problems: string[]): Preset | undefined {
  if (sectorCell !== '' && !(SECTORS as readonly string[]).includes(sectorCell)) {
    const suggestion = nearest(sectorCell, SECTORS);
    problems.push(`sector "${sectorCell}" is not a sector${suggestion ? `; did you mean "${suggestion}"?` : ''} (sectors: ${SECTORS.join(', ')})`);
  }
  if (presetCell !== '') {
    const preset = findPreset(presetCell);
    if (!preset) {
      const ids = PRESETS.map((p) => p.id);
      const suggestion = nearest(presetCell, ids);
      problems.push(`preset "${presetCell}" is not a built-in preset${suggestion ? `; did you mean "${suggestion}"?` : ''} (presets: ${ids.join(', ')})`);
    }
    return preset;
  }
  if (sectorCell === '') {
    problems.push('needs a preset or a sector (give one in the preset or sector column)');
    return undefined;
  }
  if (!(SECTORS as readonly string[]).includes(sectorCell)) return undefined;
  const id = SECTOR_PRESETS[sectorCell as Sector];
  if (id === undefined) problems.push(`sector "${sectorCell}" has no preset of its own; name one in the preset column`);
  return id === undefined ? undefined : findPreset(id);
}

/** The column a validation error at `path` most likely came from: the most specific related one. */
function blame(path: readonly PathSegment[], applied: readonly Applied[]): Column | undefined {
  let best: Applied | undefined;
  let bestDepth = -1;
  for (const entry of applied) {
    const related =
      isPathPrefix(entry.path, path) || isPathPrefix(path, entry.path) || (entry.created !== undefined && isPathPrefix(entry.created, path));
    if (!related) continue;
    let depth = 0;
    while (depth < path.length && depth < entry.path.length && path[depth] === entry.path[depth]) depth += 1;
    if (depth >= bestDepth) {
      best = entry;
      bestDepth = depth;
    }
  }
  return best?.column;
}

/** The longest leading part of an error's path that parses (a JSON cell may hold keys that are not names). */
function longestPath(text: string): PathSegment[] | undefined {
  for (let end = text.length; end > 0; end = Math.max(text.lastIndexOf('.', end - 1), text.lastIndexOf('[', end - 1))) {
    const path = parseScenarioPath(text.slice(0, end));
    if (path) return path;
  }
  return undefined;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function readCell(column: Column, raw: string, document: unknown): Cell {
  switch (column.kind) {
    case 'name':
      return raw === '' ? { given: false } : { given: true, value: raw };
    case 'revenue':
    case 'record':
      return amountCell(raw);
    default:
      return valueCell(raw, column.path ? valueAt(document, column.path) : undefined);
  }
}

function buildRow(
  fields: readonly string[],
  line: number,
  columns: readonly Column[],
  width: number,
  programme: InsuranceProgramme,
  seenIds: Map<string, number>,
): PortfolioRow {
  const problems: string[] = [];
  const cellOf = (kind: Column['kind']): string => {
    const column = columns.find((c) => c.kind === kind);
    return column ? (fields[column.number - 1] ?? '') : '';
  };
  const id = cellOf('id');
  if (id === '') problems.push('id is empty; every row needs one');
  else if (seenIds.has(id)) problems.push(`id "${id}" repeats the id of line ${seenIds.get(id)}; ids must be unique`);
  else seenIds.set(id, line);
  const extra = fields.slice(width).filter((cell) => cell !== '').length;
  if (extra > 0) problems.push(`has ${extra} more cell${extra === 1 ? '' : 's'} than the header has columns (${width}); quote cells that hold commas`);

  const preset = presetFor(cellOf('preset'), cellOf('sector'), problems);
  const document: Record<string, unknown> | undefined = preset ? (JSON.parse(JSON.stringify(preset.scenario)) as Record<string, unknown>) : undefined;
  if (document) document['insurance'] = JSON.parse(JSON.stringify(programme)) as unknown;

  const applied: Applied[] = [];
  for (const column of columns) {
    if (!column.path) continue;
    if (column.kind === 'sector') {
      // An unknown sector is already reported with the sectors allowed; only a known one is set.
      const sector = fields[column.number - 1] ?? '';
      if (document && (SECTORS as readonly string[]).includes(sector)) {
        setAtPath(document, column.path, sector);
        applied.push({ column, path: column.path, created: undefined });
      }
      continue;
    }
    const cell = readCell(column, fields[column.number - 1] ?? '', document);
    if (!cell.given) continue;
    if ('problem' in cell) {
      problems.push(`${where(column)}: ${cell.problem}`);
      continue;
    }
    if (!document || !preset) continue;
    const set = setAtPath(document, column.path, cell.value);
    if (set.ok) applied.push({ column, path: column.path, created: set.created });
    else problems.push(`${where(column)}: ${describeSetFailure(set.failure, `the preset "${preset.id}"`)}`);
  }

  if (document && preset) {
    const parsed = parseScenario(document);
    if (!parsed.ok) {
      for (const error of parsed.errors) {
        const path = longestPath(error.path);
        const column = path ? blame(path, applied) : undefined;
        problems.push(column ? `${errorToText(error)} [${where(column)}]` : errorToText(error));
      }
    } else if (problems.length === 0) {
      return { ok: true, line, id, presetId: preset.id, scenario: parsed.scenario };
    }
  }
  return { ok: false, line, id, problems };
}

/** Reads a portfolio CSV (text, BOM and CRLF allowed) into one scenario or problem list per row. */
export function parsePortfolio(text: string, programme: InsuranceProgramme): PortfolioResult {
  const records = csvRecordsWithLines(text);
  const [header, ...rows] = records;
  if (!header) return { ok: false, problems: ['is empty: it needs a header row and one row per organisation'] };
  const read = readHeader(header.fields);
  if (!read.ok) return { ok: false, problems: read.problems };
  if (rows.length === 0) return { ok: false, problems: ['has a header row but no organisations'] };
  const width = Math.max(...read.columns.map((column) => column.number));
  const seenIds = new Map<string, number>();
  return { ok: true, rows: rows.map((record) => buildRow(record.fields, record.line, read.columns, width, programme, seenIds)) };
}
