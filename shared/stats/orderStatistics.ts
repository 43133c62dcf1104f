/**
 * Exact order statistics without sorting everything: the k-th smallest values a full ascending
 * sort would put at the wanted ranks, bit for bit, in two passes. For non-negative doubles the
 * top 16 bits (sign, exponent, four leading mantissa bits) order as the numbers do, so a
 * counting pass over them says which bucket holds each wanted rank and where in it; a second pass
 * gathers only those buckets' values, where Hoare's selection finds each rank (a number without
 * NaN or -0 has one value at each rank, so selection and sorting agree bit for bit). Zeros are
 * counted, never gathered. Short arrays, and any holding a negative value, -0 or NaN, are sorted
 * whole by comparison instead. The values need not sit in one array (`CountedValues`): the
 * insurance summary reads its retained losses partly from the gross ones.
 */
import { RADIX_MIN_LENGTH } from './radixSort';
import { SCRATCH, scratchFloat64 } from './scratch';

const BUCKETS = 1 << 16;
/** Values per bucket of the top 16 bits, then each wanted bucket's start in the gathered values (-1: not wanted). */
const bucketCounts = new Int32Array(BUCKETS);
const gatherAt = new Int32Array(BUCKETS);

function byComparison(values: Float64Array, ranks: readonly number[]): number[] {
  const sorted = scratchFloat64(SCRATCH.gathered, values.length).subarray(0, values.length);
  sorted.set(values);
  sorted.sort();
  return ranks.map((rank) => sorted[rank] ?? 0);
}

/**
 * Hoare's FIND: rearranges values[from, to) (numbers, no NaN) so that values[k] holds the value a
 * sort would put there, none larger before it and none smaller after it. Median-of-three pivots;
 * should the input defeat them, what is left is sorted instead.
 */
