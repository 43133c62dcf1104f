/**
 * An exact ascending sort of non-negative doubles in linear time: a least-significant-digit radix
 * sort on their IEEE 754 bit patterns. From +0 up to +Infinity the 64-bit pattern read as an
 * unsigned integer orders exactly as the number does (sign bit 0, then the biased exponent, then
 * the mantissa, subnormals below normals), and equal numbers have equal patterns, so the result
 * is bit for bit what Float64Array.prototype.sort gives. Negative numbers, -0 and NaN have
 * patterns that do not order this way: these functions refuse them (return false) and the caller
 * sorts by comparison instead.
 *
 * Digits of 16 bits, lowest first: one counting pass, then one stable scatter pass per digit (at
 * most four); a digit on which every value agrees is skipped. The passes ping-pong between the
 * output and one scratch buffer kept between calls.
 */
import { SCRATCH, scratchFloat64 } from './scratch';

const DIGIT_BITS = 16;
const RADIX = 1 << DIGIT_BITS;
const DIGITS = 64 / DIGIT_BITS;

/** Below this many values a comparison sort is as fast and needs no 1 MB of counters. */
export const RADIX_MIN_LENGTH = 4096;

/** The radix sort reads a double's two 32-bit halves through a Uint32Array: low word first. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Per digit, how many values have each digit value, then where the next one goes. */
const counts = new Int32Array(DIGITS * RADIX);

function wordsOf(values: Float64Array, length: number): Uint32Array {
  return new Uint32Array(values.buffer, values.byteOffset, 2 * length);
}

/** A sign bit set (negative, -0) or an all-ones exponent with a non-zero mantissa (NaN). */
function unsortable(low: number, high: number): boolean {
  return high >= 0x7ff00000 && (high !== 0x7ff00000 || low !== 0);
}

/*
 * Zeros are common (often most simulated years cost nothing) and fall at random, so the loops
 * over all the values never branch on them: a branch the processor cannot predict costs more
 * here than the work of a value. `+(condition)` is 0 or 1 without a branch.
 */

/** The number of +0 values, or -1 if any value is negative, -0 or NaN. */
function countZeros(words: Uint32Array, n: number): number {
  let nonZero = 0;
  for (let i = 0; i < n; i += 1) {
    const low = words[2 * i] ?? 0;
    const high = words[2 * i + 1] ?? 0;
    if (unsortable(low, high)) return -1;
    nonZero += +((low | high) !== 0);
  }
  return n - nonZero;
}

/**
 * Copies the values other than +0 to `into` in order and returns how many there are, or -1 if
 * any value is negative, -0 or NaN. `into` has n + 1 places: each zero is written to the place
 * after the last value so far and overwritten by the next value. One pass over the values does
 * both the check and the copy (a pass over a million values to count the zeros first cost about
 * 2 ms of the 1e6-year summary).
 */
function compactNonZero(values: Float64Array, words: Uint32Array, n: number, into: Float64Array): number {
  let next = 0;
  for (let i = 0; i < n; i += 1) {
    const low = words[2 * i] ?? 0;
    const high = words[2 * i + 1] ?? 0;
    if (unsortable(low, high)) return -1;
    into[next] = values[i] ?? 0;
    next += +((low | high) !== 0);
  }
  return next;
}

/** Counts the four digits of values[0, m). */
function countDigits(values: Float64Array, m: number): void {
  const words = wordsOf(values, m);
  counts.fill(0);
  for (let i = 0; i < m; i += 1) {
    const low = words[2 * i] ?? 0;
    const high = words[2 * i + 1] ?? 0;
    counts[low & 0xffff] = (counts[low & 0xffff] ?? 0) + 1;
    counts[RADIX + (low >>> 16)] = (counts[RADIX + (low >>> 16)] ?? 0) + 1;
    counts[2 * RADIX + (high & 0xffff)] = (counts[2 * RADIX + (high & 0xffff)] ?? 0) + 1;
    counts[3 * RADIX + (high >>> 16)] = (counts[3 * RADIX + (high >>> 16)] ?? 0) + 1;
  }
}

