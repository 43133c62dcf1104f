/**
 * From per-trial arrays to the figures people read: annual loss statistics, the exceedance
 * curve, per-event statistics, categories (mean, share, mean in the worst 10% of years), the
 * cash-flow timeline, per-threat figures and operational impact. Plain numbers only;
 * formatting happens at the edges.
 */
import { CATEGORY_IDS, COST_LINE_IDS, TIMELINE_PERIODS, type CategoryId, type CostLineId, type TimelinePeriod } from '../model/categories';
import type { ModelPlan } from '../model/plan';
import { exceedanceCurve, logHistogram, logHistogramOf, type ExceedancePoint, type HistogramBin } from '../stats/curves';
import { orderStatistics } from '../stats/orderStatistics';
import { INT_SCRATCH, scratchInt32 } from '../stats/scratch';
import { exceedanceSorted, firstAbove, interpolateQuantile, meanAndSd, quantileRanks, quantileSorted, sortedCopy, tailMeanSorted } from '../stats/quantiles';
import { CATEGORY_COUNT, IMPACT } from './eventCost';
import type { SimulationRun } from './run';

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

type WorstYears = Readonly<{ categorySums: Float64Array; years: number }>;

/**
 * Per category, the sum over the events of the worst 10% of years: the ceil(n/10) largest annual
 * losses, ties at the threshold broken by trial order (the earliest tied years count). The
 * threshold and the years above it are read from the sorted losses; only when the threshold is
 * tied does a pass over the years find the last tied year that counts.
 */
function worstTenPercent(run: SimulationRun, sorted: Float64Array): WorstYears {
  const annual = run.annualLoss;
  const n = annual.length;
  const k = Math.max(1, Math.ceil(n * 0.1 - 1e-9));
  const threshold = sorted[n - k] ?? 0;
  // NaN sorts last yet is never above nor tied with the threshold: go year by year.
  if (Number.isNaN(sorted[n - 1])) return worstTenPercentByMask(run, threshold, k);
  const above = n - firstAbove(sorted, threshold);
  const tied = n - above - firstAtLeast(sorted, threshold);
  let lastTiedYear = n;
  if (k - above < tied) {
    let tiesLeft = k - above;
    for (let i = 0; i < n && tiesLeft > 0; i += 1) {
      if ((annual[i] ?? 0) === threshold) {
        tiesLeft -= 1;
        lastTiedYear = i;
      }
    }
  }
  const { trial: eventTrial, categoryLoss } = eventCategories(run);
  const listed = scratchInt32(INT_SCRATCH.worstEvents, eventTrial.length + 1);
  const count = listWorstEvents(annual, eventTrial, threshold, lastTiedYear, listed);
  // The years above the threshold and the tied years that count: k in all.
  return { categorySums: categorySumsOf(listed, count, categoryLoss), years: k };
}

/**
 * Lists in `listed` the events whose year is above the threshold, or tied with it up to
 * lastTiedYear, and returns how many. Without a branch (+(condition) is 0 or 1): whether an
 * event's year is among the worst is a coin toss the processor cannot predict. A function of its
 * own: inside worstTenPercent the loop was compiled on the fly and thrown away when the code
 * after it first ran, in every one of a dozen summaries.
 */
function listWorstEvents(annual: Float64Array, eventTrial: Int32Array, threshold: number, lastTiedYear: number, listed: Int32Array): number {
  let count = 0;
  for (let e = 0; e < eventTrial.length; e += 1) {
    const trial = eventTrial[e] ?? 0;
    const x = annual[trial] ?? 0;
    listed[count] = e;
    count += +(x > threshold) | (+(x === threshold) & +(trial <= lastTiedYear));
  }
  return count;
}

/**
 * Per category, the sum of the costs of the first `count` listed events, added in the order
 * listed. With six categories the running sums live in locals: kept in an array, every addition
 * waited for the store of the one before, about 1.5 ms of the 1e6-year summary. The same
 * additions in the same order, so the same bits.
 */
