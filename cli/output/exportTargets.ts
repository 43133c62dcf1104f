/**
 * Where `aftermath export` may write, checked before the run: the workbook and every CSV file
 * it would write. Nothing the user has is replaced without --force: an existing workbook, or any
 * existing file of the CSV folder the export would write, stops it with their names. Never, even
 * with --force: writing onto the scenario file, onto a folder or a device, or into a folder that
 * is a file. A missing CSV folder is created (with its parents) when the files are written.
 */
import { constants, promises as fsp, type Stats } from 'node:fs';
import path from 'node:path';
import { InputError } from '../inputError';
import { UsageError } from '../usage';
import { checkOutputFile } from './atomicFile';

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fsp.stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

async function requireWritable(flag: string, given: string, folder: string): Promise<void> {
  try {
    await fsp.access(folder, constants.W_OK);
  } catch {
    throw new UsageError(`${flag} ${given}: the folder ${folder} is not writable`);
  }
}

/** The nearest folder that exists at or above `folder`; a file on the way is refused. */
async function existingAncestor(flag: string, given: string, folder: string): Promise<string> {
  let current = path.resolve(folder);
  for (;;) {
    const info = await statOrUndefined(current);
    if (info?.isDirectory()) return current;
    if (info) throw new UsageError(`${flag} ${given}: ${current} is a file, not a folder`);
    const parent = path.dirname(current);
    if (parent === current) throw new UsageError(`${flag} ${given}: no folder on the way exists`);
    current = parent;
  }
}

/** The workbook's target: refused if it is the input, a folder or a device, or exists without --force. */
export async function checkWorkbookTarget(target: string, input: string, force: boolean): Promise<void> {
  await checkOutputFile('--xlsx', target, [input]);
  if (!force && (await statOrUndefined(target))) {
    throw new InputError([`--xlsx ${target} already exists; nothing was written. Add --force to replace it.`]);
  }
}

/**
 * The CSV folder's files: refused if the folder is a file, a target is the input, a folder or a
 * device, or (without --force) any target exists. Returns whether the folder must be created.
 */
export async function checkCsvTargets(folder: string, fileNames: readonly string[], input: string, force: boolean): Promise<{ create: boolean }> {
  const info = await statOrUndefined(folder);
  if (info && !info.isDirectory()) throw new UsageError(`--csv ${folder} is a file; give a folder (it is created if missing)`);
  await requireWritable('--csv', folder, info ? folder : await existingAncestor('--csv', folder, path.dirname(path.resolve(folder))));
  if (!info) return { create: true };
  const existing: string[] = [];
  for (const name of fileNames) {
    const target = path.join(folder, name);
    const targetInfo = await statOrUndefined(target);
    if (!targetInfo) continue;
    const inputInfo = await statOrUndefined(input);
    if (inputInfo && inputInfo.dev === targetInfo.dev && inputInfo.ino === targetInfo.ino) {
      throw new UsageError(`--csv ${folder}: ${target} is the input file ${input}; write the CSV files to another folder`);
    }
    if (!targetInfo.isFile()) throw new UsageError(`--csv ${folder}: ${target} is a folder or a device, not a file; the export would write a file there`);
    existing.push(target);
  }
  if (existing.length > 0 && !force) {
    throw new InputError([
      `--csv ${folder}: ${existing.length} of the files the export would write already exist; nothing was written. Add --force to replace them:`,
      ...existing.map((target) => `  ${target}`),
    ]);
  }
  return { create: false };
}
