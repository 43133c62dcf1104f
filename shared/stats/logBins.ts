/**
 * Log-spaced binning without a logarithm per value, giving exactly the counts of the expression
 * the histograms have always used (`logBinOf`): a million Math.log10 calls were most of a
 * histogram's time.
 *
 * The expression is non-decreasing in x wherever Math.log10 is (the subtraction, division and
 * multiplication after it are correctly rounded, hence monotone), so bin j >= 1 starts at a
 * threshold t_j, the smallest double the expression puts in bin j or above; we find it by
 * bisection on the bit patterns of the positive doubles, evaluating the expression itself. A
 * value's bin is then the number of thresholds at or below it: for sorted values, stretches found
 * by binary search; for values in any order, a table indexed by the value's top bits.
 *
 * We do not rely on Math.log10 being monotone. Bisection only guarantees that the expression
 * puts t_j at j or above and the double below t_j under j. If Math.log10 is within DELTA of the
 * true logarithm (DELTA = 1e-12, far more than the under-1-ulp error of V8's fdlibm port), any
 * value more than ZONE relative away from every threshold gets the same bin from the expression
 * as from the comparisons, since the true logarithms then differ by over 2 DELTA. Values inside
 * a zone (a handful; none unless they crowd at a threshold), and in the table's slices that a
 * zone meets, are binned by the expression itself.
 */

/** The bin of x (> 0) among `bins` bins from lowLog spanning `span` decades: the expression itself. */
export function logBinOf(x: number, lowLog: number, span: number, bins: number): number {
  const bin = Math.floor(((Math.log10(x) - lowLog) / span) * bins);
  return Math.min(bins - 1, Math.max(0, bin));
}

/** Relative half-width of the zone around each threshold where values are binned by the expression. */
const ZONE = 2 ** -29;

/** The doubles and their bits, for the bisection. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const bitsBox = new Float64Array(1);
const wordsBox = new Uint32Array(bitsBox.buffer);
const HIGH = LITTLE_ENDIAN ? 1 : 0;
const LOW = 1 - HIGH;
/** The high word of +Infinity: every positive double has a high word below it, or is +Infinity. */
const INFINITY_HIGH = 0x7ff00000;

function fromBits(high: number, low: number): number {
  wordsBox[HIGH] = high;
  wordsBox[LOW] = low;
  return bitsBox[0] ?? 0;
}

/** The smallest integer in [low, high] for which `holds` is true, given that it holds at high. */
function firstHolding(low: number, high: number, holds: (value: number) => boolean): number {
  let from = low;
  let to = high;
  while (from < to) {
    const mid = from + Math.floor((to - from) / 2);
    if (holds(mid)) to = mid;
    else from = mid + 1;
  }
  return from;
}

/**
 * A positive double t with the expression putting t at `bin` or above and the double just below
 * t under it (the smallest such double when Math.log10 is monotone); +Infinity if no finite one.
 */
function threshold(bin: number, lowLog: number, span: number, bins: number): number {
  const reaches = (x: number): boolean => logBinOf(x, lowLog, span, bins) >= bin;
  if (reaches(Number.MIN_VALUE)) return Number.MIN_VALUE;
  // First the high word: the first whose largest double reaches the bin (+Infinity always does).
  const high = firstHolding(0, INFINITY_HIGH, (h) => h === INFINITY_HIGH || reaches(fromBits(h, 0xffffffff)));
  if (high === INFINITY_HIGH) return Infinity;
  // Then the low word within it; the largest double of the high word before does not reach it.
  return fromBits(high, firstHolding(0, 0xffffffff, (low) => reaches(fromBits(high, low))));
}

/**
 * The lookup table slices the doubles by their high word shifted right by this much: 256 slices
 * per binade, so that slices holding a threshold or its zone, whose values take the expression,
 * are about one in a hundred over the usual 40 bins of a few decades. Coarser if that would take
 * more than TABLE_MAX slices.
 */
const TABLE_SHIFT_MIN = 12;
const TABLE_MAX = 8192;

/**
 * Everything the counting needs, for one set of bins. Indexed by bin j in [0, bins]:
 * thresholds[j] = t_j (thresholds[0] = 0, thresholds[bins] = +Infinity, sentinels the searches
 * never pass), zoneLow[j] and zoneHigh[j] the zone [zoneLow, zoneHigh) around t_j (empty for
 * j = 0 and j = bins).
 */
export type LogBinning = Readonly<{
  lowLog: number;
  span: number;
  bins: number;
  thresholds: Float64Array;
  zoneLow: Float64Array;
  zoneHigh: Float64Array;
  /**
   * For each slice of doubles from tableBase on (the first and the last also take all the doubles
   * below and above), the bin of all its values, or -1 where a threshold's zone meets the slice.
   */
  table: Int32Array;
  tableBase: number;
  tableShift: number;
}>;

/**
 * The thresholds of `bins` bins, or undefined when the comparisons cannot stand in for the
 * expression: fewer than two bins, a bound that is not finite (a NaN or +Infinity among the
 * values makes every count 0), or thresholds out of order (Math.log10 far from monotone).
 */
