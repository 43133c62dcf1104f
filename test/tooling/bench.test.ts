/**
 * npm run bench without running it: its flags (each bad one named, exit code 2), the spread of
 * repeated timings, and how targets are judged from measurements. No timed tests.
 */
import { describe, expect, it } from 'vitest';
import { BenchUsageError, DEFAULT_REPEATS, parseBenchArgs } from '../../scripts/bench/args';
import { benchMain } from '../../scripts/bench/main';
import { spreadOf } from '../../scripts/bench/spread';
import { judgeTargets, type Target } from '../../scripts/bench/targets';
import { unmeasured, type Measurement } from '../../scripts/bench/measurement';
import { WORKLOADS } from '../../scripts/bench/catalogue';
import { pairedOverhead } from '../../scripts/bench/overheadRunner';
import { measure } from '../../scripts/bench/child';
import { paceOf, threadPaces } from '../../scripts/bench/cliRunner';
import { describePace } from '../../cli/simulate/chunkClock';

function runMain(...argv: string[]): Readonly<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = benchMain(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('bench flags', () => {
  it('defaults to every workload at its own sizes, 5 repeats, a table', () => {
    expect(parseBenchArgs([])).toEqual({ help: false, json: false, only: null, sizes: null, repeats: DEFAULT_REPEATS });
  });

  it('reads --json, --only, --sizes and --repeats, spaced or with =', () => {
    expect(parseBenchArgs(['--json', '--only', 'w2,w1,w2', '--sizes=1e5,10_000,1e5', '--repeats', '3'])).toEqual({
      help: false,
      json: true,
      only: ['w2', 'w1'],
      sizes: [10_000, 100_000],
      repeats: 3,
    });
  });

  it.each([
    [['--fast'], 'unknown option --fast'],
    [['--only', 'w3'], '--only: unknown workload "w3"'],
    [['--only', 'w1,,w2'], '--only needs a comma-separated list'],
    [['--sizes', 'lots'], '--sizes: "lots" is not a whole number of trials'],
    [['--sizes', '1e8'], '--sizes: "1e8" is not a whole number of trials from 100 to 10,000,000'],
    [['--sizes', '99'], '--sizes: "99"'],
    [['--sizes', '150.5'], '--sizes: "150.5"'],
    [['--repeats', '0'], '--repeats must be a whole number from 1 to 1000, got "0"'],
    [['--repeats', '2.5'], '--repeats must be a whole number'],
    [['--repeats'], '--repeats needs a value'],
    [['--only', '--json'], '--only needs a value'],
    [['--json=yes'], '--json takes no value'],
    [['--repeats', '3', '--repeats', '4'], '--repeats was given twice'],
    [['w1'], 'unexpected argument "w1"'],
  ])('rejects %j naming the flag', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });

  it('exits with code 2 and the message on stderr for a bad flag, before measuring anything', () => {
    const bad = runMain('--sizes', '1e4,abc');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('bench: --sizes: "abc" is not a whole number of trials');
    expect(bad.stderr).toContain('Usage: npm run bench');
    expect(runMain('--workers', '2').code).toBe(2);
  });

  it('prints usage for --help and exits 0', () => {
    const help = runMain('--help');
    expect(help.code).toBe(0);
    for (const workload of WORKLOADS) expect(help.stdout).toContain(workload.name);
  });
});

describe('spreadOf', () => {
  it('gives the median (mean of the middle two for an even count) and the range', () => {
    expect(spreadOf([3, 1, 2])).toMatchObject({ median: 2, min: 1, max: 3 });
    expect(spreadOf([4, 1, 3, 2])).toMatchObject({ median: 2.5, min: 1, max: 4 });
  });
});

function measured(workload: Measurement['workload'], trials: number, seconds: number, extra: Measurement['extra'] = {}, peakRssBytes: number | null = null): Measurement {
  return {
    workload,
    trials,
    status: 'ok',
    message: null,
    seconds: spreadOf([seconds]),
    cpuSeconds: spreadOf([seconds]),
    trialsPerSecond: spreadOf([trials / seconds]),
    minorPageFaults: null,
    coldSeconds: seconds,
    peakRssBytes,
    phases: {},
    mean: 1,
    checks: [],
    extra,
  };
}

const byId = (targets: readonly Target[], id: string): Target => targets.find((target) => target.id === id)!;

