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

/** Replaces `target` with `text` in one step; on any failure the old file is left as it was. */
export async function writeFileAtomic(target: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  let created = false;
  try {
    const handle = await fsp.open(temporary, 'wx');
    created = true;
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temporary, target);
    created = false;
  } finally {
    if (created) await fsp.unlink(temporary).catch(() => undefined);
  }
}
