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
 * - the probability ROSI is positive, over the uncertainty in how well the control works:
 *   each simulated year draws the control's effect level u (a control that works well works
 *   well on every input it touches); years are grouped into EFFECT_BINS equal bands of u, the
 *   ALE reduction is measured within each band, and the probability is the share of bands in
 *   which it beats the annualised cost;
 * - payback period = one-off cost / (ALE reduction - annual cost), when that is positive;
 * - a ranking of proposed controls by ALE reduction per unit of annualised cost;
 * - a greedy best combination: starting from the controls in place, repeatedly add the proposed
 *   control with the largest further ALE reduction per unit of cost, given those already added.
 */
import type { ModelPlan } from '../model/plan';
import { simulate } from '../engine/simulate';
import { CHUNK_TRIALS } from '../engine/streams';
import { meanAndSd, quantileSorted, sortedCopy } from '../stats/quantiles';
import type { ControlStatus } from '../scenario/controlsSchema';
import { controlEffectLevels } from './effects';
import type { ControlId } from './library';
import type { CompiledControl } from './plan';

/** Bands of effect level over which the probability that ROSI is positive is measured. */
export const EFFECT_BINS = 20;

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

type RunStats = Readonly<{ annualLoss: Float64Array; mean: number; p95: number }>;

function runWith(plan: ModelPlan, controls: readonly CompiledControl[], options: AnalysisOptions): RunStats {
  const run = simulate({ ...plan, controls, insurance: null }, { trials: options.trials, seed: options.seed });
  const sorted = sortedCopy(run.annualLoss);
  return { annualLoss: run.annualLoss, mean: meanAndSd(run.annualLoss).mean, p95: quantileSorted(sorted, 0.95) };
}

/** The share of effect-level bands in which the mean yearly saving beats the cost. */
function probabilityPositive(withControl: Float64Array, without: Float64Array, control: CompiledControl, options: AnalysisOptions): number {
  const sums = new Float64Array(EFFECT_BINS);
  const counts = new Float64Array(EFFECT_BINS);
  const levels = new Float64Array(CHUNK_TRIALS);
  for (let start = 0, chunk = 0; start < options.trials; start += CHUNK_TRIALS, chunk += 1) {
    const size = Math.min(CHUNK_TRIALS, options.trials - start);
    controlEffectLevels(options.seed, chunk, control.libraryIndex, levels, size);
    for (let i = 0; i < size; i += 1) {
      const bin = Math.min(EFFECT_BINS - 1, Math.floor((levels[i] ?? 0) * EFFECT_BINS));
      sums[bin] = (sums[bin] ?? 0) + ((without[start + i] ?? 0) - (withControl[start + i] ?? 0));
      counts[bin] = (counts[bin] ?? 0) + 1;
    }
  }
  let positive = 0;
  let bins = 0;
  for (let b = 0; b < EFFECT_BINS; b += 1) {
    const count = counts[b] ?? 0;
    if (count === 0) continue;
    bins += 1;
    if ((sums[b] ?? 0) / count > control.annualisedCost) positive += 1;
  }
  return bins > 0 ? positive / bins : 0;
}

function valueOf(control: CompiledControl, withControl: RunStats, without: RunStats, options: AnalysisOptions): ControlValue {
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
    probabilityRosiPositive: probabilityPositive(withControl.annualLoss, without.annualLoss, control, options),
    paybackYears: net > 0 ? control.oneOffCost / net : null,
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
  const inPlace = listed.filter((control) => control.status === 'inPlace');
  const proposed = listed.filter((control) => control.status === 'proposed');
  const totalRuns = 1 + inPlace.length + (proposed.length * (proposed.length + 1)) / 2;
  let runsDone = 0;
  const progress = () => {
    runsDone += 1;
    options.onProgress?.(Math.min(1, runsDone / totalRuns));
  };
  const baseline = runWith(plan, inPlace, options);
  progress();

  const single = new Map<ControlId, RunStats>();
  const values = new Map<ControlId, ControlValue>();
  for (const control of inPlace) {
    const without = runWith(
      plan,
      inPlace.filter((other) => other.id !== control.id),
      options,
    );
    progress();
    values.set(control.id, valueOf(control, baseline, without, options));
  }
  for (const control of proposed) {
    const withControl = runWith(plan, [...inPlace, control], options);
    progress();
    single.set(control.id, withControl);
    values.set(control.id, valueOf(control, withControl, baseline, options));
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
      const stats = chosen.length === 0 ? (single.get(control.id) as RunStats) : runWith(plan, [...inPlace, ...chosen, control], options);
      if (chosen.length > 0) progress();
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
