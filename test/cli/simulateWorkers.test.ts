/**
 * `aftermath simulate --workers N`: bad values are refused with a message naming the flag (exit
 * code 2), and the output is the same, byte for byte, for 1, 2 and 3 threads: in-process (the
 * worker threads run the TypeScript source through tsx) and as the built CLI runs (its worker is
 * out/cli/simulateWorker.js; needs "npm run build:cli").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { runScenario } from '../../shared/engine/runScenario';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { GOLDEN_CASES } from '../shared/goldenRuns';
import { SimulateWorkers } from '../../cli/simulate/threads';
import { prepareRun, scenarioResult } from '../../shared/engine/runScenario';
import { summariseOnThreads } from '../../cli/commands/simulate';
import { grossReadings, summariseInsuranceFrom } from '../../shared/insurance/summary';
import { sortedCopy } from '../../shared/stats/quantiles';
import { likelyWorkers, prestartSimulateWorkers, takeReadyWorkers } from '../../cli/simulate/prestart';
import { PACE_LINE } from '../../cli/simulate/chunkClock';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('aftermath simulate --workers', () => {
  it.each([
    ['0', /^aftermath: --workers must be a whole number from 1 to 64, got "0"\n/],
    ['65', /^aftermath: --workers must be a whole number from 1 to 64, got "65"\n/],
    ['2.5', /^aftermath: --workers must be a whole number from 1 to 64, got "2.5"\n/],
    ['-1', /^aftermath: --workers needs a number, got "-1"\n/],
    ['abc', /^aftermath: --workers needs a number, got "abc"\n/],
    ['', /^aftermath: --workers needs a number, got ""\n/],
  ])('refuses --workers %j with exit code 2', async (value, message) => {
    const { code, stdout, stderr } = await cli('simulate', '--trials', '1000', `--workers=${value}`);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('refuses a missing value and a second --workers', async () => {
    expect((await cli('simulate', '--workers')).stderr).toMatch(/^aftermath: --workers needs a value\n/);
    expect((await cli('simulate', '--workers', '1', '--workers', '2')).stderr).toMatch(/^aftermath: --workers was given 2 times; give it once\n/);
  });

  it('prints the same JSON for 1, 2 and 3 threads, and the same as the engine in this thread', async () => {
    // 150,000 years: 19 chunks in batches of 2 to 8 chunks, the last chunk partial; the hospital has a tower.
    const args = ['simulate', '--trials', '150000', '--seed', '7', '--format', 'json', '--threshold', '5e6'];
    const outputs = [];
    for (const workers of ['1', '2', '3']) {
      const { code, stdout, stderr } = await cli(...args, '--workers', workers);
      expect([code, stderr]).toEqual([0, '']);
      outputs.push(stdout);
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    expect(outputs[0]).toBe(`${JSON.stringify(runScenario(regionalHospital.scenario, { trials: 150_000, seed: 7, thresholds: [5e6] }), null, 2)}\n`);
  });

  it('prints the same CSV for 1 and 3 threads with controls and a custom threat', async () => {
    const everything = GOLDEN_CASES.find((golden) => golden.scenario.controls !== undefined);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'aftermath-workers-')), 'scenario.json');
    writeFileSync(file, JSON.stringify(everything?.scenario));
    const one = await cli('simulate', file, '--trials', '30000', '--seed', '3', '--format', 'csv', '--workers', '1');
    const three = await cli('simulate', file, '--trials', '30000', '--seed', '3', '--format', 'csv', '--workers', '3');
    expect([one.code, one.stderr, three.code, three.stderr]).toEqual([0, '', 0, '']);
    expect(three.stdout).toBe(one.stdout);
  });
});

describe('SimulateWorkers', () => {
  it('simulates a failed worker\'s share in this thread, says so, and gives the same result', async () => {
    const prepared = prepareRun(regionalHospital.scenario, { trials: 40_000, seed: 5 });
    const broken = new URL(`data:text/javascript,${encodeURIComponent('throw new Error("no worker today")')}`);
    const warnings: string[] = [];
    const run = await new SimulateWorkers(2, broken).simulate(regionalHospital.scenario, prepared, { warn: (message) => warnings.push(message) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^2 simulation workers failed: no worker today; no worker today/);
    expect(JSON.stringify(scenarioResult(regionalHospital.scenario, prepared, run))).toBe(JSON.stringify(runScenario(regionalHospital.scenario, { trials: 40_000, seed: 5 })));
  });

  it('gives no insurance summary when no worker can make it, so the command makes it itself', async () => {
    const uninsured = { ...regionalHospital.scenario, insurance: undefined };
    const prepared = prepareRun(uninsured, { trials: 40_000, seed: 5 });
    const years = (run: { annualLoss: Float64Array; trials: number }) => ({
      annualLoss: run.annualLoss,
      towerLoss: new Float64Array(run.trials),
      withheldTotals: new Float64Array(6),
    });
    const curve = { curveLosses: [1], gross: { adequacyLosses: [0, 0], curveExceedance: [0] } };
    // Its worker finished its lane, but the scenario has no programme: the worker says it failed, and the caller is told.
    const workers = new SimulateWorkers(1);
    const run = await workers.simulate(uninsured, prepared);
    const told: string[] = [];
    expect(await workers.startInsuranceSummary(years(run), (message) => told.push(message)).complete(curve)).toBeNull();
    expect(told).toEqual(['the worker making the insurance summary failed (the scenario has no insurance programme); it was made in the main thread instead']);
    // Asked again, no worker is left to ask.
    expect(await workers.startInsuranceSummary(years(run)).complete(curve)).toBeNull();
    workers.close();
    // Workers that never started.
    const broken = new URL(`data:text/javascript,${encodeURIComponent('throw new Error("no worker today")')}`);
    const none = new SimulateWorkers(1, broken);
    const alone = await none.simulate(uninsured, prepared, { warn: () => undefined });
    expect(await none.startInsuranceSummary(years(alone)).complete(curve)).toBeNull();
  });

  it('makes the insurance summary in a worker, the same as in this thread, key for key', async () => {
    for (const [trials, seed] of [
      [60_000, 3],
      [45_001, 8],
    ] as const) {
      const options = { trials, seed, thresholds: [2e6] };
      const prepared = prepareRun(regionalHospital.scenario, options);
      const workers = new SimulateWorkers(1);
      const run = await workers.simulate(regionalHospital.scenario, prepared);
      const result = await summariseOnThreads(workers, regionalHospital.scenario, prepared, run, options, { minTrials: 0 });
      workers.close();
      expect(JSON.stringify(result)).toBe(JSON.stringify(runScenario(regionalHospital.scenario, options)));
    }
    // And the worker itself answers (rather than leaving it to this thread).
    const prepared = prepareRun(regionalHospital.scenario, { trials: 30_000, seed: 2 });
    const workers = new SimulateWorkers(1);
    const run = await workers.simulate(regionalHospital.scenario, prepared);
    // It starts on the years before the curve exists, as the command hands them over.
    const started = workers.startInsuranceSummary({ annualLoss: run.annualLoss, towerLoss: run.insurance!.towerLoss, withheldTotals: run.insurance!.withheldTotals });
    const sorted = sortedCopy(run.annualLoss);
    const curveLosses = [1e5, 1e6, 1e7];
    const gross = grossReadings(sorted, curveLosses);
    const fromWorker = await started.complete({ curveLosses, gross });
    expect(fromWorker).not.toBeNull();
    expect(JSON.stringify(fromWorker)).toBe(JSON.stringify(summariseInsuranceFrom(prepared.plan.insurance!, run.insurance!, run.annualLoss, curveLosses, gross)));
  });

  it('simulates a run too short to share in this thread alone, with the same result', async () => {
    const prepared = prepareRun(regionalHospital.scenario, { trials: 5_000, seed: 5 });
    const workers = new SimulateWorkers(3);
    const run = await workers.simulate(regionalHospital.scenario, prepared);
    expect(JSON.stringify(scenarioResult(regionalHospital.scenario, prepared, run))).toBe(JSON.stringify(runScenario(regionalHospital.scenario, { trials: 5_000, seed: 5 })));
  });
});

describe('workers started as the process starts', () => {
  it('guesses from the arguments how many workers simulate will want, at most one per core but the main thread\'s', () => {
    expect(likelyWorkers(['simulate'], 2)).toBe(1);
    expect(likelyWorkers(['simulate', 'file.json', '--trials', '4e6'], 4)).toBe(3);
    expect(likelyWorkers(['simulate', '--workers', '1'], 2)).toBe(0);
    expect(likelyWorkers(['simulate', '--workers=3'], 8)).toBe(2);
    expect(likelyWorkers(['simulate', '--workers', '64'], 2)).toBe(1);
    // Values the parser refuses start none; the parser then says what is wrong.
    expect(likelyWorkers(['simulate', '--workers', 'two'], 2)).toBe(0);
    expect(likelyWorkers(['simulate', '--workers', '1.5'], 2)).toBe(0);
    expect(likelyWorkers(['simulate', '--workers'], 2)).toBe(0);
    expect(likelyWorkers(['quote', 'book.csv', '--workers', '2'], 2)).toBe(0);
    expect(likelyWorkers([], 2)).toBe(0);
  });

  it('hands its workers over once, and a run on them gives the same figures', async () => {
    prestartSimulateWorkers(['simulate', '--workers', '2'], undefined, 2);
    const ready = takeReadyWorkers();
    expect(ready).toHaveLength(1);
    expect(takeReadyWorkers()).toEqual([]);
    const options = { trials: 40_000, seed: 5 };
    const prepared = prepareRun(regionalHospital.scenario, options);
    const workers = new SimulateWorkers(1, undefined, ready);
    const run = await workers.simulate(regionalHospital.scenario, prepared);
    workers.close();
    expect(JSON.stringify(scenarioResult(regionalHospital.scenario, prepared, run, options))).toBe(JSON.stringify(runScenario(regionalHospital.scenario, options)));
  });

  it('stops the ready workers a run does not want', async () => {
    prestartSimulateWorkers(['simulate', '--workers', '3'], undefined, 3);
    const ready = takeReadyWorkers();
    expect(ready).toHaveLength(2);
    const workers = new SimulateWorkers(1, undefined, ready);
    // The second is stopped at once: it ends without an answer.
    expect(await ready[1]?.next()).toMatchObject({ type: 'failed', message: expect.stringMatching(/stopped with exit code/) as unknown });
    workers.close();
  });
});

describe('the built aftermath simulate --workers', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [path.resolve('bin/aftermath.js'), ...args], { encoding: 'utf8', timeout: 120_000 });

  it('prints the same JSON with its worker thread as without, and no warning', () => {
    const args = ['simulate', '--trials', '200000', '--seed', '2', '--format', 'json'];
    const one = run(...args, '--workers', '1');
    const two = run(...args, '--workers', '2');
    expect([one.status, one.stderr, two.status, two.stderr]).toEqual([0, '', 0, '']);
    expect(two.stdout).toBe(one.stdout);
  });

  it('says how long the simulation and the summaries took, the peak memory and each thread’s pace, when AFTERMATH_TIMING is set', () => {
    const timed = (workers: string, trials: string) =>
      spawnSync(process.execPath, [path.resolve('bin/aftermath.js'), 'simulate', '--trials', trials, '--workers', workers, '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, AFTERMATH_TIMING: '1' },
      });
    const two = timed('2', '20000');
    expect(two.status).toBe(0);
    const lines = two.stderr.split('\n');
    expect(lines[0]).toMatch(/^aftermath: simulated 20,000 years on 2 threads in \d+\.\d{3} s \(peak RSS \d+ MB\), summarised in \d+\.\d{3} s \(peak RSS \d+ MB\)$/);
    // 20,000 years are three chunks: both threads are still warming up when the run ends (a
    // worker that starts late on a busy machine may find none left).
    const paces = lines.slice(1, -1);
    expect(paces).toHaveLength(2);
    for (const [i, line] of paces.entries()) expect(line).toMatch(new RegExp(`^aftermath: thread ${i + 1} of 2: [0-3] chunks? of 8,192 years; the first [0-3] in \\d+\\.\\d{3} s, no chunks after them$`));
    const chunks = paces.map((line) => Number(/: (\d) chunks?/.exec(line)?.[1]));
    expect((chunks[0] ?? 0) + (chunks[1] ?? 0)).toBe(3);
    // 200,000 years on one thread: 25 chunks, 16 of them the warm-up, the benchmark's line.
    const one = timed('1', '200000');
    expect(one.status).toBe(0);
    const matched = [...one.stderr.matchAll(PACE_LINE)];
    expect(matched.map((match) => match.slice(1, 5))).toEqual([['1', '1', '25', '16']]);
  });
});
