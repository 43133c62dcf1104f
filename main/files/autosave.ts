/**
 * The autosaved working copy, in the user-data folder: written (atomically) a few seconds after
 * each edit, removed when the user saves or closes cleanly. If it is still there when the app
 * starts, the last session ended without that, and the app offers to restore it.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { Recovery } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomicWrite';

const storedRecovery = z.strictObject({ scenario: z.unknown(), path: z.string().nullable(), savedAt: z.string() });

export class Autosave {
  constructor(private readonly storeFile: string) {}

  async write(scenario: unknown, filePath: string | null, now: Date = new Date()): Promise<void> {
    await fsp.mkdir(path.dirname(this.storeFile), { recursive: true });
    const record: Recovery = { scenario, path: filePath, savedAt: now.toISOString() };
    await writeFileAtomic(this.storeFile, JSON.stringify(record), { keepBackup: false });
  }

  /** The autosaved copy, or null if there is none (or it cannot be read). */
  async read(): Promise<Recovery | null> {
    try {
      const parsed = storedRecovery.safeParse(JSON.parse(await fsp.readFile(this.storeFile, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async clear(): Promise<void> {
    await fsp.rm(this.storeFile, { force: true });
  }
}