/**
 * Turns counts into starting offsets digit by digit, and lists the digits on which the `m`
 * values do not all agree: only those need a pass.
 */
function passesNeeded(m: number): number[] {
  const passes: number[] = [];
  for (let digit = 0; digit < DIGITS; digit += 1) {
    const base = digit * RADIX;
    let start = 0;
    let allAgree = false;
    for (let value = 0; value < RADIX; value += 1) {
      const count = counts[base + value] ?? 0;
      if (count === m) allAgree = true;
      counts[base + value] = start;
      start += count;
    }
    if (!allAgree) passes.push(digit);
  }
  return passes;
}

/** One stable pass: each value of source[0, m) goes to target[next slot of its digit]. */
function scatter(source: Float64Array, m: number, target: Float64Array, digit: number): void {
  const words = wordsOf(source, m);
  const base = digit * RADIX;
  const half = digit >> 1;
  const shift = (digit & 1) * DIGIT_BITS;
  for (let i = 0; i < m; i += 1) {
    const key = ((words[2 * i + half] ?? 0) >>> shift) & (RADIX - 1);
    const slot = counts[base + key] ?? 0;
    counts[base + key] = slot + 1;
    target[slot] = source[i] ?? 0;
  }
}

/**
 * Sorts source[0, m) into `target` (m long): a pass per digit that needs one, alternating between
 * the target and the spare buffer and ending in the target, so the first pass writes to the
 * target when there is an odd number of them, else to the spare. A source that is where the first
 * pass would write (`sourceIs`) is first copied to the other place.
 */
function sortDigits(source: Float64Array, m: number, target: Float64Array, spare: Float64Array, sourceIs: 'apart' | 'target' | 'spare'): void {
  countDigits(source, m);
  const passes = passesNeeded(m);
  if (passes.length === 0) {
    // Every value has the same bits: they are all one number.
    if (sourceIs !== 'target') target.set(source.subarray(0, m));
    return;
  }
  const firstToTarget = passes.length % 2 === 1;
  let from = source;
  if (sourceIs === (firstToTarget ? 'target' : 'spare')) {
    from = firstToTarget ? spare : target;
    from.set(source.subarray(0, m));
  }
  passes.forEach((digit, p) => {
    const to = (passes.length - 1 - p) % 2 === 0 ? target : spare;
    scatter(from, m, to, digit);
    from = to;
  });
}

/**
 * Writes `values` sorted ascending into `out` (same length, all zeros on entry, not `values`
 * itself): the +0 values stay where they are, in out[0, zeros), and are never written. Returns
 * false, with `out` unspecified, if any value is negative, -0 or NaN.
 */
export function sortNonNegativeInto(values: Float64Array, out: Float64Array): boolean {
  if (!LITTLE_ENDIAN) return false;
  const n = values.length;
  // One place more than the values, for the zeros compactNonZero() writes past the last of them.
  const spare = scratchFloat64(SCRATCH.radix, n + 1);
  // Sort the other values only, gathered first so that no pass meets a zero.
  const m = compactNonZero(values, wordsOf(values, n), n, spare);
  if (m < 0) return false;
  if (m > 0) sortDigits(spare, m, out.subarray(n - m), spare, 'spare');
  return true;
}

/** Sorts `values` ascending in place; returns false, with `values` unchanged, if any is negative, -0 or NaN. */
export function sortNonNegativeInPlace(values: Float64Array): boolean {
  if (!LITTLE_ENDIAN) return false;
  const n = values.length;
  if (countZeros(wordsOf(values, n), n) < 0) return false;
  sortDigits(values, n, values, scratchFloat64(SCRATCH.radix, n), 'target');
  return true;
}
