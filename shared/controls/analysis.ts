/**
 * What each control is worth: runs of the same simulated years (same seed, so every draw is
 * shared and differences are not simulation noise) with and without the control, the others
 * as they are.
 *
 * - A proposed control is added to those in place; a control in place is taken away to see
 *   what it saves today.
 * - reduction in expected annual loss (ALE) and in the 1-in-20-year loss (P95);
 * - ROSI = (ALE reduction - annualised cost) / annualised cost, with
 *   annualised cost = annual cost + one-off cost / amortisation years;
 * - the probability ROSI is positive, over the uncertainty in how well the control works: the
 *   control's effect level u (a control that works well works well on every input it touches)
 *   is held fixed across all simulated years, and the ALE reduction R(u) falls as u rises
 *   (a weaker effect), so the probability is the share of levels at which R(u) beats the
 *   annualised cost: 1 if even the weakest level does, 0 if even the strongest does not, else
 *   the crossing level, found by bisection (PROBE_STEPS halvings, on at most PROBE_TRIALS years);
 * - payback period = one-off cost / (ALE reduction - annual cost), when that is positive;
 * - a ranking of proposed controls by ALE reduction per unit of annualised cost;
 * - a greedy best combination: starting from the controls in place, repeatedly add the proposed
 *   control with the largest further ALE reduction per unit of cost, given those already added.
 */
import type { ModelPlan } from '../model/plan';
import { simulate } from '../engine/simulate';
import { meanAndSd, quantileSorted, sortedCopy } from '../stats/quantiles';
import type { ControlStatus } from '../scenario/controlsSchema';
import type { ControlId } from './library';
import type { CompiledControl } from './plan';

/** Halvings of the effect-level range when finding where a control stops paying: 1/64 precision. */
export const PROBE_STEPS = 6;
/** Years in each run that probes a fixed effect level. */
export const PROBE_TRIALS = 20_000;

export type ControlValue = Readonly<{
  id: ControlId;
  label: string;
  status: ControlStatus;
  annualCost: number;
  oneOffCost: number;
  amortisationYears: number;
  annualisedCost: number;
  /** Expected annual loss saved: with the control in place versus without it. */
  aleReduction: number;
  /** 1-in-20-year loss saved. */
  p95Reduction: number;
  /** (ALE reduction - annualised cost) / annualised cost; null when no cost is given. */
  rosi: number | null;
  /** Chance, over how well the control may work, that its ALE reduction beats its annualised cost. */
  probabilityRosiPositive: number;
  /** Years for the net annual saving to repay the one-off cost; 0 with no one-off cost; null if it never does. */
  paybackYears: number | null;
  /** ALE reduction per unit of annualised cost; null when no cost is given. */
  reductionPerCost: number | null;
}>;

export type CombinationStep = Readonly<{
  /** The control added at this step; null for the starting point (controls in place only). */
  added: ControlId | null;
  label: string;
  /** Annualised cost of the proposed controls added so far. */
  cumulativeAnnualisedCost: number;
  expectedAnnualLoss: number;
  p95: number;
}>;

export type ControlsSummary = Readonly<{
  /** Every listed control, in the scenario's order. */
  controls: readonly ControlValue[];
  /** Proposed controls, best value for money first. */
  ranking: readonly ControlId[];
  /** Greedy best combination of the proposed controls. */
  combination: readonly CombinationStep[];
  /** Expected annual loss and P95 with the controls in place only. */
  baseline: Readonly<{ expectedAnnualLoss: number; p95: number }>;
}>;

export type AnalysisOptions = Readonly<{ trials: number; seed: number; onProgress?: (done: number) => void }>;

type RunStats = Readonly<{ mean: number; p95: number }>;

function runWith(plan: ModelPlan, controls: readonly CompiledControl[], trials: number, seed: number): RunStats {
  const run = simulate({ ...plan, controls, insurance: null }, { trials, seed });
  return { mean: meanAndSd(run.annualLoss).mean, p95: quantileSorted(sortedCopy(run.annualLoss), 0.95) };
}

/**
 * The share of the control's effect levels at which its ALE reduction beats its cost. `others`
 * are the controls it works alongside; `without` is the mean loss without it, on the probe years.
 */
