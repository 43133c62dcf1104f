// Frozen copy of shared/engine/summary.ts as of commit 8433c8b, before the summaries were made fast: the
// straightforward reference (full sorts, one pass per figure) that the fast code must match bit
// for bit (test/shared/summaryExact.test.ts). Leave it as it is; do not optimise it.
/**
 * From per-trial arrays to the figures people read: annual loss statistics, the exceedance
 * curve, per-event statistics, categories (mean, share, mean in the worst 10% of years), the
 * cash-flow timeline, per-threat figures and operational impact. Plain numbers only;
 * formatting happens at the edges.
 */
import { CATEGORY_IDS, COST_LINE_IDS, TIMELINE_PERIODS, type CategoryId, type CostLineId, type TimelinePeriod } from '../../../shared/model/categories';
import type { ModelPlan } from '../../../shared/model/plan';
import { exceedanceCurve, logHistogram, type ExceedancePoint, type HistogramBin } from './curves';
import { exceedanceSorted, meanAndSd, quantileSorted, sortedCopy, tailMeanSorted } from './quantiles';
import { CATEGORY_COUNT, IMPACT } from '../../../shared/engine/eventCost';
import type { SimulationRun } from '../../../shared/engine/run';

export type AnnualLossStats = Readonly<{
  mean: number;
  sd: number;
  p50: number;
  p75: number;
  p90: number;
  p95: number;
  p99: number;
  p995: number;
  max: number;
  var95: number;
  var99: number;
  tvar95: number;
  tvar99: number;
}>;

export type EventLossStats = Readonly<{
  count: number;
  mean: number;
  sd: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  histogram: readonly HistogramBin[];
}>;

export type CategoryStats = Readonly<{ mean: number; share: number; meanInWorst10: number }>;

export type TimelineEntry = Readonly<{
  period: TimelinePeriod;
  byCategory: Readonly<Record<CategoryId, number>>;
  total: number;
}>;

export type ThreatStats = Readonly<{
  name: string;
  meanAnnualLoss: number;
  meanEventsPerYear: number;
  probabilityOfEvent: number;
  meanEventLoss: number;
}>;

export type ImpactStats = Readonly<{
  peopleNotifiedPerYear: number;
  outageDaysPerYear: number;
  appointmentsCancelledPerYear: number;
  proceduresCancelledPerYear: number;
}>;

export type SimulationSummary = Readonly<{
  trials: number;
  seed: number;
  annualLoss: AnnualLossStats;
  probabilityOfAnyLoss: number;
  exceedance: readonly ExceedancePoint[];
  exceedanceAt: readonly ExceedancePoint[];
  histogram: readonly HistogramBin[];
  event: EventLossStats;
  categories: Readonly<Record<CategoryId, CategoryStats>>;
  costLines: Readonly<Record<CostLineId, number>>;
  timeline: readonly TimelineEntry[];
  threats: readonly ThreatStats[];
  impact: ImpactStats;
}>;

export type SummaryOptions = Readonly<{
  thresholds?: readonly number[];
  exceedancePoints?: number;
  histogramBins?: number;
}>;

export const DEFAULT_EXCEEDANCE_POINTS = 120;

/** Trials in the worst 10% of years: the ceil(n/10) largest, ties broken by trial order. */
function worstTenPercentMask(annual: Float64Array, sorted: Float64Array): Uint8Array {
  const n = annual.length;
  const k = Math.max(1, Math.ceil(n * 0.1 - 1e-9));
  const threshold = sorted[n - k] ?? 0;
  let above = 0;
  for (let i = 0; i < n; i += 1) if ((annual[i] ?? 0) > threshold) above += 1;
  let tiesLeft = k - above;
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const x = annual[i] ?? 0;
    if (x > threshold) mask[i] = 1;
    else if (x === threshold && tiesLeft > 0) {
      mask[i] = 1;
      tiesLeft -= 1;
    }
  }
  return mask;
}

function eventStats(eventLoss: Float64Array, bins: number): EventLossStats {
  const sorted = sortedCopy(eventLoss);
  const { mean, sd } = meanAndSd(eventLoss);
  return {
    count: eventLoss.length,
    mean,
    sd,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p95: quantileSorted(sorted, 0.95),
    p99: quantileSorted(sorted, 0.99),
    max: sorted.length > 0 ? (sorted[sorted.length - 1] ?? 0) : 0,
    histogram: logHistogram(sorted, bins),
  };
}

