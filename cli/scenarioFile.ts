/**
 * Reading a scenario file for the CLI: refuses missing files, folders and files over 5 MB
 * before reading, then parses through the shared schema. Problems become a ScenarioFileError
 * listing each one by JSON path.
 */
import { parseScenarioText } from '../shared/scenario/parse';
import { errorToText, type ScenarioError } from '../shared/scenario/issues';
import type { Scenario } from '../shared/scenario/schemaV1';
import { FileReadError, readTextFile } from './textFile';

export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

export class ScenarioFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ScenarioFileError';
  }
}

export async function readScenarioFile(file: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readTextFile(file, 'scenario file', MAX_SCENARIO_BYTES);
  } catch (error) {
    if (error instanceof FileReadError) throw new ScenarioFileError(file, [error.reason]);
    throw error;
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new ScenarioFileError(file, parsed.errors.map((error: ScenarioError) => errorToText(error)));
  return parsed.scenario;
}
