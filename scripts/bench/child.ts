/**
 * One measurement, in a fresh node process the bench starts (so each has its own peak memory and
 * JIT state). Modes: `timing` runs the workload once to warm up, then `repeats` timed runs;
 * `memory` runs it once, cold, as a user's single run would; `idle` only loads the bench, for the
 * baseline memory of node (a timing child can be asked for more warm-up runs). Peak memory is the process's maxRSS (getrusage ru_maxrss, via
 * process.resourceUsage()), with /proc/self/status VmHWM beside it where Linux provides it.
 * The result is one JSON line on stdout.
 */
import { readFileSync } from 'node:fs';
import type { MeanCheck } from '../../shared/bench/fairChecks';
import type { WorkloadName } from './catalogue';
import { prepareWorkload, type RunOutcome } from './workloads';

export const CHILD_ENV = 'AFTERMATH_BENCH_CHILD';

export type ChildSpec = Readonly<{
  mode: 'timing' | 'memory' | 'idle';
  workload: WorkloadName;
  trials: number;
  repeats: number;
  seed: number;
  /** Untimed runs before the timed ones (timing mode); 1 if not given. */
  warmUps?: number;
}>;

export type ChildResult =
  | Readonly<{
      ok: true;
      /** Wall seconds of each timed run (timing), or of the one cold run (memory). */
      seconds: readonly number[];
      /** CPU seconds (user + system, every thread of the process) of the same runs. */
      cpuSeconds: readonly number[];
      /** Minor page faults of the same runs: each first touch of fresh memory is one per 4 KiB page. */
      minorPageFaults: readonly number[];
      /** Idle mode only: milliseconds to first write 1 MB of freshly allocated memory (page faults). */
      freshMemoryMsPerMb: number | null;
      /** Seconds of each phase, one entry per timed run. */
      phases: Readonly<Record<string, readonly number[]>>;
      /** The mean annual loss of every run, the warm-up first: all must be the same bits. */
      means: readonly number[];
      check: MeanCheck | null;
      extra: Readonly<Record<string, number>>;
      setup: Readonly<Record<string, number>>;
      maxRssBytes: number;
      vmHwmBytes: number | null;
    }>
  | Readonly<{ ok: false; error: string }>;

function vmHwmBytes(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * What first writing fresh memory costs on this machine: 32 MB allocated and written once (one
 * page fault per 4 KiB page), against writing it again. Virtual machines can make faults dear.
 */
function freshMemoryCost(): number {
  const megabytes = 32;
  const values = new Float64Array((megabytes * 1e6) / 8);
  const start = performance.now();
  for (let i = 0; i < values.length; i += 1) values[i] = i;
  const first = performance.now() - start;
  const again = performance.now();
  for (let i = 0; i < values.length; i += 1) values[i] = i + 1;
  return Math.max(0, first - (performance.now() - again)) / megabytes;
}

export function measure(spec: ChildSpec): ChildResult {
  if (spec.mode === 'idle') {
    const maxRssBytes = process.resourceUsage().maxRSS * 1024;
    return { ok: true, seconds: [], cpuSeconds: [], minorPageFaults: [], freshMemoryMsPerMb: freshMemoryCost(), phases: {}, means: [], check: null, extra: {}, setup: {}, maxRssBytes, vmHwmBytes: vmHwmBytes() };
  }
  const prepared = prepareWorkload(spec.workload, spec.trials, spec.seed);
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  const minorPageFaults: number[] = [];
  const phases: Record<string, number[]> = {};
  const means: number[] = [];
  let last: RunOutcome | null = null;
  const warmUps = spec.mode === 'memory' ? 0 : Math.max(1, spec.warmUps ?? 1);
  const runs = spec.mode === 'memory' ? 1 : spec.repeats + warmUps;
  for (let i = 0; i < runs; i += 1) {
    const faultsStart = process.resourceUsage().minorPageFault;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const outcome = prepared.run();
    const elapsed = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const faults = process.resourceUsage().minorPageFault - faultsStart;
    means.push(outcome.mean);
    last = outcome;
    const timed = i >= warmUps;
    if (!timed) continue;
    seconds.push(elapsed);
    cpuSeconds.push((cpu.user + cpu.system) / 1e6);
    minorPageFaults.push(faults);
    for (const [phase, value] of Object.entries(outcome.phases)) (phases[phase] ??= []).push(value);
  }
  return {
    ok: true,
    seconds,
    cpuSeconds,
    minorPageFaults,
    freshMemoryMsPerMb: null,
    phases,
    means,
    check: last?.check ?? null,
    extra: last?.extra ?? {},
    setup: prepared.setup,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    vmHwmBytes: vmHwmBytes(),
  };
}

export function runChild(specJson: string): number {
  let result: ChildResult;
  try {
    result = measure(JSON.parse(specJson) as ChildSpec);
  } catch (error) {
    result = { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result.ok ? 0 : 1;
}
