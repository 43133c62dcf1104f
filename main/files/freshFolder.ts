/**
 * A new folder for a set of exported files: `name` inside `parent`, or `name (2)`, `name (3)`...
 * when that is taken. The folder is made with a plain mkdir that fails on an existing entry, so
 * an export never writes into, or over, anything already on disk.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';

const MAX_ATTEMPTS = 1000;

export async function makeFreshFolder(parent: string, name: string, mkdir: (target: string) => Promise<unknown> = (target) => fsp.mkdir(target)): Promise<string> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const target = path.join(parent, attempt === 1 ? name : `${name} (${attempt})`);
    try {
      await mkdir(target);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`${parent} already holds ${MAX_ATTEMPTS} folders named "${name}"; choose another folder.`);
}
