/**
 * From the per-year loss to the tower to what an insurer and a buyer read: per-layer expected
 * loss, spread, attachment and exhaustion probabilities, rate on line, loss ratio and technical
 * premium; recovered and retained loss; their exceedance curves next to the gross curve; the
 * limit a 1-in-20 and 1-in-100 year would need; and the coverage gap by reason.
 */
import { ExceedanceCounter } from '../stats/exceedanceCounter';
import { orderStatistics } from '../stats/orderStatistics';
import { exceedanceSorted, interpolateQuantile, quantileRanks, quantileSorted, quantilesOfValues } from '../stats/quantiles';
import { INT_SCRATCH, SCRATCH, scratchFloat64, scratchInt32 } from '../stats/scratch';
import { WITHHELD_REASONS, type InsuranceRun, type WithheldReason } from './ledger';
import type { InsurancePlan } from './plan';
import { layerRecovery, technicalPremium, towerRecovery, towerTop } from './tower';
import { countRetained, retainedValues, type RetainedLosses } from './retainedLosses';

export type LayerStats = Readonly<{
  name: string;
  attachment: number;
  limit: number;
  premium: number | null;
  /** Expected annual loss to the layer: its pure premium. */
  expectedLoss: number;
  /** Monte Carlo standard error of the expected loss: sd / sqrt(years simulated). */
  expectedLossStandardError: number;
  sd: number;
  probabilityOfAttachment: number;
  probabilityOfExhaustion: number;
  /** Premium / limit; null when no premium is given. */
  rateOnLine: number | null;
  /** Expected loss / premium; null when no premium (or a zero premium) is given. */
  lossRatio: number | null;
  technicalPremium: number;
}>;

export type LossPercentiles = Readonly<{ mean: number; p50: number; p90: number; p95: number; p99: number }>;

/** Why part of the gross loss stays with the organisation, then what insurance pays. */
export const GAP_REASONS = [...WITHHELD_REASONS, 'belowOrBetweenLayers', 'aboveTower'] as const;
export type GapReason = (typeof GAP_REASONS)[number];

export const GAP_LABELS: Readonly<Record<GapReason, string>> = {
  excluded: 'Excluded cover',
  waitingPeriod: 'Inside the waiting period',
  beyondIndemnity: 'After the indemnity period',
  retention: 'Retention (deductible)',
  coinsurance: 'Coinsurance share',
  sublimits: 'Above sublimits',
  belowOrBetweenLayers: 'Below or between layers',
  aboveTower: 'Above the tower',
};

export type AdequacyAt = Readonly<{
  /** Return period in years: 20 for the 1-in-20 year (P95), 100 for P99. */
  returnPeriod: number;
  grossLoss: number;
  /** Loss the tower would have to absorb that year (after exclusions, retention, coinsurance, sublimits). */
  limitNeeded: number;
  towerTop: number;
  /** What of that loss the tower would not pay (below, between or above its layers); 0 when it pays all of it. */
  shortfall: number;
}>;

/** The programme's terms below the tower, echoed so every view can state them. */
export type ProgrammeTerms = Readonly<{
  retention: number;
  annualAggregateRetention: number | null;
  coinsurance: number;
  waitingPeriodHours: number;
  indemnityPeriodDays: number | null;
}>;

export type InsuranceCurvePoint = Readonly<{ loss: number; gross: number; insured: number; retained: number }>;

export type InsuranceSummary = Readonly<{
  expectedRecovery: number;
  recovered: LossPercentiles;
  retained: LossPercentiles;
  /** Share of years in which the tower pays anything. */
  probabilityOfClaim: number;
  layers: readonly LayerStats[];
  towerTop: number;
  terms: ProgrammeTerms;
  /** The sum of the layers' premiums; null unless every layer has one. */
  totalPremium: number | null;
  totalTechnicalPremium: number;
  riskLoad: number;
  expenseRatio: number;
  curves: readonly InsuranceCurvePoint[];
  adequacy: readonly AdequacyAt[];
  /** Mean annual amount kept by the organisation per reason; with expectedRecovery they add up to the mean gross loss. */
  gap: Readonly<Record<GapReason, number>>;
}>;