describe('targets', () => {
  it('judges each target from its measurement', () => {
    const targets = judgeTargets([
      measured('w1', 1e6, 0.1),
      measured('w2', 1e6, 0.5),
      measured('hospital', 1e6, 0.5),
      measured('insurance', 1e6, 0.6),
      measured('summaries', 1e6, 0.07),
      measured('sensitivity', 1e5, 3.5, { inputs: 36, runs: 74 }),
      measured('cli', 1e6, 1, {}, 149e6),
      measured('cli', 1e7, 10, {}, 601e6),
      measured('parallel', 4e6, 1, { speedup: 1.9, identicalForAnyN: true }),
    ]);
    expect(byId(targets, 'w1-rate')).toMatchObject({ pass: true, value: 1e7 });
    expect(byId(targets, 'w2-rate')).toMatchObject({ pass: false, value: 2e6 });
    expect(byId(targets, 'hospital-1e6').pass).toBe(true);
    expect(byId(targets, 'insurance-overhead')).toMatchObject({ pass: true });
    expect(byId(targets, 'insurance-overhead').value).toBeCloseTo(0.2, 12);
    expect(byId(targets, 'summaries-1e6').pass).toBe(false);
    // 36 inputs take 74 runs; 20 inputs would take 42: 3.5 x 42 / 74 = 1.99 s.
    expect(byId(targets, 'tornado-1e5').value).toBeCloseTo((3.5 * 42) / 74, 12);
    expect(byId(targets, 'tornado-1e5').pass).toBe(true);
    expect(byId(targets, 'memory-1e6').pass).toBe(true);
    expect(byId(targets, 'memory-1e7').pass).toBe(false);
    expect(byId(targets, 'parallel-speedup').pass).toBe(true);
    expect(byId(targets, 'parallel-identical').pass).toBe(true);
    expect(byId(targets, 'app-update').pass).toBeNull();
  });

  it('judges the insurance overhead on the pairs run back to back when they were measured, and names the separate medians beside it', () => {
    const paired = measured('insurance-overhead', 1e6, 0.66, { overhead: 0.18, pairOverheads: '0.150 0.180 -0.020', hospitalSeconds: 0.56, pairs: 3 });
    // Measured minutes apart the two workloads differ by 40%: the pairs decide.
    const target = byId(judgeTargets([measured('hospital', 1e6, 0.5), measured('insurance', 1e6, 0.7), paired]), 'insurance-overhead');
    expect(target).toMatchObject({ pass: true, value: 0.18 });
    expect(target.measured).toBe('+18%, the median of 3 pairs run back to back (+15%, +18%, -2%; medians 0.660 s against 0.560 s)');
    expect(target.note).toBe('Measured minutes apart as the hospital and insurance workloads: +40% (0.700 s against 0.500 s).');
    expect(byId(judgeTargets([measured('insurance-overhead', 1e6, 0.7, { overhead: 0.25, pairOverheads: '0.250', hospitalSeconds: 0.56, pairs: 1 })]), 'insurance-overhead').pass).toBe(false);
    expect(byId(judgeTargets([unmeasured('insurance-overhead', 1e6, 'failed', 'insurance: the child process was killed by SIGKILL')]), 'insurance-overhead').pass).toBe(false);
  });

  it('times only the runs after a child\'s warm-ups: one unless asked for more', () => {
    const spec = { mode: 'timing', workload: 'w1', trials: 1000, repeats: 2, seed: 1 } as const;
    const once = measure(spec);
    const thrice = measure({ ...spec, warmUps: 3 });
    if (!once.ok || !thrice.ok) throw new Error('the child failed');
    // Every run's mean is kept (the same bits each time); only the timed runs have seconds.
    expect([once.means.length, once.seconds.length, once.cpuSeconds.length]).toEqual([3, 2, 2]);
    expect([thrice.means.length, thrice.seconds.length, thrice.minorPageFaults.length]).toEqual([5, 2, 2]);
    expect(new Set([...once.means, ...thrice.means]).size).toBe(1);
    const cold = measure({ ...spec, mode: 'memory', warmUps: 3 });
    if (!cold.ok) throw new Error('the child failed');
    expect([cold.means.length, cold.seconds.length]).toEqual([1, 1]);
  });

  it('takes each pair\'s own ratio for the overhead, and their median', () => {
    const { overhead, perPair } = pairedOverhead([
      { hospital: 0.5, insurance: 0.6 },
      { hospital: 0.8, insurance: 0.9 },
      { hospital: 0.4, insurance: 0.6 },
    ]);
    expect(perPair.map((share) => share.toFixed(3))).toEqual(['0.200', '0.125', '0.500']);
    expect(overhead).toBeCloseTo(0.2, 12);
  });

  it('states the machine\'s parallel ceilings, the CLI\'s own and both runs\' CPU beside the speed-up', () => {
    const run = measured('parallel', 4e6, 2.5, { speedup: 1.2, oneWorkerSeconds: 3, oneWorkerCpuSeconds: 3.1, ceiling: 1.95, memoryCeiling: 1.3, freshMemoryCeiling: 1.4, halfRunCeiling: 1.6, identicalForAnyN: true });
    const target = byId(judgeTargets([run]), 'parallel-speedup');
    expect(target.pass).toBe(false);
    expect(target.measured).toContain(
      "1.20x (the machine's parallel ceiling for work as long, measured between the runs: 1.95x for arithmetic, 1.30x for work on memory, 1.40x for taking fresh memory; the CLI's own ceiling, one thread over one thread simulating half the years (two threads dividing the run perfectly, neither slowing the other): 1.60x; CPU 3.10 s with 1 worker,",
    );
  });

  it('states the CPU ceiling and the threads\' warm-up and steady pace when measured', () => {
    const run = measured('parallel', 4e6, 2.5, {
      speedup: 1.4,
      cpuCeiling: 1.75,
      steadySpeedup: 1.8,
      warmUpOneSeconds: 0.25,
      warmUpTwoSeconds: 0.45,
      identicalForAnyN: true,
    });
    expect(byId(judgeTargets([run]), 'parallel-speedup').measured).toBe(
      "1.40x (two cores over the cores the one-thread run already keeps busy (V8 compiles on the other): at most 1.75x, were two threads to take no more CPU than one; once warm, the threads simulate 1.80x as fast as one; each thread's first 16 chunks take 0.45 s with 2 workers against 0.25 s with 1)",
    );
  });

  it('says why the CLI\'s own ceiling is missing when its half run failed, and still judges the speed-up', () => {
    const problem = 'the run of half the years (--trials 2000000 --seed 1 --format json --workers 1) failed: the CLI exited with code 134';
    const run = measured('parallel', 4e6, 2.5, { speedup: 1.5, halfRunProblem: problem, identicalForAnyN: true });
    const target = byId(judgeTargets([run]), 'parallel-speedup');
    expect(target.pass).toBe(false);
    expect(target.measured).toBe(`1.50x (no CLI ceiling: ${problem})`);
  });

  it('fails a target whose workload failed or does not exist yet, and leaves unmeasured ones open', () => {
    const targets = judgeTargets([
      unmeasured('cli', 1e7, 'failed', 'the CLI exited with code 134: JavaScript heap out of memory'),
      unmeasured('parallel', 4e6, 'not-implemented', 'aftermath simulate has no --workers option yet'),
    ]);
    expect(byId(targets, 'memory-1e7')).toMatchObject({ pass: false });
    expect(byId(targets, 'memory-1e7').measured).toContain('out of memory');
    expect(byId(targets, 'parallel-speedup').pass).toBe(false);
    expect(byId(targets, 'parallel-identical').pass).toBe(false);
    expect(byId(targets, 'hospital-1e6').pass).toBeNull();
    expect(byId(targets, 'insurance-overhead').pass).toBeNull();
  });
});

