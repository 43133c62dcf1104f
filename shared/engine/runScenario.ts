/**
 * One call from a validated scenario to everything the app, the CLI and the report show:
 * build the plan, simulate, summarise, and add the deterministic estimate.
 */
import type { Scenario } from '../scenario/schemaV1';
import { buildPlan, type ModelPlan } from '../model/plan';
import { LIMITS } from '../scenario/limits';
import { simulate, type EventCategories, type SimulateOptions } from './simulate';
import type { SimulationRun } from './run';
import { KEEP_RUN_BYTES, RunMemory, expectedEventsPerYear } from './runBuffers';
import { summarise, type SimulationSummary } from './summary';
import { deterministicEstimate, type DeterministicEstimate } from './deterministic';
import { sortedInto } from '../stats/quantiles';
import { compileControls, type CompiledControl } from '../controls/plan';
import { analyseControls, type ControlsSummary, type ControlValue } from '../controls/analysis';
import { appetiteVerdict, type AppetiteVerdict } from '../appetite/verdict';
import { summariseInsurance, type InsuranceSummary } from '../insurance/summary';

export const DEFAULT_TRIALS = 100_000;
export const DEFAULT_SEED = 1;

export type RunOptions = Readonly<{
  trials?: number;
  seed?: number;
  thresholds?: readonly number[];
  onProgress?: (done: number) => void;
  /** Value the scenario's controls (extra runs, one or more per control); default true. */
  analyseControls?: boolean;
  /**
   * Also return every simulated year's annual loss (`annualLosses`, 8 bytes a year). The run is
   * the same either way: same draws, same figures.
   */
  keepAnnualLosses?: boolean;
}>;

export type ScenarioResult = SimulationSummary &
  Readonly<{
    scenario: string;
    currency: string;
    deterministic: DeterministicEstimate;
    /** What the insurance programme pays and leaves; null when the scenario has no programme. */
    insurance: InsuranceSummary | null;
    /** What each listed control is worth, in the scenario's order; null when it lists none, or the analysis was not asked for. */
    controls: readonly ControlValue[] | null;
    /** Proposed controls ranked by value for money, and the greedy best combination; null as for `controls`. */
    controlPortfolio: Omit<ControlsSummary, 'controls'> | null;
    /** Whether the year's losses are within the scenario's risk appetite; null when it states none. */
    appetite: AppetiteVerdict | null;
    warnings: readonly string[];
    /** The annual loss of each simulated year, in trial order; only when asked with keepAnnualLosses. */
    annualLosses?: Float64Array;
  }>;

export function resolveRunSettings(scenario: Scenario, options: RunOptions): Readonly<{ trials: number; seed: number }> {
  return {
    trials: options.trials ?? scenario.simulation?.trials ?? DEFAULT_TRIALS,
    seed: options.seed ?? scenario.simulation?.seed ?? DEFAULT_SEED,
  };
}

/** A run that would hold more events than memory allows; the message says how many years would fit. */
export class RunTooLargeError extends Error {
  constructor(readonly expectedEvents: number, readonly maxTrials: number) {
    super(
      `this run would simulate about ${Math.round(expectedEvents).toLocaleString('en-US')} incidents (simulated years x incidents a year); the limit is ${LIMITS.eventsPerRun.toLocaleString('en-US')}. Simulate at most ${maxTrials.toLocaleString('en-US')} years for this scenario.`,
    );
    this.name = 'RunTooLargeError';
  }
}

/** Mean incidents a year across all threats (kept here for the callers that size runs). */
export { expectedEventsPerYear };

/** A scenario's plan and settings, checked for size: what its main simulation needs. */
export type PreparedRun = Readonly<{
  plan: ModelPlan;
  trials: number;
  seed: number;
  /** The controls to value after the main run (none when not asked for). */
  listedControls: readonly CompiledControl[];
  /** The main run's share of the progress reported (the rest is the controls' valuation). */
  mainShare: number;
  /** Whose categories the main run keeps: only the worst years' are summarised. */
  eventCategories: EventCategories;
  /** The main run's settings, for `simulate`. */
  simulation: SimulateOptions;
}>;

