// Frozen copy of shared/stats/quantiles.ts as of commit 8433c8b, before the summaries were made fast: the
// straightforward reference (full sorts, one pass per figure) that the fast code must match bit
// for bit (test/shared/summaryExact.test.ts). Leave it as it is; do not optimise it.
/**
 * Order statistics on a sorted sample. Quantiles interpolate linearly between order
 * statistics (Hyndman and Fan type 7, the default of R and numpy): for p in [0, 1] and n
 * values, h = (n - 1) p, q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
 */

/**
 * An ascending copy. Most simulated years often cost nothing, so when zeros are common they are
 * counted rather than sorted: only the other values go through the sort.
 */
export function sortedCopy(values: Float64Array): Float64Array {
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

export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(h);
  const upper = Math.min(n - 1, lower + 1);
  const a = sorted[lower] ?? 0;
  const b = sorted[upper] ?? 0;
  return a + (h - lower) * (b - a);
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
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) <= x) low = mid + 1;
    else high = mid;
  }
  return (n - low) / n;
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
