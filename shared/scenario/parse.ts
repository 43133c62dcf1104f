/**
 * Reading a scenario: JSON text or any value in, a valid scenario or every problem out.
 * Never throws, whatever it is given.
 */
import { scenarioSchemaV1, type Scenario } from './schemaV1';
import { migrateToCurrent } from './migrations';
import { formatIssues, type ScenarioError } from './issues';
import { crossFieldErrors } from './crossField';

export type ParseResult =
  | Readonly<{ ok: true; scenario: Scenario; fromVersion: number }>
  | Readonly<{ ok: false; errors: readonly ScenarioError[] }>;

export function parseScenario(input: unknown): ParseResult {
  const migrated = migrateToCurrent(input);
  if (!migrated.ok) return migrated;
  const result = scenarioSchemaV1.safeParse(migrated.document);
  if (!result.success) {
    return { ok: false, errors: formatIssues(result.error.issues, migrated.document) };
  }
  const errors = crossFieldErrors(result.data);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, scenario: result.data, fromVersion: migrated.fromVersion };
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === '\n') {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
  }
  return `line ${line}, column ${column}`;
}

/** JSON text to a value, or a message saying where the syntax breaks (`is not valid JSON at line 3, column 5: ...`). */
export function parseJsonText(text: string): Readonly<{ ok: true; value: unknown }> | Readonly<{ ok: false; message: string }> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const where = position?.[1] ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    const reason = detail.replace(/\s*(in JSON )?at position \d+.*$/s, '');
    return { ok: false, message: `is not valid JSON${where}: ${reason}` };
  }
}

export function parseScenarioText(text: string): ParseResult {
  const json = parseJsonText(text);
  return json.ok ? parseScenario(json.value) : { ok: false, errors: [{ path: '', message: json.message }] };
}
