/**
 * Files that never get lost: atomic save (every step failed in turn, and a writer killed
 * mid-write, leave the original intact), the .bak copy, bad and oversized files refused with the
 * file untouched, recent files pruned, autosave written, read back and cleared.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileOps, writeFileAtomic, type FileOps } from '../../main/files/atomicWrite';
import { readScenarioFile, writeScenarioFile, withScenarioExtension } from '../../main/files/scenarioFile';
import { RecentFiles } from '../../main/files/recentFiles';
import { Autosave } from '../../main/files/autosave';
import { regionalHospital } from '../../shared/presets/regionalHospital';

const folder = () => mkdtempSync(path.join(tmpdir(), 'aftermath-files-'));

/** File operations that throw at the nth call of a given step. */
function failingAt(step: keyof FileOps | 'write' | 'sync' | 'close'): FileOps {
  const fail = () => Promise.reject(new Error(`disk failure during ${step}`));
  return {
    ...nodeFileOps,
    open: async (file, flags) => {
      if (step === 'open') return fail() as never;
      const handle = await nodeFileOps.open(file, flags);
      return {
        write: (data) => (step === 'write' ? fail() : handle.write(data)),
        sync: () => (step === 'sync' ? fail() : handle.sync()),
        close: async () => {
          await handle.close();
          if (step === 'close') await fail();
        },
      };
    },
    copyFile: (from, to) => (step === 'copyFile' ? fail() : nodeFileOps.copyFile(from, to)),
    rename: (from, to) => (step === 'rename' ? fail() : nodeFileOps.rename(from, to)),
    syncFolder: (dir) => (step === 'syncFolder' ? fail() : nodeFileOps.syncFolder(dir)),
  };
}

