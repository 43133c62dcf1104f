/**
 * The exact shortcuts behind the fast summaries, each against the plain way on arbitrary input:
 * the radix sort against Float64Array.prototype.sort (non-negative doubles of every kind, and the
 * refusal of negatives, -0 and NaN), order statistics against the sorted array, the exceedance
 * counter against a binary search of the sorted values, and the unsorted histogram against the
 * sorted one. Compared bit for bit (Object.is).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logHistogram, logHistogramOf } from '../../shared/stats/curves';
import { ExceedanceCounter } from '../../shared/stats/exceedanceCounter';
import { orderStatistics } from '../../shared/stats/orderStatistics';
import { exceedanceSorted, quantileSorted, quantilesOf, sortedCopy } from '../../shared/stats/quantiles';
import { RADIX_MIN_LENGTH, sortNonNegativeInPlace, sortNonNegativeInto } from '../../shared/stats/radixSort';

/** A double from its bit pattern (high word, low word). */
function fromBits(high: number, low: number): number {
  const words = new Uint32Array(2);
  const view = new Float64Array(words.buffer);
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  words[littleEndian ? 1 : 0] = high;
  words[littleEndian ? 0 : 1] = low;
  return view[0]!;
}

const uint32 = fc.integer({ min: 0, max: 0xffffffff });

/** Non-negative doubles of every kind: any finite pattern, subnormals, integers, one binade, extremes. */
const nonNegative: fc.Arbitrary<number> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 0x7fefffff }), uint32).map(([high, low]) => fromBits(high, low)),
  fc.tuple(fc.integer({ min: 0, max: 0x000fffff }), uint32).map(([high, low]) => fromBits(high, low)),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ min: 1024, max: 2047.999, noNaN: true }),
  fc.constantFrom(0, 0, 0, Number.MIN_VALUE, 2.2250738585072014e-308, 1, 1e300, Number.MAX_VALUE, Infinity),
);

/** Anything a Float64Array can hold, for the refusals and fall-backs. */
const anyDouble: fc.Arbitrary<number> = fc.oneof(nonNegative, fc.constantFrom(-0, -1, -Infinity, NaN, -5e-324), fc.double());

/** Arrays of up to 5,000 values, often with many duplicates and zeros. */
function arrays(value: fc.Arbitrary<number>): fc.Arbitrary<Float64Array> {
  return fc
    .tuple(fc.array(value, { maxLength: 60 }), fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 0xffff }))
    .map(([pool, length, seed]) => {
      // Draw `length` values from the pool (zeros where it is empty), a cheap way to long arrays with duplicates.
      let state = seed + 1;
      return Float64Array.from({ length }, () => {
        state = (state * 1103515245 + 12345) >>> 0;
        return pool.length === 0 ? 0 : pool[state % pool.length]!;
      });
    });
}

function sameBits(actual: ArrayLike<number>, expected: ArrayLike<number>): boolean {
  if (actual.length !== expected.length) return false;
  for (let i = 0; i < expected.length; i += 1) if (!Object.is(actual[i], expected[i])) return false;
  return true;
}

