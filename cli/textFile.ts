/**
 * Reading an input file as text for the CLI: refuses missing files, folders, devices and files
 * over a size limit before reading, and drops a leading byte-order mark. A problem becomes a
 * FileReadError whose reason reads after the file name ("is a folder, not a portfolio CSV").
 */
import { readFile, stat } from 'node:fs/promises';

export class FileReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'FileReadError';
  }
}

/** `kind` names the file in messages ("scenario file"); the limit message uses its plural. */
export async function readTextFile(file: string, kind: string, maxBytes: number): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new FileReadError(file, `is a folder, not a ${kind}`);
    if (!info.isFile()) throw new FileReadError(file, 'is not a regular file (a device, pipe or socket), so it is not read');
    size = info.size;
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'unknown error'})`;
    throw new FileReadError(file, reason);
  }
  if (size > maxBytes) {
    throw new FileReadError(file, `is ${(size / 1024 / 1024).toFixed(1)} MB; ${kind}s are limited to ${maxBytes / 1024 / 1024} MB`);
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new FileReadError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : 'unknown error')})`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
