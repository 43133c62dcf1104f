/**
 * Opening and saving scenario files in the browser build: a file picked by the user is size
 * checked before reading and validated through the shared schema (problems listed by path);
 * saving downloads the scenario as JSON. The desktop app replaces these with native dialogs.
 */
import { parseScenarioText } from '../../../shared/scenario/parse';
import { errorToText } from '../../../shared/scenario/issues';
import type { Scenario } from '../../../shared/scenario/schemaV1';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type OpenResult = Readonly<{ ok: true; scenario: Scenario; fileName: string }> | Readonly<{ ok: false; fileName: string; problems: readonly string[] }>;

export async function readScenarioFile(file: File): Promise<OpenResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, fileName: file.name, problems: [`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; scenario files are limited to 5 MB.`] };
  }
  const text = await file.text();
  const parsed = parseScenarioText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) return { ok: false, fileName: file.name, problems: parsed.errors.map(errorToText) };
  return { ok: true, scenario: parsed.scenario, fileName: file.name };
}

export function scenarioFileName(name: string): string {
  const base = name.trim().replace(/[^\p{L}\p{N} _-]+/gu, '').replace(/\s+/g, '-').toLowerCase() || 'scenario';
  return `${base}.aftermath.json`;
}

/** Offers bytes or text to the browser as a download with the given file name. */
export function downloadBytes(data: string | Uint8Array, fileName: string, type: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadScenario(scenario: unknown, name: string): void {
  downloadBytes(`${JSON.stringify(scenario, null, 2)}\n`, scenarioFileName(name), 'application/json');
}
