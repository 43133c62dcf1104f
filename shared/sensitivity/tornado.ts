/**
 * Tornado rows: an input's expected annual loss and 1-in-20-year (P95) loss with the input fixed
 * at its low and at its high while every other input keeps its distribution, and the swing
 * |mean at high - mean at low|. Rows are sorted by swing, largest first; equal swings keep the
 * order the inputs were listed in. Statistics as everywhere else: the mean of the simulated
 * years, and P95 by linear interpolation between order statistics (Hyndman and Fan type 7).
 */
import { meanAndSd, quantileSorted, quantilesOf, sortedCopy } from '../stats/quantiles';
import type { PlanInput } from './inputs';

/** The expected annual loss and the 1-in-20-year loss of one run. */
export type LossPoint = Readonly<{ mean: number; p95: number }>;

export type TornadoRow = Readonly<{
  /** The input's JSON-style path. */
  input: string;
  label: string;
  /** The input's value at its low and its high: the stated bounds, or a lognormal's 5th and 95th percentiles. */
  low: number;
  high: number;
  /** |highResult.mean - lowResult.mean|. */
  swing: number;
  lowResult: LossPoint;
  highResult: LossPoint;
}>;

export function lossPoint(annualLoss: Float64Array): LossPoint {
  return { mean: meanAndSd(annualLoss).mean, p95: quantileSorted(sortedCopy(annualLoss), 0.95) };
}

/** lossPoint's figures, bit for bit, with P95 read from its two order statistics by selection (no sort). */
export function lossPointBySelection(annualLoss: Float64Array): LossPoint {
  return { mean: meanAndSd(annualLoss).mean, p95: quantilesOf(annualLoss, [0.95])[0] ?? 0 };
}

export function tornadoRow(input: Pick<PlanInput, 'path' | 'label' | 'sampler'>, lowResult: LossPoint, highResult: LossPoint): TornadoRow {
  return {
    input: input.path,
    label: input.label,
    low: input.sampler.low,
    high: input.sampler.high,
    swing: Math.abs(highResult.mean - lowResult.mean),
    lowResult,
    highResult,
  };
}

/** Largest swing first; a stable sort, so equal swings keep their order. */
export function sortBySwing(rows: readonly TornadoRow[]): TornadoRow[] {
  return [...rows].sort((a, b) => b.swing - a.swing);
}
