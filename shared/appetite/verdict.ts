/**
 * Risk appetite against the simulated years: for each tolerance point "at most probability p
 * that a year costs more than loss L", the simulated chance P(annual loss > L) and the smallest
 * loss the simulated years exceed with chance at most p. A point is within appetite when the
 * simulated chance is at most p; exactly p is within. "By how much" is given both ways: the
 * chance above or below the tolerance, and the loss above or below L at the tolerated chance.
 * Both are read from the same simulated years without interpolation, so they always agree:
 * the loss is over L exactly when the chance is over p.
 */
import { exceedanceSorted } from '../stats/quantiles';
import type { AppetitePoint } from '../scenario/appetiteSchema';

export type AppetiteCheck = Readonly<{
  loss: number;
  /** Tolerated chance that a year costs more than `loss`. */
  probability: number;
  /** Simulated chance that a year costs more than `loss`. */
  simulatedProbability: number;
  /** The loss a year exceeds with the tolerated chance. */
  lossAtProbability: number;
  within: boolean;
  /** Simulated minus tolerated chance: above 0 is beyond appetite. */
  probabilityExcess: number;
  /** Loss at the tolerated chance minus the tolerated loss: above 0 is beyond appetite. */
  lossExcess: number;
}>;

export type AppetiteVerdict = Readonly<{ within: boolean; points: readonly AppetiteCheck[] }>;

/**
 * The smallest x with P(annual loss > x) <= p among the simulated years: with n years, at most
 * k = floor(p n) may lie above it, so it is the (n - k)-th smallest year (0 when every year may).
 */
export function lossExceededWithAtMost(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  // The largest k with k / n <= p, compared exactly as the verdict compares the chance.
  let allowed = Math.min(n, Math.max(0, Math.floor(p * n)));
  while (allowed < n && (allowed + 1) / n <= p) allowed += 1;
  while (allowed > 0 && allowed / n > p) allowed -= 1;
  return allowed >= n ? 0 : (sorted[n - 1 - allowed] ?? 0);
}

export function appetiteVerdict(points: readonly AppetitePoint[], sortedAnnualLoss: Float64Array): AppetiteVerdict {
  const checks = [...points]
    .sort((a, b) => a.loss - b.loss)
    .map((point) => {
      const simulatedProbability = exceedanceSorted(sortedAnnualLoss, point.loss);
      const lossAtProbability = lossExceededWithAtMost(sortedAnnualLoss, point.probability);
      return {
        loss: point.loss,
        probability: point.probability,
        simulatedProbability,
        lossAtProbability,
        within: simulatedProbability <= point.probability,
        probabilityExcess: simulatedProbability - point.probability,
        lossExcess: lossAtProbability - point.loss,
      };
    });
  return { within: checks.every((check) => check.within), points: checks };
}
