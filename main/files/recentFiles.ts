/**
 * The recently opened scenario files, kept in the user-data folder (newest first, at most ten).
 * Files that no longer exist are pruned whenever the list is read. A damaged list file is
 * treated as empty rather than stopping the app.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { RecentFile } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomicWrite';

export const MAX_RECENT = 10;

const storedList = z.array(z.strictObject({ path: z.string().min(1), fileName: z.string(), openedAt: z.string() }));

export class RecentFiles {
  constructor(
    private readonly storeFile: string,
    private readonly exists: (file: string) => Promise<boolean> = async (file) =>
      fsp.stat(file).then(
        (info) => info.isFile(),
        () => false,
      ),
  ) {}

  private async readStored(): Promise<RecentFile[]> {
    try {
      const parsed = storedList.safeParse(JSON.parse(await fsp.readFile(this.storeFile, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  private async writeStored(list: readonly RecentFile[]): Promise<void> {
    await fsp.mkdir(path.dirname(this.storeFile), { recursive: true });
    await writeFileAtomic(this.storeFile, JSON.stringify(list, null, 2), { keepBackup: false });
  }

  /** The list, with files that no longer exist removed (and the pruned list stored). */
  async list(): Promise<RecentFile[]> {
    const stored = await this.readStored();
    const present: RecentFile[] = [];
    for (const entry of stored) if (await this.exists(entry.path)) present.push(entry);
    if (present.length !== stored.length) await this.writeStored(present);
    return present;
  }

  async add(file: string, now: Date = new Date()): Promise<RecentFile[]> {
    const resolved = path.resolve(file);
    const list = (await this.readStored()).filter((entry) => entry.path !== resolved);
    const next = [{ path: resolved, fileName: path.basename(resolved), openedAt: now.toISOString() }, ...list].slice(0, MAX_RECENT);
    await this.writeStored(next);
    return next;
  }
}
