/**
 * Runs an engine workload at one size in fresh child processes, one after another: first a
 * `memory` child (one cold run: its seconds and peak RSS), then a `timing` child (one warm-up run,
 * then the repeats). A child that crashes or runs out of memory is a measured failure, never a
 * crash of the bench. Children are this same script started again with the same node flags
 * (so tsx or --cpu-prof carry over), told what to do by an environment variable.
 */
import { spawnSync } from 'node:child_process';
import { CHILD_ENV, type ChildResult, type ChildSpec } from './child';
import type { WorkloadName } from './catalogue';
import { unmeasured, type Check, type Measurement } from './measurement';
import { spreadOf } from './spread';

export const BENCH_SEED = 1;

type ChildOutcome = Readonly<{ ok: true; result: Extract<ChildResult, { ok: true }> }> | Readonly<{ ok: false; error: string }>;

function lastLine(text: string): string {
  const lines = text.trim().split('\n').filter((line) => line.trim() !== '');
  return lines[lines.length - 1] ?? '';
}

export function runChildProcess(spec: ChildSpec): ChildOutcome {
  const script = process.argv[1];
  if (script === undefined) return { ok: false, error: 'cannot find the bench script to start a child with' };
  const child = spawnSync(process.execPath, [...process.execArgv, script], {
    env: { ...process.env, [CHILD_ENV]: JSON.stringify(spec) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.error) return { ok: false, error: `could not start a child process: ${child.error.message}` };
  try {
    const parsed = JSON.parse(lastLine(child.stdout)) as ChildResult;
    if (parsed.ok) return { ok: true, result: parsed };
    return { ok: false, error: parsed.error };
  } catch {
    const how = child.signal ? `was killed by ${child.signal}` : `exited with code ${String(child.status)}`;
    const said = lastLine(child.stderr);
    return { ok: false, error: `the child process ${how}${said ? `: ${said}` : ''}` };
  }
}

/** Whether every value has the same bits as the first (Object.is: -0 and NaN too). */
export function sameBits(values: readonly number[]): boolean {
  return values.every((value) => Object.is(value, values[0]));
}

export function measureEngine(workload: WorkloadName, trials: number, repeats: number, log: (text: string) => void): Measurement {
  const base = { workload, trials, seed: BENCH_SEED, repeats };
  log(`  cold run in a fresh process (peak memory)...`);
  const memory = runChildProcess({ ...base, mode: 'memory' });
  if (!memory.ok) return unmeasured(workload, trials, 'failed', memory.error);
  log(`  ${memory.result.seconds[0]?.toFixed(3)} s cold; 1 warm-up and ${repeats} timed runs...`);
  const timing = runChildProcess({ ...base, mode: 'timing' });
  if (!timing.ok) return unmeasured(workload, trials, 'failed', timing.error);
  const t = timing.result;
  const seconds = spreadOf(t.seconds);
  const allMeans = [...memory.result.means, ...t.means];
  const checks: Check[] = [];
  if (t.check) {
    const c = t.check;
    checks.push({
      name: 'closed-form mean',
      pass: c.pass,
      detail: `mean ${c.measured.toFixed(0)} against ${c.expected.toFixed(0)}: ${c.zScore.toFixed(2)} standard errors (allowed ${(c.tolerance / c.standardError).toFixed(0)})`,
    });
  }
  checks.push({
    name: 'reproducible',
    pass: sameBits(allMeans),
    detail: sameBits(allMeans) ? `${allMeans.length} runs of seed ${BENCH_SEED} in 2 processes: bit-identical means` : `means differ across runs of seed ${BENCH_SEED}: ${allMeans.join(', ')}`,
  });
  const phases = Object.fromEntries(Object.entries(t.phases).map(([phase, values]) => [phase, spreadOf(values)]));
  return {
    workload,
    trials,
    status: 'ok',
    message: null,
    seconds,
    cpuSeconds: spreadOf(t.cpuSeconds),
    trialsPerSecond: spreadOf(t.seconds.map((s) => trials / s)),
    minorPageFaults: spreadOf(t.minorPageFaults),
    coldSeconds: memory.result.seconds[0] ?? null,
    peakRssBytes: memory.result.maxRssBytes,
    phases,
    mean: t.means[0] ?? null,
    checks,
    extra: { ...t.extra, ...t.setup, timingProcessPeakRssBytes: t.maxRssBytes, ...(memory.result.vmHwmBytes !== null ? { vmHwmBytes: memory.result.vmHwmBytes } : {}) },
  };
}

/**
 * Peak RSS of node with the bench loaded and nothing run (the floor under every figure), and
 * what first writing fresh memory costs per MB on this machine.
 */
export function idleProcess(): Readonly<{ rssBytes: number | null; freshMemoryMsPerMb: number | null }> {
  const idle = runChildProcess({ mode: 'idle', workload: 'w1', trials: 0, repeats: 0, seed: BENCH_SEED });
  return idle.ok ? { rssBytes: idle.result.maxRssBytes, freshMemoryMsPerMb: idle.result.freshMemoryMsPerMb } : { rssBytes: null, freshMemoryMsPerMb: null };
}
