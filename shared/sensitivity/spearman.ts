/**
 * Spearman's rank correlation: the Pearson correlation of the ranks, with tied values given the
 * average of the ranks they span (so the many years that cost nothing share one rank),
 * rho = sum (r_i - rbar)(s_i - sbar) / sqrt(sum (r_i - rbar)^2 sum (s_i - sbar)^2).
 * It is 1 when the loss only ever rises with the input, -1 when it only falls, near 0 when the
 * input's draws tell nothing about the loss's order.
 */

/** Below this many values a sort and binary searches beat the radix sort's fixed cost. */
const RADIX_MIN = 2048;
const DIGIT_BITS = 11;
const DIGITS = 1 << DIGIT_BITS;
const PASSES = 6;
/** Where each 32-bit half of a double lies in a Uint32Array over its bytes. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LOW = LITTLE_ENDIAN ? 0 : 1;
const HIGH = 1 - LOW;

/** Digit `pass` (11 bits each, the lowest first) of the 64-bit key whose halves are `low` and `high`. */
function digit(low: number, high: number, pass: number): number {
  const shift = pass * DIGIT_BITS;
  if (shift >= 32) return (high >>> (shift - 32)) & (DIGITS - 1);
  if (shift + DIGIT_BITS <= 32) return (low >>> shift) & (DIGITS - 1);
  return ((low >>> shift) | (high << (32 - shift))) & (DIGITS - 1);
}

/**
 * Average ranks of one sample after another in reused memory (rankCorrelations ranks one sample
 * per input; fresh memory is dear). Ranks 1..n, ties sharing the average of the ranks they span:
 * with the values in ascending order, a run of equal values at places start..end-1 gets
 * (start + 1 + end) / 2. The order comes from an LSD radix sort of the indices by the values'
 * bits, in 11-bit digits (negatives' bits flipped, the others' sign bit set, so the unsigned
 * order is the numeric order); -0 and +0 end up side by side and tie, as they compare equal.
 * Small samples are sorted and searched instead; a sample holding NaN is ranked by comparison.
 */
export class Ranker {
  private keys = new Float64Array(0);
  private words = new Uint32Array(0);
  private order = new Uint32Array(0);
  private spare = new Uint32Array(0);
  private ranks = new Float64Array(0);
  private runRanks = new Float64Array(0);
  private counts: Uint32Array | null = null;

  /** The ranks of `values`: overwritten by the next call (copy them to keep them). */
  rank(values: ArrayLike<number>): Float64Array {
    const n = values.length;
    if (this.ranks.length < n) {
      this.keys = new Float64Array(n);
      this.words = new Uint32Array(this.keys.buffer);
      this.order = new Uint32Array(n);
      this.spare = new Uint32Array(n);
      this.ranks = new Float64Array(n);
    }
    const keys = this.keys;
    for (let i = 0; i < n; i += 1) {
      const value = values[i] as number;
      if (value !== value) return averageRanksByComparison(values);
      keys[i] = value;
    }
    const ranks = this.ranks.subarray(0, n);
    if (n < RADIX_MIN) return this.bySearch(values, ranks);
    const order = this.sortedOrder(n);
    let start = 0;
    while (start < n) {
      const value = values[order[start] as number] as number;
      let end = start + 1;
      while (end < n && values[order[end] as number] === value) end += 1;
      const rank = (start + 1 + end) / 2;
      for (let k = start; k < end; k += 1) ranks[order[k] as number] = rank;
      start = end;
    }
    return ranks;
  }

