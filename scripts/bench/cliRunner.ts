/**
 * Workloads that run the built command line (out/cli/aftermath.js) as a user would, one fresh
 * process per run: `cli` (aftermath simulate, its wall time and peak RSS) and `parallel`
 * (--workers 1 against --workers 2). Peak RSS comes from the CLI process itself: a module loaded
 * first with --import reports process.resourceUsage().maxRSS on stderr as the process exits.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BENCH_SEED } from './engineRunner';
import { unmeasured, type Check, type Measurement } from './measurement';
import { spreadOf, type Spread } from './spread';
import { parallelCeiling } from './parallelCeiling';
import { PACE_LINE } from '../../cli/simulate/chunkClock';

const MARKER = 'AFTERMATH_BENCH_USAGE=';
/** Prints "maxRSS in kB,user CPU in microseconds,system CPU in microseconds" as the process exits. */
const PROBE = `import{writeSync}from"node:fs";process.on("exit",()=>{const u=process.resourceUsage();writeSync(2,"\\n${MARKER}"+u.maxRSS+","+u.userCPUTime+","+u.systemCPUTime+"\\n")});`;

type CliRun = Readonly<{ code: number | null; seconds: number; cpuSeconds: number | null; maxRssBytes: number | null; stdoutHash: string; stdout: string; stderr: string }>;

/** A thread's pace as the CLI told it with AFTERMATH_TIMING (cli/simulate/chunkClock.ts). */
export type ThreadPace = Readonly<{ warmSeconds: number; steadyMsPerChunk: number }>;

/** The pace of each thread that got past its warm-up, from a run's stderr. */
export function threadPaces(stderr: string): ThreadPace[] {
  return [...stderr.matchAll(PACE_LINE)].map((match) => ({ warmSeconds: Number(match[5]), steadyMsPerChunk: Number(match[6]) }));
}

/**
 * What the threads' paces say over a set of runs: the slowest thread's warm-up (the run waits for
 * it) and the threads' mean steady time a chunk, each the median over the runs; null when a run
 * told none (a CLI without AFTERMATH_TIMING's pace lines). A thread that never got past its
 * warm-up tells no steady pace and is left out (at 4e6 years every thread does far more).
 */
export function paceOf(runs: readonly CliRun[]): Readonly<{ warmSeconds: number; steadyMsPerChunk: number }> | null {
  const paces = runs.map((run) => threadPaces(run.stderr));
  if (paces.length === 0 || paces.some((threads) => threads.length === 0)) return null;
  return {
    warmSeconds: spreadOf(paces.map((threads) => Math.max(...threads.map((pace) => pace.warmSeconds)))).median,
    steadyMsPerChunk: spreadOf(paces.map((threads) => threads.reduce((sum, pace) => sum + pace.steadyMsPerChunk, 0) / threads.length)).median,
  };
}

export function cliPath(root: string): string {
  return path.join(root, 'out', 'cli', 'aftermath.js');
}