export function logBinning(lowLog: number, span: number, bins: number): LogBinning | undefined {
  if (!(bins >= 2 && Number.isFinite(lowLog) && Number.isFinite(span) && span > 0)) return undefined;
  const thresholds = new Float64Array(bins + 1);
  const zoneLow = new Float64Array(bins + 1);
  const zoneHigh = new Float64Array(bins + 1);
  thresholds[bins] = Infinity;
  zoneLow[bins] = Infinity;
  for (let j = 1; j < bins; j += 1) {
    const t = threshold(j, lowLog, span, bins);
    if (!(t >= (thresholds[j - 1] ?? 0))) return undefined;
    thresholds[j] = t;
    zoneLow[j] = t * (1 - ZONE);
    zoneHigh[j] = t * (1 + ZONE);
  }
  return { lowLog, span, bins, thresholds, zoneLow, zoneHigh, ...sliceTable(thresholds, zoneLow, zoneHigh, bins) };
}

/**
 * The table of slices from the one below the first zone's to the one above the last zone's, so
 * that the first and last slices, and every double below or above them, hold no threshold.
 */
function sliceTable(thresholds: Float64Array, zoneLow: Float64Array, zoneHigh: Float64Array, bins: number): Readonly<{ table: Int32Array; tableBase: number; tableShift: number }> {
  const firstHigh = highWord(Math.min(zoneLow[1] ?? 0, Number.MAX_VALUE));
  const lastHigh = highWord(Math.min(zoneHigh[bins - 1] ?? 0, Number.MAX_VALUE));
  let tableShift = TABLE_SHIFT_MIN;
  while ((lastHigh >>> tableShift) - (firstHigh >>> tableShift) + 3 > TABLE_MAX) tableShift += 1;
  const tableBase = Math.max(0, (firstHigh >>> tableShift) - 1);
  const table = new Int32Array((lastHigh >>> tableShift) + 2 - tableBase);
  const last = table.length - 1;
  const sliceOf = (x: number): number => Math.min(last, Math.max(0, (highWord(Math.min(x, Number.MAX_VALUE)) >>> tableShift) - tableBase));
  let below = 0;
  for (let k = 0; k < table.length; k += 1) {
    const sliceStart = fromBits((tableBase + k) << tableShift, 0);
    while (below + 1 < bins && (thresholds[below + 1] ?? 0) <= sliceStart) below += 1;
    table[k] = below;
  }
  // Zones are finite or +Infinity (a bin no finite value reaches), which meets no slice.
  for (let j = 1; j < bins; j += 1) {
    if ((zoneLow[j] ?? 0) === Infinity) break;
    for (let k = sliceOf(zoneLow[j] ?? 0); k <= sliceOf(zoneHigh[j] ?? 0); k += 1) table[k] = -1;
  }
  return { table, tableBase, tableShift };
}

function highWord(x: number): number {
  bitsBox[0] = x;
  return wordsBox[HIGH] ?? 0;
}

/** The number of thresholds t_1 .. t_(bins-1) at or below x. */
function thresholdsAtOrBelow(binning: LogBinning, x: number): number {
  const { thresholds, bins } = binning;
  let low = 0;
  let high = bins - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((thresholds[mid] ?? 0) <= x) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The index of the first of sorted[from, to) that is at least x (`to` if none). */
function firstAtLeast(sorted: Float64Array, from: number, to: number, x: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Adds to `counts` the bins of sorted[from, to), ascending and all > 0 (no NaN): each bin's
 * values are the stretch between two thresholds, found by binary search; then the values in the
 * zones are moved to the bin the expression gives them.
 */
export function countSorted(binning: LogBinning, sorted: Float64Array, from: number, to: number, counts: Float64Array): void {
  const { thresholds, zoneLow, zoneHigh, bins, lowLog, span } = binning;
  let start = from;
  for (let j = 1; j <= bins; j += 1) {
    const end = j === bins ? to : firstAtLeast(sorted, start, to, thresholds[j] ?? 0);
    counts[j - 1] = (counts[j - 1] ?? 0) + end - start;
    start = end;
  }
  // Zones may overlap (thresholds that coincide): each value is looked at once.
  let done = from;
  for (let j = 1; j < bins; j += 1) {
    const zoneStart = Math.max(done, firstAtLeast(sorted, done, to, zoneLow[j] ?? 0));
    const zoneEnd = firstAtLeast(sorted, zoneStart, to, zoneHigh[j] ?? 0);
    for (let i = zoneStart; i < zoneEnd; i += 1) {
      const x = sorted[i] ?? 0;
      const counted = thresholdsAtOrBelow(binning, x);
      const exact = logBinOf(x, lowLog, span, bins);
      counts[counted] = (counts[counted] ?? 0) - 1;
      counts[exact] = (counts[exact] ?? 0) + 1;
    }
    done = Math.max(done, zoneEnd);
  }
}

/**
 * Adds to `counts` the bins of values[from, to) in any order, skipping those not above 0 (and
 * NaN; no +Infinity among them): a value's top bits pick its slice of the table, which gives its
 * bin, or -1 in a slice a threshold's zone meets, where the expression gives it. No comparison
 * with a threshold: in a profile, a comparison per value, whose outcome the processor could not
 * predict near a threshold, doubled the time of the loop.
 */
export function countUnsorted(binning: LogBinning, values: Float64Array, from: number, to: number, counts: Float64Array): void {
  const { bins, lowLog, span, table, tableBase, tableShift } = binning;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
  const last = table.length - 1;
  for (let i = from; i < to; i += 1) {
    const x = values[i] ?? 0;
    if (!(x > 0)) continue;
    const slice = Math.min(last, Math.max(0, ((words[2 * i + HIGH] ?? 0) >>> tableShift) - tableBase));
    let bin = table[slice] ?? -1;
    if (bin < 0) bin = logBinOf(x, lowLog, span, bins);
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
}
