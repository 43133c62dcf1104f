/**
 * Risk appetite against the simulated years: for each tolerance point "at most probability p
 * that a year costs more than loss L", the simulated chance P(annual loss > L) and the loss
 * exceeded with chance p (the (1 - p) quantile). A point is within appetite when the simulated
 * chance is at most p; exactly p is within. "By how much" is given both ways: the chance above
 * or below the tolerance, and the loss above or below L at the tolerated chance.
 */
import { exceedanceSorted, quantileSorted } from '../stats/quantiles';
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

export function appetiteVerdict(points: readonly AppetitePoint[], sortedAnnualLoss: Float64Array): AppetiteVerdict {
  const checks = [...points]
    .sort((a, b) => a.loss - b.loss)
    .map((point) => {
      const simulatedProbability = exceedanceSorted(sortedAnnualLoss, point.loss);
      const lossAtProbability = quantileSorted(sortedAnnualLoss, 1 - point.probability);
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