function probabilityPositive(plan: ModelPlan, control: CompiledControl, others: readonly CompiledControl[], without: number, options: AnalysisOptions, done: () => void): number {
  const trials = Math.min(options.trials, PROBE_TRIALS);
  const saving = (level: number): number => {
    const stats = runWith(plan, [...others, { ...control, fixedLevel: level }], trials, options.seed);
    done();
    return without - stats.mean;
  };
  const cost = control.annualisedCost;
  if (saving(1) > cost) return 1;
  if (!(saving(0) > cost)) return 0;
  let low = 0;
  let high = 1;
  for (let step = 0; step < PROBE_STEPS; step += 1) {
    const middle = (low + high) / 2;
    if (saving(middle) > cost) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

function valueOf(control: CompiledControl, withControl: RunStats, without: RunStats, probability: number): ControlValue {
  const aleReduction = without.mean - withControl.mean;
  const cost = control.annualisedCost;
  const net = aleReduction - control.annualCost;
  return {
    id: control.id,
    label: control.label,
    status: control.status,
    annualCost: control.annualCost,
    oneOffCost: control.oneOffCost,
    amortisationYears: control.amortisationYears,
    annualisedCost: cost,
    aleReduction,
    p95Reduction: without.p95 - withControl.p95,
    rosi: cost > 0 ? (aleReduction - cost) / cost : null,
    probabilityRosiPositive: probability,
    // A control in place has been paid for: payback is a question for proposed ones.
    paybackYears: control.status === 'proposed' && net > 0 ? control.oneOffCost / net : null,
    reductionPerCost: cost > 0 ? aleReduction / cost : null,
  };
}

/** Higher value for money first; controls without a cost (infinite value) before any with one. */
function byValue(a: Readonly<{ reduction: number; cost: number }>, b: Readonly<{ reduction: number; cost: number }>): number {
  const ratio = (x: { reduction: number; cost: number }) => (x.cost > 0 ? x.reduction / x.cost : x.reduction > 0 ? Number.POSITIVE_INFINITY : 0);
  const difference = ratio(b) - ratio(a);
  if (difference !== 0 && !Number.isNaN(difference)) return difference;
  return b.reduction - a.reduction;
}

export function analyseControls(plan: ModelPlan, listed: readonly CompiledControl[], options: AnalysisOptions): ControlsSummary {
  const { trials, seed } = options;
  const inPlace = listed.filter((control) => control.status === 'inPlace');
  const proposed = listed.filter((control) => control.status === 'proposed');
  const probeTrials = Math.min(trials, PROBE_TRIALS);
  // Full runs: the baseline, one per control, and the greedy steps; probe runs are shorter.
  const fullRuns = 1 + inPlace.length + (proposed.length * (proposed.length + 1)) / 2;
  const probeRuns = (inPlace.length + 1 + proposed.length) * (PROBE_STEPS + 2);
  const totalWork = fullRuns * trials + probeRuns * probeTrials;
  let workDone = 0;
  const progress = (years: number) => () => {
    workDone += years;
    options.onProgress?.(Math.min(1, workDone / totalWork));
  };
  const fullDone = progress(trials);
  const probeDone = progress(probeTrials);

  const baseline = runWith(plan, inPlace, trials, seed);
  fullDone();
  const probeBaseline = probeTrials === trials ? baseline.mean : runWith(plan, inPlace, probeTrials, seed).mean;
  if (probeTrials !== trials) probeDone();

  const single = new Map<ControlId, RunStats>();
  const values = new Map<ControlId, ControlValue>();
  for (const control of inPlace) {
    const others = inPlace.filter((other) => other.id !== control.id);
    const without = runWith(plan, others, trials, seed);
    fullDone();
    const probeWithout = probeTrials === trials ? without.mean : runWith(plan, others, probeTrials, seed).mean;
    if (probeTrials !== trials) probeDone();
    values.set(control.id, valueOf(control, baseline, without, probabilityPositive(plan, control, others, probeWithout, options, probeDone)));
  }
  for (const control of proposed) {
    const withControl = runWith(plan, [...inPlace, control], trials, seed);
    fullDone();
    single.set(control.id, withControl);
    values.set(control.id, valueOf(control, withControl, baseline, probabilityPositive(plan, control, inPlace, probeBaseline, options, probeDone)));
  }

  const ranking = [...proposed]
    .sort((a, b) => byValue({ reduction: values.get(a.id)?.aleReduction ?? 0, cost: a.annualisedCost }, { reduction: values.get(b.id)?.aleReduction ?? 0, cost: b.annualisedCost }))
    .map((control) => control.id);

  const combination: CombinationStep[] = [{ added: null, label: 'Controls in place', cumulativeAnnualisedCost: 0, expectedAnnualLoss: baseline.mean, p95: baseline.p95 }];
  let chosen: CompiledControl[] = [];
  let current = baseline;
  let cost = 0;
  let remaining = [...proposed];
  while (remaining.length > 0) {
    const candidates = remaining.map((control) => {
      const stats = chosen.length === 0 ? (single.get(control.id) as RunStats) : runWith(plan, [...inPlace, ...chosen, control], trials, seed);
      if (chosen.length > 0) fullDone();
      return { control, stats, reduction: current.mean - stats.mean, cost: control.annualisedCost };
    });
    candidates.sort(byValue);
    const best = candidates[0];
    if (!best) break;
    chosen = [...chosen, best.control];
    cost += best.control.annualisedCost;
    current = best.stats;
    combination.push({ added: best.control.id, label: best.control.label, cumulativeAnnualisedCost: cost, expectedAnnualLoss: current.mean, p95: current.p95 });
    remaining = remaining.filter((control) => control.id !== best.control.id);
  }
  options.onProgress?.(1);

  return {
    controls: listed.map((control) => values.get(control.id) as ControlValue),
    ranking,
    combination,
    baseline: { expectedAnnualLoss: baseline.mean, p95: baseline.p95 },
  };
}
