/**
 * Writing a file so that a crash or power cut at any moment leaves either the old file or the
 * new one complete, never a mixture: write a temporary file in the same folder, flush it to disk,
 * keep the previous version as NAME.bak (copied to a temporary name first, then renamed), rename
 * the temporary file over the target, and flush the folder. Renames within one folder are atomic.
 * The file-system calls are injectable so tests can fail every step in turn.
 */
import { constants, promises as fsp } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export type FileOps = Readonly<{
  open: (file: string, flags: string) => Promise<Readonly<{ write: (data: Uint8Array) => Promise<unknown>; sync: () => Promise<void>; close: () => Promise<void> }>>;
  copyFile: (from: string, to: string) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  unlink: (file: string) => Promise<void>;
  exists: (file: string) => Promise<boolean>;
  syncFolder: (folder: string) => Promise<void>;
}>;

export const nodeFileOps: FileOps = {
  open: async (file, flags) => {
    const handle = await fsp.open(file, flags, 0o600);
    return {
      write: (data) => handle.writeFile(data),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  copyFile: (from, to) => fsp.copyFile(from, to),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (file) => fsp.unlink(file),
  exists: async (file) => {
    try {
      await fsp.access(file, constants.F_OK);
      return true;
    } catch {
      return false;
    }
  },
  syncFolder: async (folder) => {
    // Flushing a folder makes the rename durable; Windows cannot open folders, and renames
    // there are already durable once they return, so skip it.
    if (process.platform === 'win32') return;
    const handle = await fsp.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

export type AtomicWriteOptions = Readonly<{ keepBackup: boolean; ops?: FileOps }>;

function temporaryName(target: string, purpose: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${purpose}-${process.pid}-${randomBytes(6).toString('hex')}`);
}

export async function writeFileAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions): Promise<void> {
  const ops = options.ops ?? nodeFileOps;
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const folder = path.dirname(target);
  const temporary = temporaryName(target, 'tmp');
  let wroteTemporary = false;
  try {
    const handle = await ops.open(temporary, 'wx');
    wroteTemporary = true;
    try {
      await handle.write(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.keepBackup && (await ops.exists(target))) {
      const backupTemporary = temporaryName(target, 'bak');
      try {
        await ops.copyFile(target, backupTemporary);
        await ops.rename(backupTemporary, `${target}.bak`);
      } catch (error) {
        await ops.unlink(backupTemporary).catch(() => undefined);
        throw error;
      }
    }
    await ops.rename(temporary, target);
    wroteTemporary = false;
    await ops.syncFolder(folder);
  } finally {
    if (wroteTemporary) await ops.unlink(temporary).catch(() => undefined);
  }
}
