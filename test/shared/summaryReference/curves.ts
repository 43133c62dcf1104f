// Frozen copy of shared/stats/curves.ts as of commit 8433c8b, before the summaries were made fast: the
// straightforward reference (full sorts, one pass per figure) that the fast code must match bit
// for bit (test/shared/summaryExact.test.ts). Leave it as it is; do not optimise it.
/**
 * Curves drawn from a sorted sample: the loss exceedance curve on log-spaced losses, and a
 * histogram on log-spaced bins (losses span orders of magnitude).
 */
import { exceedanceSorted } from './quantiles';

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
  let firstPositive = 0;
  while (firstPositive < n && (sorted[firstPositive] ?? 0) <= 0) firstPositive += 1;
  const minPositive = sorted[firstPositive] ?? max;
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
  let first = 0;
  while (first < n && (sorted[first] ?? 0) <= 0) first += 1;
  if (first >= n) return [];
  const min = sorted[first] ?? 0;
  const max = sorted[n - 1] ?? 0;
  const low = Math.max(min, max / 1e8);
  const edges = logGrid(low, max, bins + 1);
  // Bin in logs, as logGrid spaces the edges: exact even where an edge underflows to 0.
  const highLog = Math.log10(max);
  const lowLog = Math.min(Math.log10(low), highLog - 1);
  const span = highLog - lowLog;
  const counts = new Array<number>(bins).fill(0);
  for (let i = first; i < n; i += 1) {
    const x = sorted[i] ?? 0;
    let bin = Math.floor(((Math.log10(x) - lowLog) / span) * bins);
    bin = Math.min(bins - 1, Math.max(0, bin));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ from: edges[i] ?? 0, to: edges[i + 1] ?? 0, count }));
}
