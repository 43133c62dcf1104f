/**
 * The `insurance-overhead` workload: what the tower adds to the hospital's time, measured in pairs
 * run back to back (the hospital without its tower, then with it, the order swapped every other
 * pair), each a fresh timing child (three warm-up runs, then three timed runs).
 * This machine's pace changes by tens of percent within minutes (docs/performance.md), so the
 * `hospital` and `insurance` workloads, measured minutes apart, can differ by more than the tower
 * adds; each pair's own ratio compares runs a few seconds apart, and the median over the pairs is
 * the overhead.
 */
import { runChildProcess, sameBits, BENCH_SEED } from './engineRunner';
import type { WorkloadName } from './catalogue';
import { unmeasured, type Check, type Measurement } from './measurement';
import { spreadOf } from './spread';

/** Timed runs in each child of a pair. */
export const RUNS_PER_CHILD = 3;
/**
 * Untimed runs before them: after one, a child's first timed runs were still about 0.1 s slower
 * while V8 finished optimising (the hospital 0.53-0.55 s, then 0.42-0.44 s), so a median of three
 * could fall on either side; after three, the timed runs are the steady state.
 */
export const WARM_UPS_PER_CHILD = 3;

const median = (values: readonly number[]): number => spreadOf(values).median;

/** The overhead from the pairs' medians: each pair's insured time over its uninsured one, less 1, and their median. */
export function pairedOverhead(pairs: readonly Readonly<{ hospital: number; insurance: number }>[]): Readonly<{ overhead: number; perPair: number[] }> {
  const perPair = pairs.map((pair) => pair.insurance / pair.hospital - 1);
  return { overhead: median(perPair), perPair };
}

export function measureInsuranceOverhead(trials: number, pairs: number, log: (text: string) => void): Measurement {
  const times: Record<'hospital' | 'insurance', number[]> = { hospital: [], insurance: [] };
  const cpu: Record<'hospital' | 'insurance', number[]> = { hospital: [], insurance: [] };
  const means: Record<'hospital' | 'insurance', number[]> = { hospital: [], insurance: [] };
  const medians: { hospital: number; insurance: number }[] = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    const order: readonly ('hospital' | 'insurance')[] = pair % 2 === 0 ? ['hospital', 'insurance'] : ['insurance', 'hospital'];
    const got: Partial<Record<'hospital' | 'insurance', number>> = {};
    for (const workload of order) {
      const child = runChildProcess({ mode: 'timing', workload: workload satisfies WorkloadName, trials, repeats: RUNS_PER_CHILD, warmUps: WARM_UPS_PER_CHILD, seed: BENCH_SEED });
      if (!child.ok) return unmeasured('insurance-overhead', trials, 'failed', `${workload}: ${child.error}`);
      times[workload].push(...child.result.seconds);
      cpu[workload].push(...child.result.cpuSeconds);
      means[workload].push(...child.result.means);
      got[workload] = median(child.result.seconds);
    }
    const result = { hospital: got.hospital ?? NaN, insurance: got.insurance ?? NaN };
    medians.push(result);
    log(`  pair ${pair + 1} of ${pairs}: ${result.hospital.toFixed(3)} s without the tower, ${result.insurance.toFixed(3)} s with it (+${((result.insurance / result.hospital - 1) * 100).toFixed(0)}%)`);
  }
  const { overhead, perPair } = pairedOverhead(medians);
  const reproducible = sameBits(means.hospital) && sameBits(means.insurance);
  const checks: Check[] = [
    {
      name: 'reproducible',
      pass: reproducible,
      detail: reproducible ? `${means.hospital.length + means.insurance.length} runs of seed ${BENCH_SEED} in ${2 * pairs} processes: bit-identical means for each` : 'means differ across runs of one seed',
    },
  ];
  const seconds = spreadOf(times.insurance);
  return {
    workload: 'insurance-overhead',
    trials,
    status: 'ok',
    message: null,
    seconds,
    cpuSeconds: spreadOf(cpu.insurance),
    trialsPerSecond: spreadOf(times.insurance.map((s) => trials / s)),
    minorPageFaults: null,
    coldSeconds: null,
    peakRssBytes: null,
    phases: {},
    mean: means.insurance[0] ?? null,
    checks,
    extra: {
      overhead,
      pairOverheads: perPair.map((share) => share.toFixed(3)).join(' '),
      hospitalSeconds: median(times.hospital),
      hospitalCpuSeconds: median(cpu.hospital),
      pairs,
    },
  };
}