describe('atomic write', () => {
  it('replaces the file and keeps the previous version as .bak', async () => {
    const dir = folder();
    const target = path.join(dir, 'plan.aftermath.json');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new', { keepBackup: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['plan.aftermath.json', 'plan.aftermath.json.bak']);
  });

  it.each(['open', 'write', 'sync', 'close', 'copyFile', 'rename'] as const)('leaves the original intact and no temporary file when %s fails', async (step) => {
    const dir = folder();
    const target = path.join(dir, 'plan.aftermath.json');
    writeFileSync(target, 'original');
    await expect(writeFileAtomic(target, 'replacement', { keepBackup: true, ops: failingAt(step) })).rejects.toThrow(`disk failure during ${step}`);
    expect(readFileSync(target, 'utf8')).toBe('original');
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('has the new file complete when only the final folder flush fails', async () => {
    const dir = folder();
    const target = path.join(dir, 'plan.aftermath.json');
    writeFileSync(target, 'original');
    await expect(writeFileAtomic(target, 'replacement', { keepBackup: true, ops: failingAt('syncFolder') })).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('replacement');
  });

  it('leaves the old or the new file complete when the writer is killed at any moment', async () => {
    const dir = folder();
    const target = path.join(dir, 'big.aftermath.json');
    const oldContent = `${'o'.repeat(4 * 1024 * 1024)}\n`;
    const newContent = `${'n'.repeat(4 * 1024 * 1024)}\n`;
    writeFileSync(target, oldContent);
    const script = path.join(dir, 'writer.mjs');
    const module = path.resolve('main/files/atomicWrite.ts');
    // The writer saves the two versions in turn, forever, and says when each save is done.
    writeFileSync(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(module)};\n` +
        `const versions = [${JSON.stringify(newContent)}, ${JSON.stringify(oldContent)}];\n` +
        `for (let i = 0; ; i += 1) { await writeFileAtomic(${JSON.stringify(target)}, versions[i % 2], { keepBackup: true }); process.stdout.write('saved\\n'); }\n`,
    );
    let killedMidWrite = 0;
    for (const delayMs of [0, 1, 3, 7, 12, 20, 35, 50]) {
      const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'ignore'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      const content = readFileSync(target, 'utf8');
      expect(content === oldContent || content === newContent).toBe(true);
      if (readdirSync(dir).some((name) => name.includes('.tmp-'))) killedMidWrite += 1;
    }
    // At least one kill landed while a temporary file was being written, so the test saw a real crash.
    expect(killedMidWrite).toBeGreaterThan(0);
  }, 120_000);
});

describe('scenario files', () => {
  it('round-trips a scenario with a .bak of the previous save', async () => {
    const dir = folder();
    const file = path.join(dir, 'h.aftermath.json');
    await writeScenarioFile(file, regionalHospital.scenario);
    await writeScenarioFile(file, { ...regionalHospital.scenario, name: 'Second' });
    const opened = await readScenarioFile(file);
    expect(opened.status).toBe('opened');
    if (opened.status === 'opened') expect(opened.scenario.name).toBe('Second');
    expect(JSON.parse(readFileSync(`${file}.bak`, 'utf8')).name).toBe('Regional hospital');
  });

  it('lists every problem of a bad file by path and leaves the file untouched', async () => {
    const dir = folder();
    const file = path.join(dir, 'bad.aftermath.json');
    const content = JSON.stringify({ ...regionalHospital.scenario, currency: 'usd', threats: [] });
    writeFileSync(file, content);
    const before = statSync(file).mtimeMs;
    const opened = await readScenarioFile(file);
    expect(opened).toMatchObject({ status: 'invalid', fileName: 'bad.aftermath.json' });
    if (opened.status === 'invalid') {
      expect(opened.problems).toEqual([expect.stringMatching(/^currency must be a three-letter/), 'threats must have at least 1 item(s)']);
    }
    expect(readFileSync(file, 'utf8')).toBe(content);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const dir = folder();
    const file = path.join(dir, 'huge.aftermath.json');
    writeFileSync(file, Buffer.alloc(5 * 1024 * 1024 + 10, 32));
    expect(await readScenarioFile(file)).toEqual({ status: 'invalid', path: file, fileName: 'huge.aftermath.json', problems: ['The file is 5.0 MB; scenario files are limited to 5 MB.'] });
  });

  it('says when a file is missing, a folder, or not JSON', async () => {
    const dir = folder();
    expect(await readScenarioFile(path.join(dir, 'gone.json'))).toMatchObject({ problems: ['The file no longer exists.'] });
    expect(await readScenarioFile(dir)).toMatchObject({ problems: ['This is a folder, not a scenario file.'] });
    writeFileSync(path.join(dir, 'text.json'), 'hello');
    expect(await readScenarioFile(path.join(dir, 'text.json'))).toMatchObject({ problems: [expect.stringMatching(/^the file is not valid JSON/)] });
  });

  it('adds the .aftermath.json extension when a chosen name lacks it', () => {
    expect(withScenarioExtension('/a/plan')).toBe('/a/plan.aftermath.json');
    expect(withScenarioExtension('/a/plan.json')).toBe('/a/plan.aftermath.json');
    expect(withScenarioExtension('/a/plan.aftermath.json')).toBe('/a/plan.aftermath.json');
  });
});

describe('recent files', () => {
  it('keeps the newest first, at most ten, and prunes files that are gone', async () => {
    const dir = folder();
    const recent = new RecentFiles(path.join(dir, 'user', 'recent-files.json'));
    const files = Array.from({ length: 12 }, (_, i) => path.join(dir, `s${i}.aftermath.json`));
    for (const [i, file] of files.entries()) {
      writeFileSync(file, '{}');
      await recent.add(file, new Date(2026, 0, i + 1));
    }
    let list = await recent.list();
    expect(list).toHaveLength(10);
    expect(list[0]?.fileName).toBe('s11.aftermath.json');
    await recent.add(files[5]!);
    expect((await recent.list())[0]?.fileName).toBe('s5.aftermath.json');
    const { rmSync } = await import('node:fs');
    rmSync(files[11]!);
    list = await recent.list();
    expect(list.map((entry) => entry.fileName)).not.toContain('s11.aftermath.json');
    expect(JSON.parse(readFileSync(path.join(dir, 'user', 'recent-files.json'), 'utf8'))).toHaveLength(list.length);
  });

  it('treats a damaged list as empty', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'recent-files.json'), '{not json');
    expect(await new RecentFiles(path.join(dir, 'recent-files.json')).list()).toEqual([]);
  });
});

describe('autosave and recovery', () => {
  it('writes the working copy, reads it back after a crash, and clears it', async () => {
    const dir = folder();
    const autosave = new Autosave(path.join(dir, 'user', 'autosave.json'));
    expect(await autosave.read()).toBeNull();
    await autosave.write({ name: 'draft' }, '/docs/h.aftermath.json', new Date('2026-11-29T10:00:00Z'));
    const restarted = new Autosave(path.join(dir, 'user', 'autosave.json'));
    expect(await restarted.read()).toEqual({ scenario: { name: 'draft' }, path: '/docs/h.aftermath.json', savedAt: '2026-11-29T10:00:00.000Z' });
    await restarted.clear();
    expect(await restarted.read()).toBeNull();
  });

  it('ignores a damaged autosave file', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'autosave.json'), '[1,2');
    expect(await new Autosave(path.join(dir, 'autosave.json')).read()).toBeNull();
  });
});
