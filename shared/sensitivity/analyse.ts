/**
 * What drives the loss: a tornado of every uncertain input (one at a time at its low and at its
 * high, every other input keeping its distribution) and each input's rank correlation with the
 * loss it feeds. Every run uses the same seed and number of years, and the engine keys its
 * random streams by input, so fixing one input leaves every other draw as it was (common random
 * numbers): the differences between runs are the input's effect, not simulation noise.
 *
 * Runs: one base run (recording its draws for the correlations), one probe run pairing those
 * draws with the incidents when controls thin them (correlation.ts), and two per input. Years
 * default to the scenario's, at most 20,000, with the scenario's seed.
 *
 * The two runs of an input give exactly what two full runs of the plan with the input fixed
 * would give, for less: they replay the base run's draws of every other input (replay.ts),
 * simulate only the threats whose incidents draw the input, taking the other threats' incidents
 * from the base run (threatYears.ts), and find P95 by selection (select.ts). Without controls
 * that thin incidents, the probe's answer is known and it is not run. `reference: true` runs the
 * plain way, the reference the tests hold the fast way to.
 */
import { buildPlan, type ModelPlan } from '../model/plan';
import type { Scenario } from '../scenario/schemaV1';
import { LIMITS } from '../scenario/limits';
import { simulate, type SimulateOptions } from '../engine/simulate';
import type { SimulationRun } from '../engine/run';
import { RunTooLargeError, expectedEventsPerYear, resolveRunSettings } from '../engine/runScenario';
import { fixInput, uncertainInputs, type PlanInput } from './inputs';
import { lossPoint, lossPointBySelection, sortBySwing, tornadoRow, type LossPoint, type TornadoRow } from './tornado';
import { probePlan, rankCorrelations, recordingPlan, thinsIncidents, unthinnedProbe, type CorrelationRuns, type InputCorrelation } from './correlation';
import { DrawCache } from './replay';
import { ThreatYears, onlyThreats } from './threatYears';

/** The most simulated years a tornado uses by default: it runs the model twice per input. */
export const TORNADO_TRIALS_CAP = 20_000;

export type SensitivityOptions = Readonly<{
  trials?: number;
  seed?: number;
  /** Called as runs progress with the share of all the runs done (0..1). */
  onProgress?: (done: number) => void;
  /** Asked after each chunk of every run; true stops with SimulationCancelled. */
  shouldCancel?: () => boolean;
  /**
   * Run the tornado the plain way: every run simulates every threat with fresh draws, P95 comes
   * from a sort, and the probe always runs. Same results, several times slower: the reference for tests.
   */
  reference?: boolean;
}>;

export type PlanSensitivity = Readonly<{
  base: LossPoint;
  /** Sorted by swing, largest first. */
  tornado: readonly TornadoRow[];
  /** Sorted by the size of the correlation, largest first; nulls last. */
  correlations: readonly InputCorrelation[];
}>;

export type SensitivityResult = Readonly<{
  scenario: string;
  currency: string;
  trials: number;
  seed: number;
}> &
  PlanSensitivity;

/** Years and seed: as given, else the scenario's seed and min(the scenario's years, 20,000). */
export function sensitivitySettings(scenario: Scenario, options: Pick<SensitivityOptions, 'trials' | 'seed'> = {}): Readonly<{ trials: number; seed: number }> {
  const own = resolveRunSettings(scenario, {});
  return { trials: options.trials ?? Math.min(own.trials, TORNADO_TRIALS_CAP), seed: options.seed ?? own.seed };
}

/** The memory bound of one run, for the heaviest run of the tornado (a threat's frequency at its high). */
function checkRunSize(plan: ModelPlan, inputs: readonly PlanInput[], trials: number): void {
  const extra = inputs.reduce((most, input) => (input.scope === 'year' ? Math.max(most, input.sampler.high - input.sampler.mean) : most), 0);
  const perYear = expectedEventsPerYear(plan) + extra;
  if (trials * perYear > LIMITS.eventsPerRun) {
    throw new RunTooLargeError(trials * perYear, Math.max(100, Math.floor(LIMITS.eventsPerRun / perYear / 100) * 100));
  }
}

export function analysePlan(withInsurance: ModelPlan, options: SensitivityOptions & Readonly<{ trials: number; seed: number }>): PlanSensitivity {
  const { trials, seed, onProgress, shouldCancel } = options;
  // Insurance does not change the gross loss the tornado measures; leaving it out saves its work.
  const plan: ModelPlan = { ...withInsurance, insurance: null };
  const inputs = uncertainInputs(plan);
  checkRunSize(plan, inputs, trials);
  const probing = options.reference === true || thinsIncidents(plan);
  const runs = (probing ? 2 : 1) + 2 * inputs.length;
  /** Simulates the run in place `slot` of the `runs`, for the progress reported. */
  const run = (variant: ModelPlan, slot: number): SimulationRun => {
    const settings: SimulateOptions = {
      trials,
      seed,
      ...(onProgress ? { onProgress: (done: number) => onProgress((slot + done) / runs) } : {}),
      ...(shouldCancel ? { shouldCancel } : {}),
    };
    return simulate(variant, settings);
  };

  const cache = options.reference ? null : new DrawCache(plan, inputs, trials);
  const recording = cache ? cache.recording() : recordingPlan(plan, inputs);
  const baseRun = run(recording.plan, 0);
  const probed = (): Pick<CorrelationRuns, 'probe' | 'blocks'> => {
    const probe = probePlan(plan);
    return { probe: run(probe.plan, 1), blocks: probe.blocks() };
  };
  const correlations = rankCorrelations({ base: baseRun, ...(probing ? probed() : unthinnedProbe(baseRun)) }, inputs, recording.draws());
  const first = probing ? 2 : 1;
  const base = lossPoint(baseRun.annualLoss);

  const years = new ThreatYears(baseRun, plan.threats.length);
  const point = (input: PlanInput, value: number, slot: number): LossPoint => {
    const fixed = fixInput(plan, input, value);
    if (cache?.consistent()) {
      // Only the threats whose incidents draw the input, every other input replaying its draws.
      const result = run(cache.marked(onlyThreats(cache.replaying(fixed, input), input.threats)), slot);
      if (cache.consistent()) return lossPointBySelection(years.annualLoss(result, input.threats));
    }
    return lossPoint(run(fixed, slot).annualLoss);
  };
  const rows = inputs.map((input, i) => tornadoRow(input, point(input, input.sampler.low, first + 2 * i), point(input, input.sampler.high, first + 1 + 2 * i)));
  return { base, tornado: sortBySwing(rows), correlations };
}

/** The tornado and rank correlations of a validated scenario. */
export function analyseSensitivity(scenario: Scenario, options: SensitivityOptions = {}): SensitivityResult {
  const { trials, seed } = sensitivitySettings(scenario, options);
  const analysis = analysePlan(buildPlan(scenario), { ...options, trials, seed });
  return { scenario: scenario.name, currency: scenario.currency, trials, seed, ...analysis };
}
