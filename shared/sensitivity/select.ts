/**
 * A quantile by selection instead of a full sort, exactly equal to quantileSorted(sortedCopy(x), p):
 * type 7, h = (n - 1) p, q = x(floor h) + (h - floor h)(x(floor h + 1) - x(floor h)), where x(k)
 * is the k-th smallest value. Only x(k) and x(k + 1) are needed, and Hoare's selection finds them
 * in O(n) on average. Positive zeros (most simulated years) are counted, not moved; values below
 * +0 (negatives, then -0) come before them as in a sort. With a NaN it falls back to the sort.
 */
import { quantileSorted, sortedCopy } from '../stats/quantiles';

/** Orders values[left..right] so that values[k] is its k-th smallest (Hoare's FIND); after it, nothing at k or beyond is below values[k]. */
function selectInPlace(values: Float64Array, length: number, k: number): void {
  let left = 0;
  let right = length - 1;
  // Bad pivots several times over would mean an adversarial order: sort what is left instead.
  let budget = 2 * Math.ceil(Math.log2(length + 1)) + 16;
  while (left < right) {
    if (budget-- === 0) {
      values.subarray(left, right + 1).sort();
      return;
    }
    const mid = (left + right) >>> 1;
    const a = values[left] as number;
    const b = values[mid] as number;
    const c = values[right] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while (pivot < (values[j] as number)) j -= 1;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/**
 * quantileSorted(sortedCopy(values), p), bit for bit, without sorting. `scratch` (at least
 * values.length long) is overwritten; pass the same one to every call to reuse its memory.
 */
export function quantileBySelection(values: Float64Array, p: number, scratch: Float64Array): number {
  const n = values.length;
  if (n === 0) return 0;
  let zeros = 0;
  let belowZero = 0;
  let m = 0;
  for (let i = 0; i < n; i += 1) {
    const value = values[i] as number;
    if (value !== value) return quantileSorted(sortedCopy(values), p);
    if (value === 0 && 1 / value > 0) {
      zeros += 1;
      continue;
    }
    if (value < 0 || value === 0) belowZero += 1;
    scratch[m++] = value;
  }
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(h);
  const upper = Math.min(n - 1, lower + 1);
  // The k-th smallest of all values, once scratch[0..m) holds the others selected around `at`.
  let selected = -1;
  const orderStatistic = (k: number): number => {
    if (k >= belowZero && k < belowZero + zeros) return 0;
    const at = k < belowZero ? k : k - zeros;
    if (selected < 0) {
      selectInPlace(scratch, m, at);
      selected = at;
    }
    if (at === selected) return scratch[at] as number;
    // at is selected + 1: the smallest of what selection left above it.
    let least = scratch[at] as number;
    for (let i = at + 1; i < m; i += 1) if ((scratch[i] as number) < least) least = scratch[i] as number;
    return least;
  };
  const a = orderStatistic(lower);
  const b = upper === lower ? a : orderStatistic(upper);
  return a + (h - lower) * (b - a);
}