/** @param paced run with AFTERMATH_TIMING, so that the CLI tells each thread's pace on stderr */
function runCli(cli: string, args: readonly string[], paced = false): CliRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(PROBE)}`, cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(paced ? { env: { ...process.env, AFTERMATH_TIMING: '1' } } : {}),
  });
  const seconds = (performance.now() - start) / 1000;
  const stderr = child.stderr ?? '';
  const match = new RegExp(`${MARKER}(\\d+),(\\d+),(\\d+)`).exec(stderr);
  return {
    code: child.status,
    seconds,
    cpuSeconds: match ? (Number(match[2]) + Number(match[3])) / 1e6 : null,
    maxRssBytes: match ? Number(match[1]) * 1024 : null,
    stdoutHash: createHash('sha256').update(child.stdout ?? '').digest('hex'),
    stdout: child.stdout ?? '',
    stderr: stderr.replace(new RegExp(`\\n?${MARKER}[\\d,]+\\n?`), ''),
  };
}

function failure(run: CliRun): string {
  const said = run.stderr.trim().split('\n')[0] ?? '';
  return `the CLI exited with code ${String(run.code)}${said ? `: ${said}` : ''}`;
}

/** A warm-up run, then `repeats` timed runs; null and the failing run when one fails. */
function runRepeated(cli: string, args: readonly string[], repeats: number): Readonly<{ runs: CliRun[]; failed: CliRun | null }> {
  const runs: CliRun[] = [];
  for (let i = 0; i <= repeats; i += 1) {
    const run = runCli(cli, args);
    if (run.code !== 0) return { runs, failed: run };
    runs.push(run);
  }
  return { runs, failed: null };
}

function meanOf(run: CliRun | undefined): number | null {
  try {
    const mean = (JSON.parse(run?.stdout ?? '') as { annualLoss?: { mean?: unknown } }).annualLoss?.mean;
    return typeof mean === 'number' ? mean : null;
  } catch {
    return null;
  }
}

function cpuSpread(runs: readonly CliRun[]): Spread | null {
  const values = runs.map((run) => run.cpuSeconds).filter((value): value is number => value !== null);
  return values.length === runs.length && values.length > 0 ? spreadOf(values) : null;
}

function maxRss(runs: readonly CliRun[]): number | null {
  const values = runs.map((run) => run.maxRssBytes).filter((value): value is number => value !== null);
  return values.length > 0 ? Math.max(...values) : null;
}

function simulateArgs(trials: number, extra: readonly string[] = []): string[] {
  return ['simulate', '--trials', String(trials), '--seed', String(BENCH_SEED), '--format', 'json', ...extra];
}

export function measureCli(root: string, trials: number, repeats: number): Measurement {
  const cli = cliPath(root);
  if (!existsSync(cli)) return unmeasured('cli', trials, 'not-measured', `${cli} is missing: run "npm run build:cli" first`);
  const { runs, failed } = runRepeated(cli, simulateArgs(trials), repeats);
  if (failed) return unmeasured('cli', trials, 'failed', failure(failed));
  const timed = runs.slice(1);
  const identical = runs.every((run) => run.stdoutHash === runs[0]?.stdoutHash);
  return {
    workload: 'cli',
    trials,
    status: 'ok',
    message: null,
    seconds: spreadOf(timed.map((run) => run.seconds)),
    cpuSeconds: cpuSpread(timed),
    trialsPerSecond: spreadOf(timed.map((run) => trials / run.seconds)),
    minorPageFaults: null,
    coldSeconds: runs[0]?.seconds ?? null,
    peakRssBytes: maxRss(runs),
    phases: {},
    mean: meanOf(runs[0]),
    checks: [{ name: 'reproducible', pass: identical, detail: identical ? `${runs.length} processes printed byte-identical JSON` : 'the JSON differed between runs of one seed' }],
    extra: {},
  };
}

/**
 * --workers 1 against --workers 2, run alternately (a warm-up of each, then `repeats` pairs), so
 * that both see the machine as it is at the time; after each pair, the machine's parallel
 * ceiling for work as long as the one-thread run (parallelCeiling.ts), the most a second thread
 * could have gained just then, for arithmetic, for work on memory and for taking fresh memory;
 * and, just before each pair, the CLI's own ceiling: a one-thread run of half the years, the time
 * two threads would take if the years divided perfectly between them and neither slowed the
 * other. A real run pays what that run pays besides its years (the process's start, V8's warm-up
 * of the engine on each thread, the output), so the one-thread run over it is about the most a
 * second thread could give this CLI here. A half run that fails leaves the ceiling out, with
 * its reason, and the speed-up measured.
 */
export function measureParallel(root: string, trials: number, repeats: number): Measurement {
  const cli = cliPath(root);
  if (!existsSync(cli)) return unmeasured('parallel', trials, 'not-measured', `${cli} is missing: run "npm run build:cli" first`);
  const oneArgs = simulateArgs(trials, ['--workers', '1']);
  const twoArgs = simulateArgs(trials, ['--workers', '2']);
  const one: CliRun[] = [];
  const two: CliRun[] = [];
  const ceilings: number[] = [];
  const memoryCeilings: number[] = [];
  const freshCeilings: number[] = [];
  const halves: CliRun[] = [];
  let halfProblem: string | null = null;
  const halfArgs = simulateArgs(Math.ceil(trials / 2), ['--workers', '1']);
  for (let i = 0; i <= repeats; i += 1) {
    if (i > 0 && halfProblem === null) {
      const half = runCli(cli, halfArgs);
      if (half.code === 0) halves.push(half);
      else halfProblem = `the run of half the years (${halfArgs.slice(1).join(' ')}) failed: ${failure(half)}`;
    }
    const single = runCli(cli, oneArgs, true);
    if (single.code !== 0) {
      const message = failure(single);
      const missing = single.code === 2 && /--workers/.test(single.stderr);
      return unmeasured('parallel', trials, missing ? 'not-implemented' : 'failed', missing ? `aftermath simulate has no --workers option yet (${message})` : message);
    }
    const double = runCli(cli, twoArgs, true);
    if (double.code !== 0) return unmeasured('parallel', trials, 'failed', failure(double));
    one.push(single);
    two.push(double);
    if (i === 0) continue;
    const ceiling = parallelCeiling(single.seconds);
    if (ceiling !== null) ceilings.push(ceiling);
    const memoryCeiling = parallelCeiling(single.seconds, 'memory');
    if (memoryCeiling !== null) memoryCeilings.push(memoryCeiling);
    const freshCeiling = parallelCeiling(single.seconds, 'fresh');
    if (freshCeiling !== null) freshCeilings.push(freshCeiling);
  }
  const all = [...one, ...two];
  const identical = all.every((run) => run.stdoutHash === all[0]?.stdoutHash);
  const oneSeconds = spreadOf(one.slice(1).map((run) => run.seconds));
  const twoSeconds = spreadOf(two.slice(1).map((run) => run.seconds));
  const halfSeconds = halfProblem === null && halves.length > 0 ? spreadOf(halves.map((run) => run.seconds)).median : null;
  // Each pair's own ratio, so that a pair measured while the machine was slow is compared with itself.
  const pairRatios = one.slice(1).map((run, i) => run.seconds / (two[i + 1]?.seconds ?? Infinity));
  const checks: Check[] = [
    { name: 'same results for any N', pass: identical, detail: identical ? 'byte-identical JSON with 1 and 2 workers' : 'the JSON differs between 1 and 2 workers' },
  ];
  const oneCpu = cpuSpread(one.slice(1))?.median;
  const onePace = paceOf(one.slice(1));
  const twoPace = paceOf(two.slice(1));
  return {
    workload: 'parallel',
    trials,
    status: 'ok',
    message: null,
    seconds: twoSeconds,
    cpuSeconds: cpuSpread(two.slice(1)),
    trialsPerSecond: spreadOf(two.slice(1).map((run) => trials / run.seconds)),
    minorPageFaults: null,
    coldSeconds: two[0]?.seconds ?? null,
    peakRssBytes: maxRss(two),
    phases: {},
    mean: meanOf(two[0]),
    checks,
    extra: {
      oneWorkerSeconds: oneSeconds.median,
      ...(oneCpu !== undefined ? { oneWorkerCpuSeconds: oneCpu, cpuCeiling: (2 * oneSeconds.median) / oneCpu } : {}),
      speedup: oneSeconds.median / twoSeconds.median,
      pairSpeedups: pairRatios.map((ratio) => ratio.toFixed(3)).join(' '),
      ...(ceilings.length > 0 ? { ceiling: spreadOf(ceilings).median } : {}),
      ceilings: ceilings.map((ceiling) => ceiling.toFixed(3)).join(' '),
      ...(memoryCeilings.length > 0 ? { memoryCeiling: spreadOf(memoryCeilings).median } : {}),
      memoryCeilings: memoryCeilings.map((ceiling) => ceiling.toFixed(3)).join(' '),
      ...(freshCeilings.length > 0 ? { freshMemoryCeiling: spreadOf(freshCeilings).median } : {}),
      freshMemoryCeilings: freshCeilings.map((ceiling) => ceiling.toFixed(3)).join(' '),
      // As the speed-up is: the one-thread median over the half runs' median; and each pair's own.
      ...(halfSeconds !== null ? { halfRunSeconds: halfSeconds, halfRunCeiling: oneSeconds.median / halfSeconds } : {}),
      halfRunCeilings: halves.map((half, i) => ((one[i + 1]?.seconds ?? NaN) / half.seconds).toFixed(3)).join(' '),
      ...(halfProblem !== null ? { halfRunProblem: halfProblem } : {}),
      // Each thread's pace (AFTERMATH_TIMING): its warm-up, and once warm its time a chunk; two
      // threads at one thread's pace would simulate twice as fast once warm.
      ...(onePace && twoPace
        ? {
            warmUpOneSeconds: onePace.warmSeconds,
            warmUpTwoSeconds: twoPace.warmSeconds,
            steadyChunkMsOne: onePace.steadyMsPerChunk,
            steadyChunkMsTwo: twoPace.steadyMsPerChunk,
            steadySpeedup: (2 * onePace.steadyMsPerChunk) / twoPace.steadyMsPerChunk,
          }
        : {}),
      identicalForAnyN: identical,
    },
  };
}