export function prepareRun(scenario: Scenario, options: RunOptions = {}): PreparedRun {
  const plan = buildPlan(scenario);
  const { trials, seed } = resolveRunSettings(scenario, options);
  const perYear = expectedEventsPerYear(plan);
  if (trials * perYear > LIMITS.eventsPerRun) {
    throw new RunTooLargeError(trials * perYear, Math.max(100, Math.floor(LIMITS.eventsPerRun / perYear / 100) * 100));
  }
  const compiled = compileControls(scenario.controls);
  const listedControls = (options.analyseControls ?? true) ? compiled : [];
  // The main run is most of the work unless controls are valued too; progress is shared out.
  const mainShare = listedControls.length > 0 ? 0.3 : 1;
  const eventCategories = 'worstYears';
  const report = options.onProgress;
  return {
    plan,
    trials,
    seed,
    listedControls,
    mainShare,
    eventCategories,
    simulation: { trials, seed, eventCategories, ...(report ? { onProgress: (done: number) => report(done * mainShare) } : {}) },
  };
}

/**
 * The memory of runScenario's last run, offered to the next: the app's worker runs the scenario
 * again after every edit, and each run would otherwise take its buffers afresh (runBuffers.ts).
 */
const MAIN_RUN_MEMORY = new RunMemory();

export function runScenario(scenario: Scenario, options: RunOptions = {}): ScenarioResult {
  const prepared = prepareRun(scenario, options);
  // A result that carries the annual losses out keeps its run's memory for itself.
  const memory = options.keepAnnualLosses === true ? null : MAIN_RUN_MEMORY;
  const run = simulate(prepared.plan, memory ? { ...prepared.simulation, memory } : prepared.simulation);
  const result = scenarioResult(scenario, prepared, run, options);
  // The result holds figures only, no view of the run's arrays: the next run may write over them.
  memory?.reclaim(run.annualLoss);
  return result;
}

/**
 * Parts of a result a caller has made already, or is making on another thread: the annual losses
 * sorted, and the insurance summary (left null here, for the caller to fill in).
 */
export type ResultParts = Readonly<{ grossSorted?: Float64Array; insuranceElsewhere?: boolean }>;

/**
 * Memory for the sorted annual losses, handed from one result to the next as RunMemory hands a
 * run's buffers (null while a result is using it, so overlapping results each sort into their own).
 */
let sortedMemory: Float64Array | null = null;

/** Everything runScenario returns, from the prepared run's main simulation (however it was simulated). */
export function scenarioResult(scenario: Scenario, prepared: PreparedRun, run: SimulationRun, options: RunOptions = {}, parts: ResultParts = {}): ScenarioResult {
  const { plan, trials, seed, listedControls, mainShare } = prepared;
  const analyse = listedControls.length > 0;
  const report = options.onProgress;
  const memory = parts.grossSorted ? null : sortedMemory;
  if (memory) sortedMemory = null;
  const grossSorted = parts.grossSorted ?? sortedInto(run.annualLoss, memory);
  const summary = summarise(run, plan, { thresholds: options.thresholds ?? [] }, grossSorted);
  const controlAnalysis = analyse
    ? analyseControls(plan, listedControls, { trials, seed, ...(report ? { onProgress: (done: number) => report(mainShare + (1 - mainShare) * done) } : {}) })
    : null;
  const result: ScenarioResult = {
    scenario: scenario.name,
    currency: scenario.currency,
    ...summary,
    deterministic: deterministicEstimate(plan),
    controls: controlAnalysis?.controls ?? null,
    controlPortfolio: controlAnalysis ? { ranking: controlAnalysis.ranking, combination: controlAnalysis.combination, baseline: controlAnalysis.baseline } : null,
    appetite: scenario.appetite ? appetiteVerdict(scenario.appetite, grossSorted) : null,
    insurance:
      plan.insurance && run.insurance && parts.insuranceElsewhere !== true
        ? summariseInsurance(plan.insurance, run.insurance, run.annualLoss, grossSorted, summary.exceedance.map((point) => point.loss))
        : null,
    warnings: plan.warnings,
    ...(options.keepAnnualLosses === true ? { annualLosses: run.annualLoss } : {}),
  };
  // The result holds figures only: the sorted losses' memory can serve the next result.
  if (!parts.grossSorted && grossSorted.buffer.byteLength <= KEEP_RUN_BYTES) sortedMemory = new Float64Array(grossSorted.buffer);
  return result;
}
