/**
 * What the FAIR workloads must answer, so the benchmark never buys speed with wrong numbers.
 * Closed forms, computed here from the stated inputs and not with the samplers' own code:
 *   PERT mean (a + 4m + b)/6; lognormal from a 90% interval [a, b]: mu = (ln a + ln b)/2,
 *   sigma = (ln b - ln a)/(2 z95), z95 = 1.6448536269514722, mean exp(mu + sigma^2/2);
 *   w1: E[F] (E[P] + E[S]) (F independent of P and S);
 *   w2: E[lambda] (E[P] + E[S]) (Wald's identity: E[K] = E[lambda], draws independent of K).
 * The summary uses the project's statistics (shared/stats/quantiles.ts): mean and sd, and P95 and
 * P99 by Hyndman and Fan type 7, read from the four order statistics they need by selection
 * (`quantilesOf`), bit for bit what a sorted copy gives, without sorting a million values. A mean passes when it lies within k standard
 * errors of the closed form, the standard error estimated as the sample sd / sqrt(n).
 */
import { meanAndSd, quantilesOf } from '../stats/quantiles';
import { FAIR_INPUTS } from './fairWorkloads';

const Z95 = 1.6448536269514722;

/** Standard errors a mean may stray from its closed form before a check fails. */
export const CHECK_STANDARD_ERRORS = 5;

export function pertMean(low: number, mode: number, high: number): number {
  return (low + 4 * mode + high) / 6;
}

export function lognormalMeanFrom90(low: number, high: number): number {
  const mu = (Math.log(low) + Math.log(high)) / 2;
  const sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
  return Math.exp(mu + (sigma * sigma) / 2);
}

/**
 * The exact mean annual loss. w1 and w2 reach the same number by different routes: E[F] times
 * the mean of one draw of P + S (w1), or E[K] = E[lambda] events each costing E[P] + E[S] (w2).
 */
export function fairClosedFormMean(): number {
  const { frequency: f, primary: p, secondary: s } = FAIR_INPUTS;
  const perEvent = lognormalMeanFrom90(p.low, p.high) + pertMean(s.low, s.mode, s.high);
  return pertMean(f.low, f.mode, f.high) * perEvent;
}

export type FairSummary = Readonly<{ trials: number; mean: number; sd: number; p95: number; p99: number }>;

export function summariseFair(annualLoss: Float64Array): FairSummary {
  const { mean, sd } = meanAndSd(annualLoss);
  const [p95 = 0, p99 = 0] = quantilesOf(annualLoss, [0.95, 0.99]);
  return { trials: annualLoss.length, mean, sd, p95, p99 };
}

export type MeanCheck = Readonly<{
  expected: number;
  measured: number;
  standardError: number;
  /** (measured - expected) / standardError. */
  zScore: number;
  tolerance: number;
  pass: boolean;
}>;

export function checkFairMean(summary: FairSummary, k = CHECK_STANDARD_ERRORS): MeanCheck {
  const expected = fairClosedFormMean();
  const standardError = summary.trials > 1 ? summary.sd / Math.sqrt(summary.trials) : Infinity;
  const zScore = (summary.mean - expected) / standardError;
  return {
    expected,
    measured: summary.mean,
    standardError,
    zScore,
    tolerance: k * standardError,
    pass: Math.abs(summary.mean - expected) <= k * standardError,
  };
}
