// Frozen copy of shared/insurance/summary.ts as of commit 8433c8b, before the summaries were made fast: the
// straightforward reference (full sorts, one pass per figure) that the fast code must match bit
// for bit (test/shared/summaryExact.test.ts). Leave it as it is; do not optimise it.
/**
 * From the per-year loss to the tower to what an insurer and a buyer read: per-layer expected
 * loss, spread, attachment and exhaustion probabilities, rate on line, loss ratio and technical
 * premium; recovered and retained loss; their exceedance curves next to the gross curve; the
 * limit a 1-in-20 and 1-in-100 year would need; and the coverage gap by reason.
 */
import { exceedanceSorted, meanAndSd, quantileSorted, sortedCopy } from './quantiles';
import { WITHHELD_REASONS, type InsuranceRun, type WithheldReason } from '../../../shared/insurance/ledger';
import type { InsurancePlan } from '../../../shared/insurance/plan';
import { layerRecovery, technicalPremium, towerRecovery, towerTop } from '../../../shared/insurance/tower';

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

function percentilesOfSorted(sorted: Float64Array): Omit<LossPercentiles, 'mean'> {
  return {
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p95: quantileSorted(sorted, 0.95),
    p99: quantileSorted(sorted, 0.99),
  };
}

function percentiles(values: Float64Array): { stats: LossPercentiles; sorted: Float64Array } {
  const sorted = sortedCopy(values);
  return { sorted, stats: { mean: meanAndSd(values).mean, ...percentilesOfSorted(sorted) } };
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
  const n = annualLoss.length;
  const towerLoss = run.towerLoss;
  // Sublimits scale covers pro rata, so a loss meant to equal a layer boundary can land a
  // rounding error either side of it; a payment within a billionth of the limit (or of a
  // currency unit) is treated as that boundary.
  const tolerance = (amount: number): number => 1e-9 * Math.max(1, amount);
  const recovered = new Float64Array(n);
  const layerLoss = new Float64Array(n);
  let claims = 0;
  const layers = plan.layers.map((layer) => {
    let attached = 0;
    let exhausted = 0;
    const edge = tolerance(layer.limit);
    for (let i = 0; i < n; i += 1) {
      const s = towerLoss[i] ?? 0;
      const paid = layerRecovery(s, layer.attachment, layer.limit);
      layerLoss[i] = paid;
      recovered[i] = (recovered[i] ?? 0) + paid;
      if (paid > edge) attached += 1;
      if (paid >= layer.limit - edge) exhausted += 1;
    }
    const { mean, sd } = meanAndSd(layerLoss);
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
  const retained = new Float64Array(n);
  let towerWithheld = 0;
  let aboveTower = 0;
  const top = towerTop(plan.layers);
  const claimEdge = tolerance(top);
  for (let i = 0; i < n; i += 1) {
    const paid = recovered[i] ?? 0;
    if (paid > claimEdge) claims += 1;
    // Never keep less than nothing: recovery is at most the loss to the tower, itself at most gross.
    retained[i] = Math.max(0, (annualLoss[i] ?? 0) - paid);
    const s = towerLoss[i] ?? 0;
    const above = Math.max(0, s - top);
    aboveTower += above;
    towerWithheld += Math.max(0, s - paid - above);
  }
  // Recovery rises with the loss to the tower, so sorting that loss sorts the recovery too.
  const towerSorted = sortedCopy(towerLoss);
  const recoveredSorted = towerSorted.map((loss) => towerRecovery(loss, plan.layers));
  const recoveredStats = { sorted: recoveredSorted, stats: { ...percentilesOfSorted(recoveredSorted), mean: meanAndSd(recovered).mean } };
  const retainedStats = percentiles(retained);

  const gap = {} as Record<GapReason, number>;
  WITHHELD_REASONS.forEach((reason: WithheldReason, r) => {
    gap[reason] = n > 0 ? (run.withheldTotals[r] ?? 0) / n : 0;
  });
  gap.belowOrBetweenLayers = n > 0 ? towerWithheld / n : 0;
  gap.aboveTower = n > 0 ? aboveTower / n : 0;

  const adequacy = [
    { returnPeriod: 20, p: 0.95 },
    { returnPeriod: 100, p: 0.99 },
  ].map(({ returnPeriod, p }) => {
    const limitNeeded = quantileSorted(towerSorted, p);
    const unpaid = limitNeeded - towerRecovery(limitNeeded, plan.layers);
    return {
      returnPeriod,
      grossLoss: quantileSorted(grossSorted, p),
      limitNeeded,
      towerTop: top,
      shortfall: unpaid > tolerance(limitNeeded) ? unpaid : 0,
    };
  });

  const premiums = layers.map((layer) => layer.premium);
  return {
    expectedRecovery: recoveredStats.stats.mean,
    recovered: recoveredStats.stats,
    retained: retainedStats.stats,
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
    curves: curveLosses.map((loss) => ({
      loss,
      gross: exceedanceSorted(grossSorted, loss),
      insured: exceedanceSorted(recoveredStats.sorted, loss),
      retained: exceedanceSorted(retainedStats.sorted, loss),
    })),
    adequacy,
    gap,
  };
}