const PERCENTILES = [0.5, 0.9, 0.95, 0.99] as const;
const ADEQUACY = [
  { returnPeriod: 20, p: 0.95 },
  { returnPeriod: 100, p: 0.99 },
] as const;

function percentilesFrom(values: readonly number[]): Omit<LossPercentiles, 'mean'> {
  const [p50 = 0, p90 = 0, p95 = 0, p99 = 0] = values;
  return { p50, p90, p95, p99 };
}

/**
 * The years whose loss to the tower is not zero (NaN included), in year order: the only years
 * the tower can pay in, as every layer attaches at or above zero. In the hospital at 1e6 years
 * about a fifth; every pass below but the first runs over these alone.
 */
type ClaimYears = Readonly<{
  count: number;
  /** Each one's year and its loss to the tower; scratch memory, `count` of each. */
  year: Int32Array;
  loss: Float64Array;
  /** How many of them are below zero (only from a run handed in with such losses). */
  negatives: number;
}>;

/**
 * One pass over every year: lists the years with a loss to the tower (their losses into `loss`)
 * and returns what the organisation keeps over the years not listed (their gross losses, never
 * below 0): a year with no loss to the tower recovers nothing (retainedLosses.ts).
 */
function claimYears(towerLoss: Float64Array, annualLoss: Float64Array, loss: Float64Array): ClaimYears & { quietKept: number } {
  const n = annualLoss.length;
  const year = scratchInt32(INT_SCRATCH.claimYears, n);
  let count = 0;
  let negatives = 0;
  let quietKept = 0;
  for (let i = 0; i < n; i += 1) {
    const kept = Math.max(0, annualLoss[i] ?? 0);
    const s = towerLoss[i] ?? 0;
    // Only the years not listed: a listed year's retained loss is added once it is known
    // (yearFigures), never added here and taken off there, which loses digits when the tower pays
    // nearly everything.
    quietKept += s === 0 ? kept : 0;
    // Listed without a branch: written at the next free place, which moves on only for a listed year.
    year[count] = i;
    loss[count] = s;
    count += +(s !== 0);
    negatives += +(s < 0);
  }
  return { count, year, loss, negatives, quietKept };
}

type LayerFigures = Readonly<{ mean: number; sd: number; attached: number; exhausted: number }>;

/**
 * One layer over the years: the mean and spread of what it pays (two passes, the second over the
 * deviations from the mean, the years without a loss to the tower counted at once), and how often
 * it attaches and is exhausted.
 */
function layerFigures(claims: ClaimYears, years: number, attachment: number, limit: number, edge: number): LayerFigures {
  const { count, loss } = claims;
  // What a year with no loss to the tower pays (0, as attachments are never below 0), and how it counts.
  const quiet = years - count;
  const quietPaid = layerRecovery(0, attachment, limit);
  let sum = quiet * quietPaid;
  let attached = quiet * +(quietPaid > edge);
  let exhausted = quiet * +(quietPaid >= limit - edge);
  // Counts use +(condition), 0 or 1, rather than branches the processor could not predict.
  for (let j = 0; j < count; j += 1) {
    const paid = layerRecovery(loss[j] ?? 0, attachment, limit);
    sum += paid;
    attached += +(paid > edge);
    exhausted += +(paid >= limit - edge);
  }
  const mean = years > 0 ? sum / years : 0;
  let m2 = quiet * (quietPaid - mean) * (quietPaid - mean);
  for (let j = 0; j < count; j += 1) {
    const deviation = layerRecovery(loss[j] ?? 0, attachment, limit) - mean;
    m2 += deviation * deviation;
  }
  return { mean, sd: years > 1 ? Math.sqrt(m2 / (years - 1)) : 0, attached, exhausted };
}

type YearFigures = Readonly<{ recoveredMean: number; retainedMean: number; claims: number; towerWithheld: number; aboveTower: number; paidYears: number }>;

