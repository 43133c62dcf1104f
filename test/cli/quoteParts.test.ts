/**
 * The parts of `aftermath quote` that touch threads and files: the worker pool (order kept,
 * crashes and errors failing one job, a worker that cannot start failing the run), the progress
 * lines, and the atomic output file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFile, writeFileAtomic } from '../../cli/output/atomicFile';
import { defaultWorkerUrl, runJobs, WorkerStartError } from '../../cli/quote/pool';
import { progressReporter } from '../../cli/quote/progress';
import type { QuoteJob } from '../../cli/quote/protocol';
import { UsageError } from '../../cli/usage';

/** A stand-in worker: crashes, throws or answers as each job's scenario says. */
const FAKE_WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if (job.scenario === 'exit') process.exit(3);
  if (job.scenario === 'throw') setTimeout(() => { throw new Error('boom'); });
  else if (job.scenario === 'fail') parentPort.postMessage({ type: 'failed', index: job.index, message: 'no good' });
  else parentPort.postMessage({ type: 'quoted', index: job.index, quote: { currency: job.scenario, trials: 1, seed: 1, grossMeanAnnualLoss: job.index, layers: [] } });
});
parentPort.postMessage({ type: 'ready' });
`;
const dataUrl = (code: string): URL => new URL(`data:text/javascript,${encodeURIComponent(code)}`);
const jobsOf = (...scenarios: string[]): QuoteJob[] => scenarios.map((scenario, index) => ({ index, scenario, trials: undefined, seed: undefined }));

describe('runJobs', () => {
  it('returns outcomes in job order whatever the number of workers', async () => {
    const jobs = jobsOf('a', 'b', 'c', 'd', 'e');
    for (const workers of [1, 2, 8]) {
      const outcomes = await runJobs(jobs, { workers, workerUrl: dataUrl(FAKE_WORKER) });
      expect(outcomes.map((outcome) => (outcome.ok ? outcome.quote.currency : outcome.message))).toEqual(['a', 'b', 'c', 'd', 'e']);
    }
  });

  it('fails only the job whose worker exits or throws, reports a job’s own failure, and goes on', async () => {
    const settled: number[] = [];
    const outcomes = await runJobs(jobsOf('a', 'exit', 'b', 'throw', 'fail', 'c'), { workers: 2, workerUrl: dataUrl(FAKE_WORKER), onSettled: (done) => settled.push(done) });
    expect(outcomes).toEqual([
      expect.objectContaining({ ok: true }),
      { ok: false, message: 'the simulation worker stopped unexpectedly (exit code 3)' },
      expect.objectContaining({ ok: true }),
      { ok: false, message: 'the simulation stopped unexpectedly: boom' },
      { ok: false, message: 'no good' },
      expect.objectContaining({ ok: true }),
    ]);
    expect(settled).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('fails the whole run, without hanging, when a worker cannot start', async () => {
    await expect(runJobs(jobsOf('a', 'b'), { workers: 2, workerUrl: dataUrl('throw new Error("no engine here");') })).rejects.toThrow(WorkerStartError);
    await expect(runJobs(jobsOf('a'), { workers: 1, workerUrl: dataUrl('process.exit(0);') })).rejects.toThrow(/could not start a simulation worker: it exited with code 0/);
  });

  it('starts no worker for no jobs', async () => {
    expect(await runJobs([], { workers: 4, workerUrl: dataUrl('throw new Error("started")') })).toEqual([]);
  });

  it('finds the built worker beside the built CLI, and the TypeScript worker from source', () => {
    expect(defaultWorkerUrl('file:///app/out/cli/aftermath.js').href).toBe('file:///app/out/cli/quoteWorker.js');
    const fromSource = defaultWorkerUrl('file:///repo/cli/quote/pool.ts');
    expect(fromSource.protocol).toBe('data:');
    expect(decodeURIComponent(fromSource.href)).toContain('"file:///repo/cli/quote/worker.ts"');
  });
});

describe('progressReporter', () => {
  it('writes a plain line at most every 10% when stderr is not a terminal', () => {
    let text = '';
    const progress = progressReporter((chunk) => (text += chunk), false, 40);
    for (let done = 1; done <= 40; done += 1) progress.update(done);
    progress.finish();
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('quoted 4 of 40 organisations');
    expect(lines.at(-1)).toBe('quoted 40 of 40 organisations');
  });

  it('writes every row when each is more than 10%, and the last always', () => {
    let text = '';
    const progress = progressReporter((chunk) => (text += chunk), false, 3);
    [1, 2, 3].forEach(progress.update);
    expect(text).toBe('quoted 1 of 3 organisations\nquoted 2 of 3 organisations\nquoted 3 of 3 organisations\n');
  });

  it('redraws one line on a terminal and ends it when done', () => {
    let text = '';
    const progress = progressReporter((chunk) => (text += chunk), true, 1);
    progress.update(1);
    progress.finish();
    expect(text).toBe('\rquoted 1 of 1 organisation\n');
  });
});

describe('the output file', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'aftermath-out-'));

  it('replaces a file in one step and leaves no temporary file', async () => {
    const target = path.join(folder, 'quotes.csv');
    writeFileSync(target, 'old\n');
    await writeFileAtomic(target, 'new\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(folder)).toEqual(['quotes.csv']);
  });

  it('leaves what was there, and no temporary file, when the write fails', async () => {
    const sub = mkdtempSync(path.join(tmpdir(), 'aftermath-fail-'));
    const target = path.join(sub, 'taken');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep.txt'), 'keep');
    await expect(writeFileAtomic(target, 'new\n')).rejects.toThrow();
    expect(readdirSync(sub)).toEqual(['taken']);
    expect(readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('refuses an input file, by any name, a folder, a device and a missing folder', async () => {
    const input = path.join(folder, 'portfolio.csv');
    writeFileSync(input, 'id\n');
    const link = path.join(folder, 'link.csv');
    symlinkSync(input, link);
    const check = (target: string) => checkOutputFile('--out', target, [input]);
    await expect(check(input)).rejects.toThrow(/--out .*portfolio\.csv is the input file/);
    await expect(check(path.join(folder, 'x', '..', 'portfolio.csv'))).rejects.toThrow(/is the input file/);
    await expect(check(link)).rejects.toThrow(/is the input file/);
    await expect(check(folder)).rejects.toThrow(/is a folder; give a file name/);
    await expect(check('/dev/null')).rejects.toThrow(/is not a regular file/);
    await expect(check(path.join(folder, 'missing', 'quotes.csv'))).rejects.toThrow(/the folder .*missing does not exist/);
    await expect(check(path.join(folder, 'fresh.csv'))).resolves.toBeUndefined();
    await expect(check(input)).rejects.toBeInstanceOf(UsageError);
  });
});
