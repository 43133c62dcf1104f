/**
 * Reading a scenario file for the CLI: refuses missing files, folders and files over 5 MB
 * before reading, then parses through the shared schema. Problems become a ScenarioFileError
 * listing each one by JSON path.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseScenarioText } from '../shared/scenario/parse';
import { errorToText, type ScenarioError } from '../shared/scenario/issues';
import type { Scenario } from '../shared/scenario/schemaV1';

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
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new ScenarioFileError(file, ['is a folder, not a scenario file']);
    if (!info.isFile()) throw new ScenarioFileError(file, ['is not a regular file (a device, pipe or socket), so it is not read']);
    size = info.size;
  } catch (error) {
    if (error instanceof ScenarioFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'unknown error'})`;
    throw new ScenarioFileError(file, [reason]);
  }
  if (size > MAX_SCENARIO_BYTES) {
    throw new ScenarioFileError(file, [`is ${(size / 1024 / 1024).toFixed(1)} MB; scenario files are limited to 5 MB`]);
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ScenarioFileError(file, [`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : 'unknown error')})`]);
  }
  const parsed = parseScenarioText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) throw new ScenarioFileError(file, parsed.errors.map((error: ScenarioError) => errorToText(error)));
  return parsed.scenario;
}
