/**
 * Curves drawn from a sorted sample: the loss exceedance curve on log-spaced losses, and a
 * histogram on log-spaced bins (losses span orders of magnitude).
 */
import { countSorted, countUnsorted, logBinning, logBinOf } from './logBins';
import { exceedanceSorted, firstAbove, sortedCopy } from './quantiles';

export type ExceedancePoint = Readonly<{ loss: number; probability: number }>;
export type HistogramBin = Readonly<{ from: number; to: number; count: number }>;

/** Losses span at most this many decades on the curve, below the largest. */
const MAX_DECADES = 6;

/**
 * `points` log-spaced values from low to high (both > 0). When they coincide the grid spans the
 * decade below high, computed in logs so that even the tiniest positive numbers give a finite grid.
 */
function logGrid(low: number, high: number, points: number): number[] {
  const b = Math.log10(high);
  const a = Math.min(Math.log10(low), b - 1);
  return Array.from({ length: points }, (_, i) => Math.pow(10, a + ((b - a) * i) / (points - 1)));
}

/**
 * P(annual loss > x) at `points` log-spaced losses from the smallest positive loss (or six
 * decades below the largest, if higher) to the largest. Non-increasing by construction.
 */
export function exceedanceCurve(sorted: Float64Array, points: number): ExceedancePoint[] {
  const n = sorted.length;
  const max = n > 0 ? (sorted[n - 1] ?? 0) : 0;
  if (!(max > 0)) {
    return logGrid(1, 1e6, points).map((loss) => ({ loss, probability: 0 }));
  }
  const minPositive = sorted[firstAbove(sorted, 0)] ?? max;
  const low = Math.max(minPositive, max / Math.pow(10, MAX_DECADES));
  const grid = logGrid(low, max, points);
  let previous = 1;
  return grid.map((loss) => {
    const probability = Math.min(previous, exceedanceSorted(sorted, loss));
    previous = probability;
    return { loss, probability };
  });
}

/** Counts of positive values in log-spaced bins between the smallest and largest positive value. */
export function logHistogram(sorted: Float64Array, bins: number): HistogramBin[] {
  const n = sorted.length;
  const first = firstAbove(sorted, 0);
  if (first >= n) return [];
  return binInLogs(sorted, first, n, sorted[first] ?? 0, sorted[n - 1] ?? 0, bins, true);
}

/**
 * logHistogram(sortedCopy(values), bins) without the sort: one pass finds the smallest positive
 * and the largest value, a second bins (the counts do not depend on the order). Values holding
 * NaN, which sorts last and so would be the largest, are sorted after all.
 */
export function logHistogramOf(values: Float64Array, bins: number): HistogramBin[] {
  let minPositive = Infinity;
  let max = 0;
  for (let i = 0; i < values.length; i += 1) {
    const x = values[i] ?? 0;
    if (x > 0) {
      if (x < minPositive) minPositive = x;
      if (x > max) max = x;
    } else if (Number.isNaN(x)) {
      return logHistogram(sortedCopy(values), bins);
    }
  }
  if (!(max > 0)) return [];
  return binInLogs(values, 0, values.length, minPositive, max, bins, false);
}

/**
 * Bins values[from, to) that are not at most 0, between min and max: in logs, as logGrid spaces
 * the edges (exact even where an edge underflows to 0). logBins.ts gives the counts of that
 * expression without a logarithm per value; it declines only for the degenerate cases (a bound
 * that is not finite, under two bins), binned here value by value as always.
 */
function binInLogs(values: Float64Array, from: number, to: number, min: number, max: number, bins: number, sorted: boolean): HistogramBin[] {
  const low = Math.max(min, max / 1e8);
  const edges = logGrid(low, max, bins + 1);
  const highLog = Math.log10(max);
  const lowLog = Math.min(Math.log10(low), highLog - 1);
  const span = highLog - lowLog;
  const binning = logBinning(lowLog, span, bins);
  let counts: ArrayLike<number>;
  if (binning === undefined) {
    counts = binByExpression(values, from, to, lowLog, span, bins);
  } else {
    const binned = new Float64Array(bins);
    if (sorted) countSorted(binning, values, from, to, binned);
    else countUnsorted(binning, values, from, to, binned);
    counts = binned;
  }
  return Array.from(counts, (count, i) => ({ from: edges[i] ?? 0, to: edges[i + 1] ?? 0, count }));
}

/** The expression value by value. A bin that is NaN (a NaN bound) counts nowhere, as it always did. */
function binByExpression(values: Float64Array, from: number, to: number, lowLog: number, span: number, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (let i = from; i < to; i += 1) {
    const x = values[i] ?? 0;
    if (x <= 0) continue;
    const bin = logBinOf(x, lowLog, span, bins);
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts;
}