describe('the radix sort', () => {
  it('sorts non-negative doubles exactly as Float64Array.prototype.sort, into a zeroed array', () => {
    fc.assert(
      fc.property(arrays(nonNegative), (values) => {
        const before = Float64Array.from(values);
        const out = new Float64Array(values.length);
        expect(sortNonNegativeInto(values, out)).toBe(true);
        expect(sameBits(out, Float64Array.from(values).sort())).toBe(true);
        expect(sameBits(values, before)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('sorts in place exactly as Float64Array.prototype.sort', () => {
    fc.assert(
      fc.property(arrays(nonNegative), (values) => {
        const expected = Float64Array.from(values).sort();
        expect(sortNonNegativeInPlace(values)).toBe(true);
        expect(sameBits(values, expected)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses negatives, -0 and NaN and leaves in-place input unchanged', () => {
    fc.assert(
      fc.property(arrays(nonNegative), fc.constantFrom(-0, -1e-320, -3, -Infinity, NaN, -NaN), fc.nat(), (values, bad, at) => {
        if (values.length === 0) return;
        values[at % values.length] = bad;
        const before = Float64Array.from(values);
        expect(sortNonNegativeInto(values, new Float64Array(values.length))).toBe(false);
        expect(sortNonNegativeInPlace(values)).toBe(false);
        expect(sameBits(values, before)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('sortedCopy equals the comparison sort on anything, radix-sized or not, and leaves its input alone', () => {
    const long = fc.tuple(fc.oneof(arrays(anyDouble), arrays(nonNegative)), fc.integer({ min: 0, max: 3 })).map(([values, copies]) => {
      // Repeat short arrays past the radix sort's minimum length now and then.
      const out = new Float64Array(values.length * (copies + 1));
      for (let c = 0; c <= copies; c += 1) out.set(values, c * values.length);
      return out;
    });
    fc.assert(
      fc.property(long, (values) => {
        const before = Float64Array.from(values);
        expect(sameBits(sortedCopy(values), Float64Array.from(values).sort())).toBe(true);
        expect(sameBits(values, before)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('sorts a million mostly-zero losses like the comparison sort', () => {
    let state = 7;
    const losses = Float64Array.from({ length: 1_000_000 }, () => {
      state = (state * 1103515245 + 12345) >>> 0;
      return state % 3 === 0 ? Math.exp(state / 2 ** 28) * 1000 : 0;
    });
    expect(losses.length).toBeGreaterThan(RADIX_MIN_LENGTH);
    expect(sameBits(sortedCopy(losses), Float64Array.from(losses).sort())).toBe(true);
  });
});

describe('order statistics and quantiles without a full sort', () => {
  it('give the values a full sort puts at the ranks', () => {
    fc.assert(
      fc.property(fc.oneof(arrays(anyDouble), arrays(nonNegative)), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (values, picks) => {
        if (values.length === 0) return;
        const ranks = picks.map((pick) => pick % values.length);
        const sorted = Float64Array.from(values).sort();
        expect(sameBits(orderStatistics(values, ranks), ranks.map((rank) => sorted[rank]!))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('give them for long arrays of distinct values crowded into few buckets (the selection at work)', () => {
    const crowded = fc
      .tuple(fc.integer({ min: 4_096, max: 30_000 }), fc.integer({ min: 1, max: 0xffff }), fc.double({ min: 0, max: 0.9, noNaN: true }))
      .map(([length, seed, zeroShare]) => {
        let state = seed;
        return Float64Array.from({ length }, () => {
          state = (state * 1103515245 + 12345) >>> 0;
          // Values in [1000, 1100): one or two buckets; some zeros; now and then a repeated value.
          return state / 2 ** 32 < zeroShare ? 0 : state % 7 === 0 ? 1050 : 1000 + (state % 100_003) / 1000.03;
        });
      });
    fc.assert(
      fc.property(crowded, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (values, picks) => {
        const ranks = picks.flatMap((pick) => [pick % values.length, Math.min(values.length - 1, (pick % values.length) + 1)]);
        const sorted = Float64Array.from(values).sort();
        expect(sameBits(orderStatistics(values, ranks), ranks.map((rank) => sorted[rank]!))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('quantilesOf equals quantileSorted on the sorted values', () => {
    const p = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.1, 0.5, 0.9, 0.95, 0.99, 0.995, 1));
    fc.assert(
      fc.property(fc.oneof(arrays(anyDouble), arrays(nonNegative)), fc.array(p, { maxLength: 8 }), (values, ps) => {
        const sorted = Float64Array.from(values).sort();
        expect(sameBits(quantilesOf(values, ps), ps.map((q) => quantileSorted(sorted, q)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the exceedance counter', () => {
  it('counts the values above each threshold as a binary search of the sorted values finds them', () => {
    const threshold = fc.oneof(anyDouble, nonNegative);
    fc.assert(
      fc.property(fc.oneof(arrays(anyDouble), arrays(nonNegative)), fc.array(threshold, { maxLength: 130 }), fc.boolean(), (values, thresholds, oneByOne) => {
        const counter = new ExceedanceCounter(thresholds);
        if (oneByOne) for (const value of values) counter.add(value);
        else counter.addAll(values);
        const sorted = Float64Array.from(values).sort();
        const n = values.length;
        const shares = counter.counts().map((count) => (n === 0 ? 0 : count / n));
        expect(sameBits(shares, thresholds.map((loss) => exceedanceSorted(sorted, loss)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a value repeated at once as it counts it one by one', () => {
    fc.assert(
      fc.property(fc.oneof(anyDouble, nonNegative), fc.integer({ min: 0, max: 1000 }), fc.array(fc.oneof(anyDouble, nonNegative), { maxLength: 40 }), (value, count, thresholds) => {
        const atOnce = new ExceedanceCounter(thresholds);
        const oneByOne = new ExceedanceCounter(thresholds);
        atOnce.addRepeated(value, count);
        for (let i = 0; i < count; i += 1) oneByOne.add(value);
        expect(atOnce.counts()).toEqual(oneByOne.counts());
      }),
      { numRuns: 200 },
    );
  });

  it('counts on a log-spaced grid over six decades with one comparison a value, and starts again when cleared', () => {
    const grid = Array.from({ length: 120 }, (_, i) => Math.pow(10, 3 + (6 * i) / 119));
    const counter = new ExceedanceCounter(grid);
    counter.addAll(Float64Array.from([1, 2, 3]));
    counter.clear();
    const values = Float64Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? 0 : Math.pow(10, 2 + (8 * i) / 10_000)));
    counter.addAll(values);
    const sorted = Float64Array.from(values).sort();
    expect(counter.counts().map((count) => count / values.length)).toEqual(grid.map((loss) => exceedanceSorted(sorted, loss)));
  });
});

describe('the log histogram of unsorted values', () => {
  it('equals the histogram of the sorted values', () => {
    fc.assert(
      fc.property(fc.oneof(arrays(anyDouble), arrays(nonNegative)), fc.integer({ min: 1, max: 60 }), (values, bins) => {
        const sorted = Float64Array.from(values).sort();
        const expected = logHistogram(sorted, bins);
        const actual = logHistogramOf(values, bins);
        // NaN bins (a NaN among the values) compare as NaN in both.
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        expect(actual.map((bin) => [bin.from, bin.to, bin.count]).flat().every((x, i) => Object.is(x, expected.map((bin) => [bin.from, bin.to, bin.count]).flat()[i]))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