function select(values: Float64Array, from: number, to: number, k: number): void {
  let low = from;
  let high = to - 1;
  for (let round = 0; high > low; round += 1) {
    if (round > 64) {
      values.subarray(low, high + 1).sort();
      return;
    }
    const middle = (low + high) >>> 1;
    const a = values[low] ?? 0;
    const b = values[middle] ?? 0;
    const c = values[high] ?? 0;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i += 1;
      while ((values[j] ?? 0) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return;
  }
}

/*
 * The two passes over the values, and the walk over the buckets, are functions of their own,
 * apart from the planning between them: inside one function, the loops were compiled on the fly while the code after them had
 * not yet run, and each time that code first ran the compiled function was thrown away (37 times
 * in 12 summaries), so several of the first runs went through the passes in the interpreter.
 */

/**
 * Values read in two passes, wherever they sit: counted by their top 16 bits, then the wanted
 * buckets' values gathered. `orderStatistics` reads one array (`arrayValues`); the insurance
 * summary gives its retained losses this way, most of them read from the gross losses.
 */
export type CountedValues = Readonly<{
  length: number;
  /**
   * Adds each value to `counts` by its top 16 bits (the +0 values in bucket 0 too) and returns how
   * many are +0, or -1 as soon as one is negative, -0 or NaN (whose bits do not order as the numbers).
   */
  countInto: (counts: Int32Array) => number;
  /** Copies each non-zero value whose bucket has `at[bucket] >= 0` to `gathered[at[bucket]]` and moves that place on. */
  gatherInto: (at: Int32Array, gathered: Float64Array) => void;
  /** Every value, in order, for sorting whole. */
  toArray: () => Float64Array;
}>;

/** Whether a double with these words is negative, -0 or NaN: bits that do not order as the numbers do. */
export function unorderedBits(high: number, low: number): boolean {
  return high >= 0x7ff00000 && (high !== 0x7ff00000 || low !== 0);
}

/**
 * Counts `words` (n doubles) into `counts` as CountedValues.countInto says. Zeros fall at random:
 * counted without a branch (+(condition) is 0 or 1), as radixSort.ts does.
 */
export function countBuckets(words: Uint32Array, n: number, counts: Int32Array): number {
  let nonZero = 0;
  for (let i = 0; i < n; i += 1) {
    const low = words[2 * i] ?? 0;
    const high = words[2 * i + 1] ?? 0;
    if (unorderedBits(high, low)) return -1;
    nonZero += +((low | high) !== 0);
    counts[high >>> 16] = (counts[high >>> 16] ?? 0) + 1;
  }
  return n - nonZero;
}

/** Gathers from `values` (its bits in `words`, n doubles) as CountedValues.gatherInto says. */
export function gatherWanted(values: Float64Array, words: Uint32Array, n: number, at: Int32Array, gathered: Float64Array): void {
  for (let i = 0; i < n; i += 1) {
    const high = words[2 * i + 1] ?? 0;
    const place = at[high >>> 16] ?? -1;
    if (place < 0 || (high === 0 && (words[2 * i] ?? 0) === 0)) continue;
    gathered[place] = values[i] ?? 0;
    at[high >>> 16] = place + 1;
  }
}

/** The values of one array, as CountedValues. */
export function arrayValues(values: Float64Array): CountedValues {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  return {
    length: n,
    countInto: (counts) => countBuckets(words, n, counts),
    gatherInto: (at, gathered) => gatherWanted(values, words, n, at, gathered),
    toArray: () => values,
  };
}

/** Each rank among the non-zero values (negative: a zero): its bucket (-1 for a zero) and its place in that bucket. */
function placeRanks(wanted: readonly number[]): { bucket: number; offset: number }[] {
  const placeOf = wanted.map(() => ({ bucket: -1, offset: 0 }));
  const order = wanted.map((_, i) => i).sort((a, b) => (wanted[a] ?? 0) - (wanted[b] ?? 0));
  let next = 0;
  let below = 0;
  for (let bucket = 0; bucket < BUCKETS && next < order.length; bucket += 1) {
    const count = bucketCounts[bucket] ?? 0;
    while (next < order.length) {
      const i = order[next] ?? 0;
      const rank = wanted[i] ?? 0;
      if (rank < 0) {
        next += 1;
        continue;
      }
      if (rank >= below + count) break;
      placeOf[i] = { bucket, offset: rank - below };
      next += 1;
    }
    below += count;
  }
  return placeOf;
}

/**
 * The values at `ranks` (0-based, each in [0, values.length)) of `values` sorted ascending, as
 * Float64Array.prototype.sort orders them.
 */
export function orderStatistics(values: Float64Array, ranks: readonly number[]): number[] {
  return orderStatisticsOf(arrayValues(values), ranks);
}

/** orderStatistics of values wherever they sit (CountedValues). */
export function orderStatisticsOf(values: CountedValues, ranks: readonly number[]): number[] {
  const n = values.length;
  if (n < RADIX_MIN_LENGTH) return byComparison(values.toArray(), ranks);
  bucketCounts.fill(0);
  const zeros = values.countInto(bucketCounts);
  if (zeros < 0) return byComparison(values.toArray(), ranks);
  bucketCounts[0] = (bucketCounts[0] ?? 0) - zeros;

  const placeOf = placeRanks(ranks.map((rank) => rank - zeros));

  // Gather the wanted buckets' values, each bucket in its own stretch of the scratch buffer.
  gatherAt.fill(-1);
  const buckets = [...new Set(placeOf.filter((place) => place.bucket >= 0).map((place) => place.bucket))];
  const stretch = new Map<number, Readonly<{ start: number; end: number }>>();
  let gatheredLength = 0;
  for (const bucket of buckets) {
    const count = bucketCounts[bucket] ?? 0;
    stretch.set(bucket, { start: gatheredLength, end: gatheredLength + count });
    gatherAt[bucket] = gatheredLength;
    gatheredLength += count;
  }
  const gathered = scratchFloat64(SCRATCH.gathered, gatheredLength);
  if (gatheredLength > 0) values.gatherInto(gatherAt, gathered);
  // In each bucket, the wanted places in ascending order: each selected among the values past the one before.
  const byPlace = placeOf.map((place, i) => ({ ...place, i })).sort((a, b) => a.bucket - b.bucket || a.offset - b.offset);
  let previous = { bucket: -1, offset: -1 };
  for (const place of byPlace) {
    if (place.bucket < 0) continue;
    const { start, end } = stretch.get(place.bucket) ?? { start: 0, end: 0 };
    const from = place.bucket === previous.bucket ? start + previous.offset + 1 : start;
    if (!(place.bucket === previous.bucket && place.offset === previous.offset)) select(gathered, from, end, start + place.offset);
    previous = place;
  }
  return placeOf.map((place) => (place.bucket < 0 ? 0 : (gathered[(stretch.get(place.bucket)?.start ?? 0) + place.offset] ?? 0)));
}