  /** Indices 0..n-1 in ascending order of keys[0..n), by six 11-bit digits, least significant first. */
  private sortedOrder(n: number): Uint32Array {
    const words = this.words;
    for (let i = 0; i < n; i += 1) {
      const high = words[2 * i + HIGH] as number;
      if (high >>> 31) {
        words[2 * i + LOW] = ~(words[2 * i + LOW] as number);
        words[2 * i + HIGH] = ~high;
      } else {
        words[2 * i + HIGH] = high | 0x80000000;
      }
    }
    const counts = (this.counts ??= new Uint32Array(PASSES * DIGITS));
    counts.fill(0);
    for (let i = 0; i < n; i += 1) {
      const low = words[2 * i + LOW] as number;
      const high = words[2 * i + HIGH] as number;
      for (let pass = 0; pass < PASSES; pass += 1) {
        const at = pass * DIGITS + digit(low, high, pass);
        counts[at] = (counts[at] as number) + 1;
      }
    }
    let order = this.order.subarray(0, n);
    let spare = this.spare.subarray(0, n);
    for (let i = 0; i < n; i += 1) order[i] = i;
    for (let pass = 0; pass < PASSES; pass += 1) {
      const base = pass * DIGITS;
      // A digit every key shares leaves the order as it is.
      if (counts[base + digit(words[LOW] as number, words[HIGH] as number, pass)] === n) continue;
      let sum = 0;
      for (let d = 0; d < DIGITS; d += 1) {
        const count = counts[base + d] as number;
        counts[base + d] = sum;
        sum += count;
      }
      for (let k = 0; k < n; k += 1) {
        const i = order[k] as number;
        const at = base + digit(words[2 * i + LOW] as number, words[2 * i + HIGH] as number, pass);
        const place = counts[at] as number;
        spare[place] = i;
        counts[at] = place + 1;
      }
      const swap = order;
      order = spare;
      spare = swap;
    }
    return order;
  }

  /** Small samples: keys sorted, each value's place found by binary search. */
  private bySearch(values: ArrayLike<number>, ranks: Float64Array): Float64Array {
    const n = values.length;
    const sorted = this.keys.subarray(0, n);
    sorted.sort();
    // The average rank of each run of equal values, kept at the run's first place.
    const runRank = this.spareRanks(n);
    let start = 0;
    while (start < n) {
      const value = sorted[start] as number;
      let end = start + 1;
      while (end < n && sorted[end] === value) end += 1;
      runRank[start] = (start + 1 + end) / 2;
      start = end;
    }
    for (let i = 0; i < n; i += 1) {
      const value = values[i] as number;
      let low = 0;
      let high = n;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((sorted[mid] as number) < value) low = mid + 1;
        else high = mid;
      }
      ranks[i] = runRank[low] as number;
    }
    return ranks;
  }

  private spareRanks(n: number): Float64Array {
    if (this.runRanks.length < n) this.runRanks = new Float64Array(n);
    return this.runRanks;
  }
}

/** Ranks 1..n, ties sharing the average of the ranks they span (a fresh array; see Ranker). */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  return new Ranker().rank(values);
}

/** The same ranks by sorting indices with a comparison, for samples holding NaN (where the order is the comparison's). */
function averageRanksByComparison(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    const value = values[order[start] ?? 0] ?? 0;
    let end = start + 1;
    while (end < n && (values[order[end] ?? 0] ?? 0) === value) end += 1;
    // Positions start..end-1 hold ranks start+1..end: their average.
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) ranks[order[k] ?? 0] = rank;
    start = end;
  }
  return ranks;
}

/** Spearman's rho of paired samples, or null when there are fewer than two pairs or either side never varies. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  if (x.length !== y.length) throw new Error(`spearman needs paired samples, got ${x.length} and ${y.length} values`);
  return rankCorrelation(averageRanks(x), averageRanks(y));
}

/** Pearson's correlation of two rank vectors from averageRanks (so one side's ranks can be reused). */
export function rankCorrelation(rx: Float64Array, ry: Float64Array): number | null {
  const n = rx.length;
  if (n !== ry.length) throw new Error(`rank correlation needs paired ranks, got ${n} and ${ry.length}`);
  if (n < 2) return null;
  // Average ranks always have mean (n + 1) / 2.
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (rx[i] ?? 0) - mean;
    const dy = (ry[i] ?? 0) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
