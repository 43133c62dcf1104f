/**
 * The engine workloads, as a child process of the bench runs them. `prepare` does the untimed
 * set-up and returns the run that is timed; a run reports its mean annual loss (to check that
 * every run of a seed gives the same bits), the seconds of its phases, and for w1 and w2 the
 * check of its mean against the closed form.
 */
import { simulateFair, type BetaMethod, type FairWorkload } from '../../shared/bench/fairWorkloads';
import { checkFairMean, summariseFair, type MeanCheck } from '../../shared/bench/fairChecks';
import { runScenario } from '../../shared/engine/runScenario';
import { simulate } from '../../shared/engine/simulate';
import { summarise } from '../../shared/engine/summary';
import { sortedInto } from '../../shared/stats/quantiles';
import { buildPlan } from '../../shared/model/plan';
import { analyseSensitivity } from '../../shared/sensitivity/analyse';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import type { Scenario } from '../../shared/scenario/schemaV1';
import type { WorkloadName } from './catalogue';

export type RunOutcome = Readonly<{
  mean: number;
  phases: Readonly<Record<string, number>>;
  check?: MeanCheck;
  extra?: Readonly<Record<string, number>>;
}>;

export type PreparedRun = Readonly<{ run: () => RunOutcome; setup: Readonly<Record<string, number>> }>;

const seconds = (from: number): number => (performance.now() - from) / 1000;

/** The hospital preset with its two-layer tower, checked so the workload means what it says. */
export function hospitalWithTower(): Scenario {
  const scenario = regionalHospital.scenario;
  if (scenario.insurance?.layers.length !== 2) throw new Error('the regional hospital preset no longer has a two-layer tower: the insurance workload needs one');
  return scenario;
}

/** The hospital preset with its insurance block removed. */
export function hospitalWithoutInsurance(): Scenario {
  const scenario: Scenario = { ...regionalHospital.scenario };
  delete scenario.insurance;
  return scenario;
}

function fair(workload: FairWorkload, method: BetaMethod, trials: number, seed: number): PreparedRun {
  return {
    setup: {},
    run: () => {
      const start = performance.now();
      const annualLoss = simulateFair(workload, trials, seed, method);
      const sampled = performance.now();
      const summary = summariseFair(annualLoss);
      const sample = (sampled - start) / 1000;
      return {
        mean: summary.mean,
        phases: { sample, summarise: seconds(sampled) },
        check: checkFairMean(summary),
        extra: { sd: summary.sd, p95: summary.p95, p99: summary.p99 },
      };
    },
  };
}

function scenarioRun(scenario: Scenario, trials: number, seed: number): PreparedRun {
  return {
    setup: {},
    run: () => {
      const result = runScenario(scenario, { trials, seed, analyseControls: false });
      return { mean: result.annualLoss.mean, phases: {}, extra: { p99: result.annualLoss.p99 } };
    },
  };
}

function sensitivity(trials: number, seed: number): PreparedRun {
  const scenario = hospitalWithTower();
  return {
    setup: {},
    run: () => {
      const result = analyseSensitivity(scenario, { trials, seed });
      return { mean: result.base.mean, phases: {}, extra: { inputs: result.tornado.length, runs: 2 + 2 * result.tornado.length } };
    },
  };
}

/** Summaries alone: the run is simulated once, untimed; each timed run sorts and summarises it as runScenario does. */
function summaries(trials: number, seed: number): PreparedRun {
  const plan = buildPlan(hospitalWithoutInsurance());
  const start = performance.now();
  const simulated = simulate(plan, { trials, seed });
  const setup = { simulateSeconds: seconds(start), events: simulated.eventLoss.length };
  // As scenarioResult does, run after run: the sorted losses go into the memory the last run's used.
  let memory: Float64Array | null = null;
  return {
    setup,
    run: () => {
      const begin = performance.now();
      const sorted = sortedInto(simulated.annualLoss, memory);
      memory = sorted;
      const sortedAt = performance.now();
      const summary = summarise(simulated, plan, { thresholds: [] }, sorted);
      return { mean: summary.annualLoss.mean, phases: { sortAnnualLosses: (sortedAt - begin) / 1000, summarise: seconds(sortedAt) } };
    },
  };
}

export function prepareWorkload(name: WorkloadName, trials: number, seed: number): PreparedRun {
  switch (name) {
    case 'w1':
      return fair('w1', 'table', trials, seed);
    case 'w2':
      return fair('w2', 'table', trials, seed);
    case 'w1-gammas':
      return fair('w1', 'gammas', trials, seed);
    case 'w2-gammas':
      return fair('w2', 'gammas', trials, seed);
    case 'hospital':
      return scenarioRun(hospitalWithoutInsurance(), trials, seed);
    case 'insurance':
      return scenarioRun(hospitalWithTower(), trials, seed);
    case 'sensitivity':
      return sensitivity(trials, seed);
    case 'summaries':
      return summaries(trials, seed);
    case 'insurance-overhead':
      throw new Error('insurance-overhead runs the hospital and insurance workloads in pairs of children (overheadRunner.ts)');
    case 'cli':
    case 'parallel':
      throw new Error(`${name} runs the built CLI, not in a child of the bench`);
    case 'app':
      throw new Error('app runs the built renderer in Chromium (appRunner.ts), not in a child of the bench');
  }
}
