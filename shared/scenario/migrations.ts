/**
 * One migration step per format version, so a file written today opens forever. A step takes
 * a version-n document and returns a version n+1 document; `migrateToCurrent` chains them.
 * Version 1 is the first format, so the chain is empty today; the next format adds a step here.
 */
import { CURRENT_VERSION, SCENARIO_FORMAT } from './schemaV1';
import type { ScenarioError } from './issues';

type Document = Record<string, unknown>;
type Migration = (document: Document) => Document;

/** MIGRATIONS[n] turns a version n document into version n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | Readonly<{ ok: true; document: unknown; fromVersion: number }>
  | Readonly<{ ok: false; errors: readonly ScenarioError[] }>;

export function migrateToCurrent(input: unknown): MigrationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', message: 'must be a JSON object holding a scenario' }] };
  }
  let document = input as Document;
  if (document['format'] !== SCENARIO_FORMAT) {
    const got = document['format'] === undefined ? 'no format field' : `format ${JSON.stringify(document['format'])}`;
    return {
      ok: false,
      errors: [{ path: 'format', message: `must be "${SCENARIO_FORMAT}" (got ${got}): this is not an Aftermath scenario file` }],
    };
  }
  const version = document['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [{ path: 'version', message: `must be a whole number from 1 to ${CURRENT_VERSION}` }] };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: 'version',
          message: `is ${version}, but this version of Aftermath reads files up to version ${CURRENT_VERSION}: update Aftermath to open it`,
        },
      ],
    };
  }
  for (let step = version; step < CURRENT_VERSION; step += 1) {
    const migrate = MIGRATIONS[step];
    if (!migrate) return { ok: false, errors: [{ path: 'version', message: `has no migration from version ${step}` }] };
    document = { ...migrate(document), version: step + 1 };
  }
  return { ok: true, document, fromVersion: version };
}
