/**
 * How many values lie above each of a few thresholds, counted exactly in one pass and without
 * sorting: for each threshold L, the number of values x with x > L, so that count / n is the
 * share exceedanceSorted would read from the sorted values (NaN, which sorts last, counts as
 * above every threshold, and a NaN threshold has every value above it, as there).
 *
 * Each value is placed by comparisons only, never by its logarithm. For x >= 0 its top 16 bits
 * (sign, exponent, four mantissa bits) name a bucket, an interval of doubles in value order; a
 * table gives how many thresholds lie below the whole bucket, and x is compared with the few
 * thresholds inside it (at most one for a log-spaced grid of a hundred points over six
 * decades). The comparisons are summed as 0 or 1, so the loop never branches on the data.
 * Negative values (never losses) take a binary search.
 */
const POSITIVE_BUCKETS = 1 << 15;
const HIGH_WORD = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;

export class ExceedanceCounter {
  /** The thresholds other than NaN, ascending, then +Infinity padding for the comparisons. */
  private readonly sorted: Float64Array;
  private readonly thresholdCount: number;
  /** For each sorted threshold, the index of the caller's threshold it stands for. */
  private readonly order: readonly number[];
  private readonly nanThresholds: readonly number[];
  /** Per bucket of non-negative values: the thresholds below all of its values. */
  private readonly below = new Int32Array(POSITIVE_BUCKETS);
  /** Most thresholds inside any one bucket: how many comparisons each value needs. */
  private readonly comparisons: number;
  /** placed[k]: values above exactly the k lowest thresholds; NaN values are above all. */
  private readonly placed: Float64Array;
  private readonly bits = new Float64Array(1);
  private readonly words = new Uint32Array(this.bits.buffer);

  constructor(private readonly thresholds: readonly number[]) {
    const indices = thresholds.map((_, i) => i);
    this.nanThresholds = indices.filter((i) => Number.isNaN(thresholds[i]));
    this.order = indices.filter((i) => !Number.isNaN(thresholds[i])).sort((a, b) => (thresholds[a] ?? 0) - (thresholds[b] ?? 0));
    const values = this.order.map((i) => thresholds[i] ?? 0);
    this.thresholdCount = values.length;
    // Negative thresholds lie below every bucket; -0 equals +0 and so lies inside bucket 0.
    let count = values.filter((value) => value < 0).length;
    let filled = 0;
    let inside = 0;
    let comparisons = 0;
    let previous = -1;
    for (let j = count; j < values.length; j += 1) {
      this.bits[0] = Math.abs(values[j] ?? 0);
      const bucket = (this.words[HIGH_WORD] ?? 0) >>> 16;
      inside = bucket === previous ? inside + 1 : 1;
      comparisons = Math.max(comparisons, inside);
      previous = bucket;
      if (bucket >= filled) {
        this.below.fill(count, filled, bucket + 1);
        filled = bucket + 1;
      }
      count += 1;
    }
    this.below.fill(count, filled);
    this.comparisons = comparisons;
    this.sorted = new Float64Array(values.length + comparisons).fill(Infinity);
    this.sorted.set(values);
    this.placed = new Float64Array(values.length + 1);
  }

  /** How many thresholds lie below x. */
  private rank(x: number, high: number): number {
    if (high >= 0x80000000 || x !== x) return this.rankBySearch(x);
    const start = this.below[high >>> 16] ?? 0;
    let k = start;
    for (let c = 0; c < this.comparisons; c += 1) k += +((this.sorted[start + c] ?? 0) < x);
    return k;
  }

  /** The same for a negative value, -0 or NaN (which lies above all). */
  private rankBySearch(x: number): number {
    if (x !== x) return this.thresholdCount;
    let low = 0;
    let high = this.thresholdCount;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.sorted[mid] ?? 0) < x) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Counts one value. */
  add(x: number): void {
    this.bits[0] = x;
    const k = this.rank(x, this.words[HIGH_WORD] ?? 0);
    this.placed[k] = (this.placed[k] ?? 0) + 1;
  }

  /** Counts `count` values all equal to x: for the many years that pay nothing, counted at once. */
  addRepeated(x: number, count: number): void {
    this.bits[0] = x;
    const k = this.rank(x, this.words[HIGH_WORD] ?? 0);
    this.placed[k] = (this.placed[k] ?? 0) + count;
  }

  /** Counts every value of the array. */
  addAll(values: Float64Array): void {
    const words = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
    const placed = this.placed;
    for (let i = 0; i < values.length; i += 1) {
      const k = this.rank(values[i] ?? 0, words[2 * i + HIGH_WORD] ?? 0);
      placed[k] = (placed[k] ?? 0) + 1;
    }
  }

  /** Forgets the values counted so far. */
  clear(): void {
    this.placed.fill(0);
  }

  /** For each threshold, in the caller's order: how many of the values counted lie above it. */
  counts(): number[] {
    const out = new Array<number>(this.thresholds.length).fill(0);
    let above = 0;
    for (let k = this.thresholdCount; k > 0; k -= 1) {
      above += this.placed[k] ?? 0;
      out[this.order[k - 1] ?? 0] = above;
    }
    const total = above + (this.placed[0] ?? 0);
    for (const i of this.nanThresholds) out[i] = total;
    return out;
  }
}