function categorySumsOf(listed: Int32Array, count: number, categoryLoss: Float64Array): Float64Array {
  const categorySums = new Float64Array(CATEGORY_COUNT);
  if (CATEGORY_COUNT !== 6) {
    for (let i = 0; i < count; i += 1) {
      const row = (listed[i] ?? 0) * CATEGORY_COUNT;
      for (let c = 0; c < CATEGORY_COUNT; c += 1) categorySums[c] = (categorySums[c] ?? 0) + (categoryLoss[row + c] ?? 0);
    }
    return categorySums;
  }
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  for (let i = 0; i < count; i += 1) {
    const row = (listed[i] ?? 0) * 6;
    s0 += categoryLoss[row] ?? 0;
    s1 += categoryLoss[row + 1] ?? 0;
    s2 += categoryLoss[row + 2] ?? 0;
    s3 += categoryLoss[row + 3] ?? 0;
    s4 += categoryLoss[row + 4] ?? 0;
    s5 += categoryLoss[row + 5] ?? 0;
  }
  categorySums.set([s0, s1, s2, s3, s4, s5]);
  return categorySums;
}

/**
 * The events whose cost per category the run kept, each with its year, in the order simulated:
 * every event of every year that can be among the worst 10% (run.tailEvents), if not every event.
 */
function eventCategories(run: SimulationRun): Readonly<{ trial: Int32Array; categoryLoss: Float64Array }> {
  return run.tailEvents;
}

/** The index of the first value of a sorted array that is at least `x` (its length if none). */
function firstAtLeast(sorted: Float64Array, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The same year by year, with a mask: above the threshold, or tied with it while ties are left. */
function worstTenPercentByMask(run: SimulationRun, threshold: number, k: number): WorstYears {
  const annual = run.annualLoss;
  const n = annual.length;
  let above = 0;
  for (let i = 0; i < n; i += 1) if ((annual[i] ?? 0) > threshold) above += 1;
  let tiesLeft = k - above;
  const mask = new Uint8Array(n);
  let years = 0;
  for (let i = 0; i < n; i += 1) {
    const x = annual[i] ?? 0;
    if (x > threshold || (x === threshold && tiesLeft > 0)) {
      if (!(x > threshold)) tiesLeft -= 1;
      mask[i] = 1;
      years += 1;
    }
  }
  const { trial: eventTrial, categoryLoss } = eventCategories(run);
  const categorySums = new Float64Array(CATEGORY_COUNT);
  for (let e = 0; e < eventTrial.length; e += 1) {
    if (!mask[eventTrial[e] ?? 0]) continue;
    for (let c = 0; c < CATEGORY_COUNT; c += 1) categorySums[c] = (categorySums[c] ?? 0) + (categoryLoss[e * CATEGORY_COUNT + c] ?? 0);
  }
  return { categorySums, years };
}

const EVENT_PERCENTILES = [0.1, 0.5, 0.9, 0.95, 0.99] as const;

/**
 * Mean, spread, percentiles, largest and histogram of the events' losses, without sorting them
 * all: the percentiles and the largest from the order statistics they need.
 */
function eventStats(eventLoss: Float64Array, bins: number): EventLossStats {
  const count = eventLoss.length;
  const { mean, sd } = meanAndSd(eventLoss);
  const histogram = logHistogramOf(eventLoss, bins);
  if (count === 0) return { count, mean, sd, p10: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0, histogram };
  const ranks = EVENT_PERCENTILES.flatMap((p) => quantileRanks(count, p));
  const at = orderStatistics(eventLoss, [...ranks, count - 1]);
  const [p10 = 0, p50 = 0, p90 = 0, p95 = 0, p99 = 0] = EVENT_PERCENTILES.map((p, i) => interpolateQuantile(count, p, at[2 * i] ?? 0, at[2 * i + 1] ?? 0));
  return { count, mean, sd, p10, p50, p90, p95, p99, max: at[ranks.length] ?? 0, histogram };
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

  const worst = n > 0 ? worstTenPercent(run, sorted) : { categorySums: new Float64Array(CATEGORY_COUNT), years: 0 };
  const worstCount = worst.years;
  const worstSums = worst.categorySums;
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

  // Years above 0, read from the sorted losses unless a NaN (sorted last, never above 0) is among them.
  let anyLoss = n - firstAbove(sorted, 0);
  if (Number.isNaN(sorted[n - 1])) {
    anyLoss = 0;
    for (let i = 0; i < n; i += 1) if ((run.annualLoss[i] ?? 0) > 0) anyLoss += 1;
  }

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
