import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFreshFolder } from '../../main/files/freshFolder';

let parent: string;
beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'aftermath-folder-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('a fresh folder for exported files', () => {
  it('makes the named folder when it is free', async () => {
    expect(await makeFreshFolder(parent, 'hospital-csv')).toBe(path.join(parent, 'hospital-csv'));
    expect(readdirSync(parent)).toEqual(['hospital-csv']);
  });

  it('never reuses a folder or a file already there, and leaves them as they were', async () => {
    mkdirSync(path.join(parent, 'hospital-csv'));
    writeFileSync(path.join(parent, 'hospital-csv', 'summary.csv'), 'mine');
    writeFileSync(path.join(parent, 'hospital-csv (2)'), 'a file, not a folder');
    const made = await makeFreshFolder(parent, 'hospital-csv');
    expect(made).toBe(path.join(parent, 'hospital-csv (3)'));
    expect(readFileSync(path.join(parent, 'hospital-csv', 'summary.csv'), 'utf8')).toBe('mine');
    expect(readFileSync(path.join(parent, 'hospital-csv (2)'), 'utf8')).toBe('a file, not a folder');
    expect(readdirSync(made)).toEqual([]);
  });

  it('passes on any other failure, such as a folder it may not write in', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    await expect(makeFreshFolder(parent, 'x', () => Promise.reject(denied))).rejects.toThrow('permission denied');
  });

  it('gives up with a clear message after a thousand taken names', async () => {
    const taken = Object.assign(new Error('exists'), { code: 'EEXIST' });
    await expect(makeFreshFolder('/p', 'x', () => Promise.reject(taken))).rejects.toThrow('/p already holds 1000 folders named "x"; choose another folder.');
  });
});