/** @param sortedAnnualLoss the annual losses sorted ascending, when the caller has them already */
export function summarise(run: SimulationRun, plan: ModelPlan, options: SummaryOptions = {}, sortedAnnualLoss?: Float64Array): SimulationSummary {
  const n = run.trials;
  const sorted = sortedAnnualLoss ?? sortedCopy(run.annualLoss);
  const { mean, sd } = meanAndSd(run.annualLoss);
  const p95 = quantileSorted(sorted, 0.95);
  const p99 = quantileSorted(sorted, 0.99);
  const annualLoss: AnnualLossStats = {
    mean,
    sd,
    p50: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    p90: quantileSorted(sorted, 0.9),
    p95,
    p99,
    p995: quantileSorted(sorted, 0.995),
    max: n > 0 ? (sorted[n - 1] ?? 0) : 0,
    var95: p95,
    var99: p99,
    tvar95: tailMeanSorted(sorted, 0.95),
    tvar99: tailMeanSorted(sorted, 0.99),
  };

  const worst = worstTenPercentMask(run.annualLoss, sorted);
  let worstCount = 0;
  for (let i = 0; i < n; i += 1) worstCount += worst[i] ?? 0;
  const worstSums = new Float64Array(CATEGORY_COUNT);
  for (let e = 0; e < run.eventLoss.length; e += 1) {
    if (!worst[run.eventTrial[e] ?? 0]) continue;
    for (let c = 0; c < CATEGORY_COUNT; c += 1) worstSums[c] = (worstSums[c] ?? 0) + (run.eventCategoryLoss[e * CATEGORY_COUNT + c] ?? 0);
  }
  const categories = {} as Record<CategoryId, CategoryStats>;
  const categoryMeans = {} as Record<CategoryId, number>;
  CATEGORY_IDS.forEach((id, c) => {
    const worstSum = worstSums[c] ?? 0;
    const categoryMean = n > 0 ? (run.categoryTotals[c] ?? 0) / n : 0;
    categoryMeans[id] = categoryMean;
    categories[id] = {
      mean: categoryMean,
      share: mean > 0 ? categoryMean / mean : 0,
      meanInWorst10: worstCount > 0 ? worstSum / worstCount : 0,
    };
  });

  const costLines = {} as Record<CostLineId, number>;
  COST_LINE_IDS.forEach((id, l) => {
    costLines[id] = n > 0 ? (run.lineTotals[l] ?? 0) / n : 0;
  });

  const timeline = TIMELINE_PERIODS.map((period, p) => {
    const byCategory = {} as Record<CategoryId, number>;
    let total = 0;
    for (const id of CATEGORY_IDS) {
      const value = categoryMeans[id] * (plan.timing[id][p] ?? 0);
      byCategory[id] = value;
      total += value;
    }
    return { period, byCategory, total };
  });

  let anyLoss = 0;
  for (let i = 0; i < n; i += 1) if ((run.annualLoss[i] ?? 0) > 0) anyLoss += 1;

  const threats = plan.threats.map((threat, t) => {
    const events = run.threatEvents[t] ?? 0;
    const loss = run.threatLoss[t] ?? 0;
    return {
      name: threat.name,
      meanAnnualLoss: n > 0 ? loss / n : 0,
      meanEventsPerYear: n > 0 ? events / n : 0,
      probabilityOfEvent: n > 0 ? (run.threatTrialsHit[t] ?? 0) / n : 0,
      meanEventLoss: events > 0 ? loss / events : 0,
    };
  });

  const perYear = (index: number): number => (n > 0 ? (run.impactTotals[index] ?? 0) / n : 0);
  const bins = options.histogramBins ?? 40;
  return {
    trials: n,
    seed: run.seed,
    annualLoss,
    probabilityOfAnyLoss: n > 0 ? anyLoss / n : 0,
    exceedance: exceedanceCurve(sorted, options.exceedancePoints ?? DEFAULT_EXCEEDANCE_POINTS),
    exceedanceAt: (options.thresholds ?? []).map((loss) => ({ loss, probability: exceedanceSorted(sorted, loss) })),
    histogram: logHistogram(sorted, bins),
    event: eventStats(run.eventLoss, bins),
    categories,
    costLines,
    timeline,
    threats,
    impact: {
      peopleNotifiedPerYear: perYear(IMPACT.peopleNotified),
      outageDaysPerYear: perYear(IMPACT.outageDays),
      appointmentsCancelledPerYear: perYear(IMPACT.appointmentsCancelled),
      proceduresCancelledPerYear: perYear(IMPACT.proceduresCancelled),
    },
  };
}
