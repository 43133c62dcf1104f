/**
 * A scenario as its file holds it, and that file's SHA-256: the report's footer and the
 * workbook name the exact inputs behind their numbers, and anyone can check a file against them
 * (`sha256sum scenario.json`).
 */
import type { Scenario } from '../scenario/schemaV1';
import { sha256Hex } from './sha256';

/** The text the app writes when it saves a scenario (two-space JSON and a final newline). */
export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** SHA-256 of the scenario's file text, 64 hex digits. */
export function scenarioHash(scenario: Scenario): string {
  return sha256Hex(scenarioFileText(scenario));
}
