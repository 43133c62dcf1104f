/**
 * One call from a validated scenario to everything the app, the CLI and the report show:
 * build the plan, simulate, summarise, and add the deterministic estimate.
 */
import type { Scenario } from '../scenario/schemaV1';
import { buildPlan, type ModelPlan } from '../model/plan';
import { LIMITS } from '../scenario/limits';
import { simulate } from './simulate';
import { summarise, type SimulationSummary } from './summary';
import { deterministicEstimate, type DeterministicEstimate } from './deterministic';
import { sortedCopy } from '../stats/quantiles';
import { summariseInsurance, type InsuranceSummary } from '../insurance/summary';

export const DEFAULT_TRIALS = 100_000;
export const DEFAULT_SEED = 1;

export type RunOptions = Readonly<{
  trials?: number;
  seed?: number;
  thresholds?: readonly number[];
  onProgress?: (done: number) => void;
}>;

export type ScenarioResult = SimulationSummary &
  Readonly<{
    scenario: string;
    currency: string;
    deterministic: DeterministicEstimate;
    /** What the insurance programme pays and leaves; null when the scenario has no programme. */
    insurance: InsuranceSummary | null;
    warnings: readonly string[];
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

/** Mean incidents a year across all threats. */
export function expectedEventsPerYear(plan: ModelPlan): number {
  return plan.threats.reduce((sum, threat) => sum + (threat.exactEvents ?? threat.frequency.mean), 0);
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): ScenarioResult {
  const plan = buildPlan(scenario);
  const { trials, seed } = resolveRunSettings(scenario, options);
  const perYear = expectedEventsPerYear(plan);
  if (trials * perYear > LIMITS.eventsPerRun) {
    throw new RunTooLargeError(trials * perYear, Math.max(100, Math.floor(LIMITS.eventsPerRun / perYear / 100) * 100));
  }
  const run = simulate(plan, { trials, seed, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  const grossSorted = sortedCopy(run.annualLoss);
  const summary = summarise(run, plan, { thresholds: options.thresholds ?? [] }, grossSorted);
  return {
    scenario: scenario.name,
    currency: scenario.currency,
    ...summary,
    deterministic: deterministicEstimate(plan),
    insurance:
      plan.insurance && run.insurance
        ? summariseInsurance(plan.insurance, run.insurance, run.annualLoss, grossSorted, summary.exceedance.map((point) => point.loss))
        : null,
    warnings: plan.warnings,
  };
}
