/**
 * `aftermath simulate`: run a scenario file (or the built-in example) and print the results.
 * The main simulation runs on --workers threads (default: one per core); the figures are the
 * same for any number. With more than one thread and at least SUMMARY_WORKER_MIN_TRIALS years,
 * a worker makes the insurance summary while this thread summarises the gross losses.
 */
import { availableParallelism } from 'node:os';
import { prepareRun, scenarioResult, type PreparedRun, type RunOptions, type ScenarioResult } from '../../shared/engine/runScenario';
import type { SimulationRun } from '../../shared/engine/run';
import { DEFAULT_EXCEEDANCE_POINTS } from '../../shared/engine/summary';
import { grossReadings, summariseInsuranceFrom } from '../../shared/insurance/summary';
import { exceedanceCurve } from '../../shared/stats/curves';
import { sortedCopy } from '../../shared/stats/quantiles';
import { simulate } from '../../shared/engine/simulate';
import { DEFAULT_PRESET_ID, findPreset } from '../../shared/presets/index';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { MAX_SIMULATE_WORKERS, type Command } from '../args';
import { readScenarioFile } from '../scenarioFile';
import { formatCsv } from '../../shared/exports/summaryCsv';
import { formatTable } from '../output/table';
import { SimulateWorkers } from '../simulate/threads';
import { takeReadyWorkers } from '../simulate/prestart';
import { ChunkClock, WARM_CHUNKS, describePace, lanePace } from '../simulate/chunkClock';

/** The simulate command as the argument parser gives it. */
export type SimulateArgs = Omit<Extract<Command, { name: 'simulate' }>, 'name'>;

/** One thread per core, at most MAX_SIMULATE_WORKERS. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(MAX_SIMULATE_WORKERS, availableParallelism()));
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
/** The process's peak resident memory so far, in MB of 10^6 bytes (as the benchmark counts). */
const peakRss = (): string => `${Math.round((process.resourceUsage().maxRSS * 1024) / 1e6)} MB`;

/**
 * Below this many years the insurance summary stays in this thread: it takes well under 0.1 s
 * there, and the worker kept alive to make it would hold its memory through the summaries (about
 * 15 MB more at the peak of a million-year run) to save a few hundredths of a second.
 */
export const SUMMARY_WORKER_MIN_TRIALS = 2_000_000;

/**
 * scenarioResult, with the insurance summary (a third of the summaries' time for the hospital)
 * made by a worker thread meanwhile, starting from the years while this thread sorts the gross
 * losses: the same figures, in the same order, as one thread makes.
 * @param threads minTrials: the fewest years worth a worker (SUMMARY_WORKER_MIN_TRIALS unless
 *   said); warn: told if the worker fails and this thread makes the summary instead
 */
export async function summariseOnThreads(
  workers: SimulateWorkers,
  scenario: Scenario,
  prepared: PreparedRun,
  run: SimulationRun,
  options: RunOptions,
  threads: Readonly<{ minTrials?: number; warn?: (message: string) => void }> = {},
): Promise<ScenarioResult> {
  const { minTrials = SUMMARY_WORKER_MIN_TRIALS, warn } = threads;
  const insurancePlan = prepared.plan.insurance;
  const insuranceRun = run.insurance;
  if (!insurancePlan || !insuranceRun || prepared.trials < minTrials) {
    // No worker is needed any more: let them go before the summaries take their memory.
    workers.close();
    return scenarioResult(scenario, prepared, run, options);
  }
  // The worker reads the years while this thread sorts the gross losses for the curve it needs.
  const elsewhere = workers.startInsuranceSummary({ annualLoss: run.annualLoss, towerLoss: insuranceRun.towerLoss, withheldTotals: insuranceRun.withheldTotals }, warn);
  const grossSorted = sortedCopy(run.annualLoss);
  // The gross curve's losses, as summarise draws them: the insured and retained curves share them.
  const curveLosses = exceedanceCurve(grossSorted, DEFAULT_EXCEEDANCE_POINTS).map((point) => point.loss);
  const gross = grossReadings(grossSorted, curveLosses);
  const insuranceDone = elsewhere.complete({ curveLosses, gross });
  const result = scenarioResult(scenario, prepared, run, options, { grossSorted, insuranceElsewhere: true });
  // A worker that could not make it leaves it to this thread.
  const insurance = (await insuranceDone) ?? summariseInsuranceFrom(insurancePlan, insuranceRun, run.annualLoss, curveLosses, gross);
  return { ...result, insurance };
}

/**
 * @param warn told when a worker thread failed and its share was simulated in this thread
 * @param timing told how long the simulation and the summaries took, and each thread's warm-up and
 *   steady pace (AFTERMATH_TIMING)
 */
export async function simulateCommand(args: SimulateArgs, warn?: (message: string) => void, timing?: (message: string) => void): Promise<string> {
  const threads = args.workers ?? defaultWorkers();
  // Started first (or, run from the command line, as the process started), the workers load
  // their code while the scenario is read and checked.
  const workers = threads > 1 ? new SimulateWorkers(threads - 1, undefined, takeReadyWorkers()) : null;
  let result;
  try {
    const scenario: Scenario = args.file ? await readScenarioFile(args.file) : (findPreset(DEFAULT_PRESET_ID)?.scenario as Scenario);
    const options: RunOptions = {
      ...(args.trials !== undefined ? { trials: args.trials } : {}),
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
      thresholds: args.thresholds,
    };
    const started = performance.now();
    const prepared = prepareRun(scenario, options);
    let paces: string[] = [];
    const chunkTimes = (threadTimes: readonly (readonly number[])[]): void => {
      paces = threadTimes.map((chunkMs, i) => describePace(i + 1, threadTimes.length, lanePace(chunkMs, WARM_CHUNKS)));
    };
    const clock = timing && !workers ? new ChunkClock() : null;
    const run = workers
      ? await workers.simulate(scenario, prepared, { ...(warn ? { warn } : {}), ...(timing ? { chunkTimes } : {}) })
      : simulate(prepared.plan, clock ? { ...prepared.simulation, onProgress: clock.tick } : prepared.simulation);
    if (clock) chunkTimes([clock.chunkMs]);
    const simulated = performance.now();
    const simulatedPeak = timing ? peakRss() : '';
    result = workers ? await summariseOnThreads(workers, scenario, prepared, run, options, warn ? { warn } : {}) : scenarioResult(scenario, prepared, run, options);
    timing?.(
      `simulated ${prepared.trials.toLocaleString('en-US')} years on ${threads} thread${threads === 1 ? '' : 's'} in ${seconds(simulated - started)} (peak RSS ${simulatedPeak}), summarised in ${seconds(performance.now() - simulated)} (peak RSS ${peakRss()})`,
    );
    for (const pace of paces) timing?.(pace);
  } finally {
    workers?.close();
  }
  switch (args.format) {
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'csv':
      return formatCsv(result);
    case 'table':
      return formatTable(result);
  }
}