describe('the CLI threads\' pace, read back from AFTERMATH_TIMING', () => {
  const stderr = (...lines: string[]) => `aftermath: simulated 4,000,000 years on 2 threads in 1.700 s (peak RSS 220 MB), summarised in 0.400 s (peak RSS 285 MB)\n${lines.map((line) => `aftermath: ${line}\n`).join('')}`;
  const run = (text: string) => ({ code: 0, seconds: 2.5, cpuSeconds: 4, maxRssBytes: null, stdoutHash: '', stdout: '', stderr: text });

  it('reads each thread past its warm-up, in the words describePace writes', () => {
    const text = stderr(
      describePace(1, 2, { chunks: 240, warmChunks: 16, warmMs: 456, steadyMsPerChunk: 5.44 }),
      describePace(2, 2, { chunks: 249, warmChunks: 16, warmMs: 445, steadyMsPerChunk: 5.02 }),
    );
    expect(threadPaces(text)).toEqual([
      { warmSeconds: 0.456, steadyMsPerChunk: 5.44 },
      { warmSeconds: 0.445, steadyMsPerChunk: 5.02 },
    ]);
  });

  it('takes the slowest thread\'s warm-up and the threads\' mean pace of each run, then the median over the runs', () => {
    const pace = (thread: number, warmMs: number, steady: number) => describePace(thread, 2, { chunks: 240, warmChunks: 16, warmMs, steadyMsPerChunk: steady });
    const runs = [run(stderr(pace(1, 400, 5), pace(2, 450, 6))), run(stderr(pace(1, 500, 4), pace(2, 300, 4))), run(stderr(pace(1, 100, 9), pace(2, 200, 9)))];
    expect(paceOf(runs)).toEqual({ warmSeconds: 0.45, steadyMsPerChunk: 5.5 });
  });

  it('gives none when a run told no pace', () => {
    expect(paceOf([run(stderr(describePace(1, 1, { chunks: 240, warmChunks: 16, warmMs: 250, steadyMsPerChunk: 4.6 }))), run(stderr())])).toBeNull();
    expect(paceOf([])).toBeNull();
  });
});