/**
 * The tower's recovery year by year, over the years with a loss to the tower: its mean, the
 * claims and the gap; the non-zero recoveries written to `paid` (from the start; `paidYears` of
 * them, in year order) for the curve, which may be the listed losses' own memory (a recovery is
 * written at or before the place its loss was read from, after reading it); each listed year's
 * retained loss to `retained` (in the listed years' order), and the retained losses' mean.
 */
function yearFigures(
  claimed: ClaimYears & { quietKept: number },
  annualLoss: Float64Array,
  tower: Readonly<{ attachment: Float64Array; limit: Float64Array; top: number; claimEdge: number }>,
  retained: Float64Array,
  paid: Float64Array,
): YearFigures {
  const { attachment, limit, top, claimEdge } = tower;
  const { count, year, loss } = claimed;
  const n = annualLoss.length;
  let recovered = 0;
  let kept = claimed.quietKept;
  let claims = 0;
  let towerWithheld = 0;
  let aboveTower = 0;
  let paidYears = 0;
  for (let j = 0; j < count; j += 1) {
    const s = loss[j] ?? 0;
    // What the layers pay, added in their order from zero, as towerRecovery adds it.
    let recovery = 0;
    for (let l = 0; l < limit.length; l += 1) recovery += layerRecovery(s, attachment[l] ?? 0, limit[l] ?? 0);
    claims += +(recovery > claimEdge);
    recovered += recovery;
    paid[paidYears] = recovery;
    paidYears += +(recovery !== 0);
    // Never keep less than nothing: recovery is at most the loss to the tower, itself at most gross.
    const i = year[j] ?? 0;
    const keptNow = Math.max(0, (annualLoss[i] ?? 0) - recovery);
    kept += keptNow;
    retained[j] = keptNow;
    const above = Math.max(0, s - top);
    aboveTower += above;
    towerWithheld += Math.max(0, s - recovery - above);
  }
  return { recoveredMean: n > 0 ? recovered / n : 0, retainedMean: n > 0 ? kept / n : 0, claims, towerWithheld, aboveTower, paidYears };
}

/**
 * The loss to the tower at the wanted ranks of all the years, from the years with one: the years
 * without sit, all zero, between the negative losses and the positive ones.
 */
function towerLossAt(claims: ClaimYears, years: number, ranks: readonly number[]): number[] {
  const quiet = years - claims.count;
  const isQuiet = (rank: number): boolean => rank >= claims.negatives && rank < claims.negatives + quiet;
  const listedRanks = ranks.filter((rank) => !isQuiet(rank)).map((rank) => (rank < claims.negatives ? rank : rank - quiet));
  const at = listedRanks.length > 0 ? orderStatistics(claims.loss.subarray(0, claims.count), listedRanks) : [];
  let next = 0;
  return ranks.map((rank) => (isQuiet(rank) ? 0 : (at[next++] ?? 0)));
}

/**
 * What the summary reads of the gross annual losses, apart from the years themselves: their
 * quantiles at the adequacy's return periods and their exceedance at the curve's losses. Cheap to
 * read from the sorted losses, and small, so a thread without them can be handed them.
 */
export type GrossReadings = Readonly<{
  /** The gross loss at each of ADEQUACY's return periods, in its order. */
  adequacyLosses: readonly number[];
  /** P(gross annual loss > loss) at each of the curve's losses, in its order. */
  curveExceedance: readonly number[];
}>;

export function grossReadings(grossSorted: Float64Array, curveLosses: readonly number[]): GrossReadings {
  return {
    adequacyLosses: ADEQUACY.map(({ p }) => quantileSorted(grossSorted, p)),
    curveExceedance: curveLosses.map((loss) => exceedanceSorted(grossSorted, loss)),
  };
}

/**
 * @param grossSorted the annual gross losses sorted ascending (the caller has them already)
 */
export function summariseInsurance(
  plan: InsurancePlan,
  run: InsuranceRun,
  annualLoss: Float64Array,
  grossSorted: Float64Array,
  curveLosses: readonly number[],
): InsuranceSummary {
  return summariseInsuranceFrom(plan, run, annualLoss, curveLosses, grossReadings(grossSorted, curveLosses));
}

