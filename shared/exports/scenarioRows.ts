/**
 * A scenario as a path/type/value table, one leaf a row (`threats[0].frequency.low`, number,
 * 0.02), in the file's own order, and back: scenarioFromRows(scenarioRows(s)) deep-equals s, so
 * the workbook's Scenario sheet is enough to recreate the scenario file. Types: number, text,
 * boolean, or json for null and empty lists and objects (whose value is that JSON: null, [], {}).
 */

export type ScenarioLeafType = 'number' | 'text' | 'boolean' | 'json';
export type ScenarioRow = Readonly<{ path: string; type: ScenarioLeafType; value: number | string | boolean }>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

function collect(value: unknown, path: string, rows: ScenarioRow[]): void {
  if (typeof value === 'number') rows.push({ path, type: 'number', value });
  else if (typeof value === 'string') rows.push({ path, type: 'text', value });
  else if (typeof value === 'boolean') rows.push({ path, type: 'boolean', value });
  else if (Array.isArray(value)) {
    if (value.length === 0) rows.push({ path, type: 'json', value: '[]' });
    value.forEach((item, index) => collect(item, childPath(path, index), rows));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) rows.push({ path, type: 'json', value: '{}' });
    for (const [key, item] of entries) collect(item, childPath(path, key), rows);
  } else if (value === null) rows.push({ path, type: 'json', value: 'null' });
}

/** Every leaf of the scenario (any JSON value) with its path, in the order JSON.stringify writes them. */
export function scenarioRows(scenario: unknown): ScenarioRow[] {
  const rows: ScenarioRow[] = [];
  collect(scenario, '', rows);
  return rows;
}

const SEGMENT = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** ['threats', 0, 'frequency'] from 'threats[0].frequency' (or `records["a b"]`); throws on anything else. */
export function pathSegments(path: string): (string | number)[] {
  const first = /^[A-Za-z_$][\w$]*/.exec(path);
  const segments: (string | number)[] = first ? [first[0]] : [];
  SEGMENT.lastIndex = first ? first[0].length : 0;
  while (SEGMENT.lastIndex < path.length) {
    const start = SEGMENT.lastIndex;
    const match = SEGMENT.exec(path);
    if (!match || match.index !== start) throw new Error(`not a scenario path: ${path}`);
    segments.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3] ?? '""') as string)));
  }
  if (segments.some((segment) => segment === '__proto__' || segment === 'constructor' || segment === 'prototype')) throw new Error(`not a scenario path: ${path}`);
  return segments;
}

/** The scenario (as plain JSON data) the rows describe. */
export function scenarioFromRows(rows: readonly ScenarioRow[]): unknown {
  const root: Record<string, unknown> = {};
  for (const row of rows) {
    const segments = pathSegments(row.path);
    const leaf = row.type === 'json' ? (JSON.parse(String(row.value)) as unknown) : row.value;
    if (segments.length === 0) return leaf;
    let node: Record<string | number, unknown> = root;
    segments.forEach((segment, i) => {
      const next = segments[i + 1];
      if (next === undefined) {
        node[segment] = leaf;
        return;
      }
      // Own fields only: a key like "valueOf" must not find Object.prototype's.
      if (!Object.hasOwn(node, segment)) node[segment] = typeof next === 'number' ? [] : {};
      node = node[segment] as Record<string | number, unknown>;
    });
  }
  return root;
}
