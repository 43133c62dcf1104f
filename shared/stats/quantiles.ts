/**
 * Order statistics on a sorted sample. Quantiles interpolate linearly between order
 * statistics (Hyndman and Fan type 7, the default of R and numpy): for p in [0, 1] and n
 * values, h = (n - 1) p, q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
 */
import { arrayValues, orderStatisticsOf, type CountedValues } from './orderStatistics';
import { RADIX_MIN_LENGTH, sortNonNegativeInto } from './radixSort';

/**
 * An ascending copy, bit for bit what Float64Array.prototype.sort gives. Losses are never
 * negative, so they go through the radix sort on their bits (radixSort.ts), which counts the
 * zeros (most simulated years often cost nothing) and sorts only the other values; short arrays,
 * and any holding a negative value, -0 or NaN, are sorted by comparison.
 */
export function sortedCopy(values: Float64Array): Float64Array {
  return sortedInto(values, null);
}

/**
 * sortedCopy, written into `memory` when it has the room (the result is then a view of it, which
 * the next use of that memory overwrites): for callers that sort as many values again and again,
 * where the first write to fresh memory costs more than the sort (about 11 ms of the hospital's
 * 15 ms sort of a million years on the benchmark's machine). Otherwise into fresh memory.
 */
export function sortedInto(values: Float64Array, memory: Float64Array | null): Float64Array {
  const n = values.length;
  if (n >= RADIX_MIN_LENGTH) {
    let out: Float64Array;
    if (memory && memory.length >= n) {
      out = memory.subarray(0, n);
      // The radix sort leaves the zeros' places as it finds them.
      out.fill(0);
    } else {
      out = new Float64Array(n);
    }
    if (sortNonNegativeInto(values, out)) return out;
  }
  return sortedByComparison(values);
}

/** The comparison sort, with zeros counted rather than sorted when they are common. */
function sortedByComparison(values: Float64Array): Float64Array {
  const n = values.length;
  // Positive zeros only: a sort puts -0 before +0, and so must this.
  const isZero = (value: number): boolean => value === 0 && 1 / value > 0;
  let zeros = 0;
  for (let i = 0; i < n; i += 1) if (isZero(values[i] ?? 1)) zeros += 1;
  if (zeros < n / 4) {
    const copy = Float64Array.from(values);
    copy.sort();
    return copy;
  }
  const rest = new Float64Array(n - zeros);
  let k = 0;
  for (let i = 0; i < n; i += 1) {
    const value = values[i] ?? 0;
    if (!isZero(value)) rest[k++] = value;
  }
  rest.sort();
  let negatives = 0;
  const beforeZero = (value: number): boolean => value < 0 || (value === 0 && 1 / value < 0);
  while (negatives < rest.length && beforeZero(rest[negatives] ?? 0)) negatives += 1;
  const out = new Float64Array(n);
  out.set(rest.subarray(0, negatives), 0);
  out.set(rest.subarray(negatives), negatives + zeros);
  return out;
}

/** The two ranks (0-based, ascending) whose values the p quantile of n > 0 values interpolates between. */
export function quantileRanks(n: number, p: number): readonly [lower: number, upper: number] {
  const lower = Math.floor((n - 1) * Math.min(1, Math.max(0, p)));
  return [lower, Math.min(n - 1, lower + 1)];
}

/** The p quantile of n > 0 values from the values at its two ranks (`quantileRanks`). */
export function interpolateQuantile(n: number, p: number, atLower: number, atUpper: number): number {
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  return atLower + (h - Math.floor(h)) * (atUpper - atLower);
}

export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const [lower, upper] = quantileRanks(n, p);
  return interpolateQuantile(n, p, sorted[lower] ?? 0, sorted[upper] ?? 0);
}

/**
 * quantileSorted of each p on values in any order, without sorting them all: the same numbers,
 * read from the order statistics they need (orderStatistics.ts).
 */
export function quantilesOf(values: Float64Array, ps: readonly number[]): number[] {
  return quantilesOfValues(arrayValues(values), ps);
}

/** quantilesOf values wherever they sit (CountedValues). */
export function quantilesOfValues(values: CountedValues, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => 0);
  const ranks = ps.flatMap((p) => quantileRanks(n, p));
  const at = orderStatisticsOf(values, ranks);
  return ps.map((p, i) => interpolateQuantile(n, p, at[2 * i] ?? 0, at[2 * i + 1] ?? 0));
}

/** Mean of the worst (1 - level) share of outcomes: tail value at risk (expected shortfall). */
export function tailMeanSorted(sorted: Float64Array, level: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  // 1 - 0.99 is 0.010000000000000009 in floating point: without the nudge, 100 trials would
  // average their two worst years instead of the worst one.
  const tailCount = Math.max(1, Math.ceil(n * (1 - level) - 1e-9));
  let sum = 0;
  for (let i = n - tailCount; i < n; i += 1) sum += sorted[i] ?? 0;
  return sum / tailCount;
}

/** Share of the sample strictly greater than x. */
export function exceedanceSorted(sorted: Float64Array, x: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  return (n - firstAbove(sorted, x)) / n;
}

/** The index of the first value of a sorted array that is not at most `x` (its length if none). */
export function firstAbove(sorted: Float64Array, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function meanAndSd(values: Float64Array): Readonly<{ mean: number; sd: number }> {
  const n = values.length;
  if (n === 0) return { mean: 0, sd: 0 };
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < n; i += 1) {
    const x = values[i] ?? 0;
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  }
  return { mean, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0 };
}