/**
 * What the insurance summary reads from the years alone, before the gross curve's losses are
 * known: the means, claims, gap and layers, the loss to the tower at the percentiles' ranks, and
 * the retained losses and non-zero recoveries still to be counted on the curve. The listed years'
 * retained losses and the recoveries are scratch memory (stats/scratch.ts): valid until this
 * thread's next insuranceYears; the other years' retained losses are read from the run's gross
 * losses and losses to the tower, which must not change before completeInsurance.
 */
export type InsuranceYears = Readonly<{
  years: number;
  figures: YearFigures;
  layers: readonly LayerStats[];
  /** The loss to the tower at the two ranks each of PERCENTILES interpolates between, in its order. */
  towerAt: readonly number[];
  /** Every year's retained loss (retainedLosses.ts): the listed years' own, the others' read from the run. */
  retained: RetainedLosses;
  /** The years' non-zero recoveries; the other years paid nothing. */
  paid: Float64Array;
}>;

/**
 * Sublimits scale covers pro rata, so a loss meant to equal a layer boundary can land a rounding
 * error either side of it; a payment within a billionth of the limit (or of a currency unit) is
 * treated as that boundary.
 */
const tolerance = (amount: number): number => 1e-9 * Math.max(1, amount);

/**
 * The first part of the summary, from the years alone: one pass over every year lists those with
 * a loss to the tower and sums what the others keep; then, over the listed years only, the
 * recovery, the claims and the gap, two passes per layer, and the order statistics the
 * percentiles need. It does not need the gross losses' order, so another thread can make it
 * while the gross losses are sorted.
 */
export function insuranceYears(plan: InsurancePlan, run: InsuranceRun, annualLoss: Float64Array): InsuranceYears {
  const n = annualLoss.length;
  const towerLoss = run.towerLoss;
  const top = towerTop(plan.layers);
  // The listed years' losses to the tower, and later, over them, the non-zero recoveries (yearFigures comes last).
  const paid = scratchFloat64(SCRATCH.paid, n);
  const tower = towerLoss.subarray(0, n);
  const claims = claimYears(tower, annualLoss, paid);
  const listedRetained = scratchFloat64(SCRATCH.retained, claims.count).subarray(0, claims.count);
  const layers = plan.layers.map((layer) => {
    const { mean, sd, attached, exhausted } = layerFigures(claims, n, layer.attachment, layer.limit, tolerance(layer.limit));
    const premium = layer.premium;
    return {
      name: layer.name,
      attachment: layer.attachment,
      limit: layer.limit,
      premium,
      expectedLoss: mean,
      expectedLossStandardError: n > 0 ? sd / Math.sqrt(n) : 0,
      sd,
      probabilityOfAttachment: n > 0 ? attached / n : 0,
      probabilityOfExhaustion: n > 0 ? exhausted / n : 0,
      rateOnLine: premium === null ? null : premium / layer.limit,
      lossRatio: premium === null || premium === 0 ? null : mean / premium,
      technicalPremium: technicalPremium(mean, sd, plan.riskLoad, plan.expenseRatio),
    };
  });
  // The loss to the tower at the ranks its percentiles need (the 95th and 99th are also the limits
  // the adequacy needs).
  const towerAt = n > 0 ? towerLossAt(claims, n, PERCENTILES.flatMap((p) => quantileRanks(n, p))) : [];
  const figures = yearFigures(
    claims,
    annualLoss,
    {
      attachment: Float64Array.from(plan.layers, (layer) => layer.attachment),
      limit: Float64Array.from(plan.layers, (layer) => layer.limit),
      top,
      claimEdge: tolerance(top),
    },
    listedRetained,
    paid,
  );
  return { years: n, figures, layers, towerAt, retained: { listed: listedRetained, gross: annualLoss, tower }, paid: paid.subarray(0, figures.paidYears) };
}

/**
 * The summary from its first part and the gross curve: the recovered and retained percentiles,
 * the insured and retained curves counted against the curve's losses (exceedanceCounter.ts), the
 * adequacy and the gap. It needs the gross losses only through `gross`.
 */
