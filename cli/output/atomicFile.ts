/**
 * Writing an output file without ever losing what was there: the text goes to a temporary file
 * in the same folder, is flushed to disk, then renamed over the target in one step, so the old
 * file stays whole until the new one is complete, and stays untouched if anything fails. Before
 * a long run, `checkOutputFile` refuses a target that is one of the inputs, a folder, a device,
 * or in a folder that does not exist, so the user hears it before waiting.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fsp, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../usage';

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fsp.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether two paths name the same file: the same path, or (through links) the same inode. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [statA, statB] = await Promise.all([statOrUndefined(a), statOrUndefined(b)]);
  return statA !== undefined && statB !== undefined && statA.dev === statB.dev && statA.ino === statB.ino;
}

/** Throws a UsageError naming `flag` when `target` cannot safely receive output. */
export async function checkOutputFile(flag: string, target: string, inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(target, input)) throw new UsageError(`${flag} ${target} is the input file ${input}; write the output to another file`);
  }
  const info = await statOrUndefined(target);
  if (info?.isDirectory()) throw new UsageError(`${flag} ${target} is a folder; give a file name`);
  if (info && !info.isFile()) throw new UsageError(`${flag} ${target} is not a regular file (a device, pipe or socket); give a file name`);
  const folder = path.dirname(path.resolve(target));
  const folderInfo = await statOrUndefined(folder);
  if (!folderInfo?.isDirectory()) throw new UsageError(`${flag} ${target}: the folder ${folder} does not exist`);
  try {
    await fsp.access(folder, constants.W_OK);
  } catch {
    throw new UsageError(`${flag} ${target}: the folder ${folder} is not writable`);
  }
}

/** What an output file holds: text, bytes, or text in chunks (written in order, never joined in memory). */
export type FileContent = string | Uint8Array | Iterable<string>;

/** Raised when `replace: false` finds the target already there at the last moment. */
export class TargetExistsError extends Error {
  constructor(readonly target: string) {
    super(`${target} appeared while it was being written; it was left as it was`);
    this.name = 'TargetExistsError';
  }
}

/** Moves the finished temporary file onto `target` without ever replacing a file there. */
async function linkNew(temporary: string, target: string): Promise<void> {
  try {
    await fsp.link(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new TargetExistsError(target);
    // A file system without hard links: check, then rename (a narrow race instead of none).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (await statOrUndefined(target)) throw new TargetExistsError(target);
    await fsp.rename(temporary, target);
    return;
  }
  await fsp.unlink(temporary);
}

/**
 * Writes `content` to `target` in one step; on any failure the old file (or its absence) is left
 * as it was. With `replace: false` an existing target is never replaced (TargetExistsError).
 */
export async function writeFileAtomic(target: string, content: FileContent, options: Readonly<{ replace?: boolean }> = {}): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  let created = false;
  try {
    const handle = await fsp.open(temporary, 'wx');
    created = true;
    try {
      if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content);
      else for (const chunk of content) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.replace === false) await linkNew(temporary, target);
    else await fsp.rename(temporary, target);
    created = false;
  } finally {
    if (created) await fsp.unlink(temporary).catch(() => undefined);
  }
}
