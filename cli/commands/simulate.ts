/**
 * `aftermath simulate`: run a scenario file (or the built-in example) and print the results.
 * The main simulation runs on --workers threads (default: one per core); the figures are the
 * same for any number.
 */
import { availableParallelism } from 'node:os';
import { prepareRun, scenarioResult, type RunOptions } from '../../shared/engine/runScenario';
import { simulate } from '../../shared/engine/simulate';
import { DEFAULT_PRESET_ID, findPreset } from '../../shared/presets/index';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { MAX_SIMULATE_WORKERS, type OutputFormat } from '../args';
import { readScenarioFile } from '../scenarioFile';
import { formatCsv } from '../../shared/exports/summaryCsv';
import { formatTable } from '../output/table';
import { SimulateWorkers } from '../simulate/threads';

export type SimulateArgs = Readonly<{
  file: string | undefined;
  trials: number | undefined;
  seed: number | undefined;
  format: OutputFormat;
  thresholds: readonly number[];
  workers: number | undefined;
}>;

/** One thread per core, at most MAX_SIMULATE_WORKERS. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(MAX_SIMULATE_WORKERS, availableParallelism()));
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
/** The process's peak resident memory so far, in MB of 10^6 bytes (as the benchmark counts). */
const peakRss = (): string => `${Math.round((process.resourceUsage().maxRSS * 1024) / 1e6)} MB`;

/**
 * @param warn told when a worker thread failed and its share was simulated in this thread
 * @param timing told how long the simulation and the summaries took (AFTERMATH_TIMING)
 */
export async function simulateCommand(args: SimulateArgs, warn?: (message: string) => void, timing?: (message: string) => void): Promise<string> {
  const threads = args.workers ?? defaultWorkers();
  // Started first, the workers load their code while the scenario is read and checked.
  const workers = threads > 1 ? new SimulateWorkers(threads - 1) : null;
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
    const run = workers ? await workers.simulate(scenario, prepared, warn ? { warn } : {}) : simulate(prepared.plan, prepared.simulation);
    const simulated = performance.now();
    const simulatedPeak = timing ? peakRss() : '';
    result = scenarioResult(scenario, prepared, run, options);
    timing?.(
      `simulated ${prepared.trials.toLocaleString('en-US')} years on ${threads} thread${threads === 1 ? '' : 's'} in ${seconds(simulated - started)} (peak RSS ${simulatedPeak}), summarised in ${seconds(performance.now() - simulated)} (peak RSS ${peakRss()})`,
    );
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