export function completeInsurance(plan: InsurancePlan, run: InsuranceRun, years: InsuranceYears, curveLosses: readonly number[], gross: GrossReadings): InsuranceSummary {
  const n = years.years;
  const { recoveredMean, retainedMean, claims, towerWithheld, aboveTower } = years.figures;
  const top = towerTop(plan.layers);
  const layers = years.layers;
  // The recovery never falls as the loss to the tower rises, so the recovery at a rank is the
  // tower's recovery on the loss at that rank, as sorting the losses and mapping them gave.
  const towerQuantile = (p: (typeof PERCENTILES)[number], of: (loss: number) => number): number => {
    const i = PERCENTILES.indexOf(p);
    return n > 0 ? interpolateQuantile(n, p, of(years.towerAt[2 * i] ?? 0), of(years.towerAt[2 * i + 1] ?? 0)) : 0;
  };
  // Keys in the order the result always had (it is printed as JSON): the recovery's mean last, the retained loss's first.
  const recovered: LossPercentiles = { ...percentilesFrom(PERCENTILES.map((p) => towerQuantile(p, (loss) => towerRecovery(loss, plan.layers)))), mean: recoveredMean };
  const retainedStats: LossPercentiles = { mean: retainedMean, ...percentilesFrom(quantilesOfValues(retainedValues(years.retained), PERCENTILES)) };
  const curve = new ExceedanceCounter(curveLosses);
  curve.addAll(years.paid);
  curve.addRepeated(0, n - years.paid.length);
  const insuredAbove = curve.counts();
  curve.clear();
  countRetained(curve, years.retained);
  const retainedAbove = curve.counts();

  const gap = {} as Record<GapReason, number>;
  WITHHELD_REASONS.forEach((reason: WithheldReason, r) => {
    gap[reason] = n > 0 ? (run.withheldTotals[r] ?? 0) / n : 0;
  });
  gap.belowOrBetweenLayers = n > 0 ? towerWithheld / n : 0;
  gap.aboveTower = n > 0 ? aboveTower / n : 0;

  const adequacy = ADEQUACY.map(({ returnPeriod, p }, a) => {
    const limitNeeded = towerQuantile(p, (loss) => loss);
    const unpaid = limitNeeded - towerRecovery(limitNeeded, plan.layers);
    return {
      returnPeriod,
      grossLoss: gross.adequacyLosses[a] ?? 0,
      limitNeeded,
      towerTop: top,
      shortfall: unpaid > tolerance(limitNeeded) ? unpaid : 0,
    };
  });

  const premiums = layers.map((layer) => layer.premium);
  return {
    expectedRecovery: recovered.mean,
    recovered,
    retained: retainedStats,
    probabilityOfClaim: n > 0 ? claims / n : 0,
    layers,
    towerTop: top,
    terms: {
      retention: plan.retention,
      annualAggregateRetention: Number.isFinite(plan.aggregateRetention) ? plan.aggregateRetention : null,
      coinsurance: plan.coinsurance,
      waitingPeriodHours: plan.waitingDays * 24,
      indemnityPeriodDays: Number.isFinite(plan.indemnityDays) ? plan.indemnityDays : null,
    },
    totalPremium: premiums.some((premium) => premium === null) ? null : premiums.reduce<number>((sum, premium) => sum + (premium ?? 0), 0),
    totalTechnicalPremium: layers.reduce((sum, layer) => sum + layer.technicalPremium, 0),
    riskLoad: plan.riskLoad,
    expenseRatio: plan.expenseRatio,
    curves: curveLosses.map((loss, i) => ({
      loss,
      gross: gross.curveExceedance[i] ?? 0,
      insured: n > 0 ? (insuredAbove[i] ?? 0) / n : 0,
      retained: n > 0 ? (retainedAbove[i] ?? 0) / n : 0,
    })),
    adequacy,
    gap,
  };
}

/** The whole summary in one go: insuranceYears, then completeInsurance. */
export function summariseInsuranceFrom(
  plan: InsurancePlan,
  run: InsuranceRun,
  annualLoss: Float64Array,
  curveLosses: readonly number[],
  gross: GrossReadings,
): InsuranceSummary {
  return completeInsurance(plan, run, insuranceYears(plan, run, annualLoss), curveLosses, gross);
}
