/**
 * A lower bound, during a run, on the annual loss a year needs to be among the worst 10%: the
 * engine keeps the category costs of an event only when its year reaches the bound, since only
 * the worst years' categories are reported per event (the category means in the worst 10%).
 *
 * If k years are the worst, the k-th largest loss of the years simulated so far can only rise as
 * more years come, so at every point it is at most the final threshold. The losses are counted in
 * a histogram of their leading 16 bits (sign, exponent and 4 bits of mantissa: for positive
 * doubles the buckets follow the values, each 1/16 of an octave wide), and the bound is the lower
 * edge of the bucket that holds the k-th largest. Several threads may count into one shared
 * histogram: a count read before another thread's add lands only lowers the bound, which stays valid.
 */

/** Buckets of the histogram: every positive double's leading 16 bits are below this. */
export const TAIL_BUCKETS = 32768;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** Index of the word holding the sign and exponent on this machine. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The bucket of a positive loss. */
function bucketOf(loss: number): number {
  bits[0] = loss;
  return (words[HIGH] ?? 0) >>> 16;
}

/** The smallest double in a bucket. */
function lowerEdge(bucket: number): number {
  words[HIGH] = bucket << 16;
  words[1 - HIGH] = 0;
  return bits[0] ?? 0;
}

/** Years that must be kept: one more than the worst 10% holds however it is rounded (ceil(n/10)). */
export function tailYears(trials: number): number {
  return Math.ceil(trials * 0.1) + 1;
}

export class TailBound {
  /** Highest bucket this counter has added to. */
  private top = 0;
  private bucket = 0;
  /** Every year whose loss is at least this has all its events kept. */
  loss = 0;
  /** This thread's counts of the years being added, and the buckets they touch. */
  private readonly local = new Int32Array(TAIL_BUCKETS);
  private readonly touched = new Int32Array(TAIL_BUCKETS);

  /**
   * @param histogram TAIL_BUCKETS counts, zero at the start of the run, maybe shared with other threads
   * @param years how many of the largest losses must reach the bound (tailYears)
   * @param enabled false keeps every event (the bound stays 0)
   */
  constructor(
    private readonly histogram: Int32Array,
    private readonly years: number,
    private readonly enabled: boolean,
  ) {}

  /**
   * Counts the positive losses of `annual[0..count)` and raises the bound if it can. They are
   * counted here first and added to the shared histogram once per bucket: every thread adding
   * each year on its own would keep the histogram's busiest lines passing between cores.
   */
  add(annual: Float64Array, count: number): void {
    if (!this.enabled) return;
    const local = this.local;
    const touched = this.touched;
    let touchedCount = 0;
    let top = this.top;
    for (let i = 0; i < count; i += 1) {
      const loss = annual[i] ?? 0;
      if (!(loss > 0)) continue;
      const bucket = bucketOf(loss);
      const before = local[bucket] ?? 0;
      if (before === 0) touched[touchedCount++] = bucket;
      local[bucket] = before + 1;
      if (bucket > top) top = bucket;
    }
    const histogram = this.histogram;
    for (let k = 0; k < touchedCount; k += 1) {
      const bucket = touched[k] ?? 0;
      Atomics.add(histogram, bucket, local[bucket] ?? 0);
      local[bucket] = 0;
    }
    this.top = top;
    let seen = 0;
    for (let bucket = top; bucket > this.bucket; bucket -= 1) {
      seen += histogram[bucket] ?? 0;
      if (seen >= this.years) {
        this.bucket = bucket;
        this.loss = lowerEdge(bucket);
        return;
      }
    }
  }
}

/** The bound once every year is counted: the lower edge of the bucket holding the `tailYears`-th largest loss (0 if none). */
export function finalTailBound(histogram: Int32Array, trials: number): number {
  const years = tailYears(trials);
  let seen = 0;
  for (let bucket = TAIL_BUCKETS - 1; bucket > 0; bucket -= 1) {
    seen += histogram[bucket] ?? 0;
    if (seen >= years) return lowerEdge(bucket);
  }
  return 0;
}
