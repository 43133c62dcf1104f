/**
 * Scenario files on disk for the desktop app: reading refuses anything over 5 MB before
 * parsing and validates through the shared schema and migrations, never touching the file;
 * saving writes atomically and keeps the previous version as NAME.aftermath.json.bak.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { parseScenarioText } from '../../shared/scenario/parse';
import { errorToText } from '../../shared/scenario/issues';
import type { OpenedScenario } from '../../shared/ipc/contract';
import { writeFileAtomic, type FileOps } from './atomicWrite';

export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;
export const SCENARIO_EXTENSION = '.aftermath.json';

export async function readScenarioFile(file: string): Promise<OpenedScenario> {
  const fileName = path.basename(file);
  let size: number;
  try {
    const info = await fsp.stat(file);
    if (info.isDirectory()) return { status: 'invalid', path: file, fileName, problems: ['This is a folder, not a scenario file.'] };
    if (!info.isFile()) return { status: 'invalid', path: file, fileName, problems: ['This is not a regular file, so it is not read.'] };
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'The file no longer exists.' : code === 'EACCES' ? 'Permission to read the file was denied.' : `The file cannot be read (${code ?? 'unknown error'}).`;
    return { status: 'invalid', path: file, fileName, problems: [reason] };
  }
  if (size > MAX_SCENARIO_BYTES) {
    return { status: 'invalid', path: file, fileName, problems: [`The file is ${(size / 1024 / 1024).toFixed(1)} MB; scenario files are limited to 5 MB.`] };
  }
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    return { status: 'invalid', path: file, fileName, problems: [`The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`] };
  }
  const parsed = parseScenarioText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) return { status: 'invalid', path: file, fileName, problems: parsed.errors.map(errorToText) };
  return { status: 'opened', path: file, fileName, scenario: parsed.scenario, migratedFrom: parsed.fromVersion };
}

/** Adds the scenario extension when the chosen name lacks it. */
export function withScenarioExtension(file: string): string {
  return file.toLowerCase().endsWith(SCENARIO_EXTENSION) ? file : `${file.replace(/\.json$/i, '')}${SCENARIO_EXTENSION}`;
}

export async function writeScenarioFile(file: string, scenario: unknown, ops?: FileOps): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(scenario, null, 2)}\n`, { keepBackup: true, ...(ops ? { ops } : {}) });
}
