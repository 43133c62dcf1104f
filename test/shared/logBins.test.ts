/**
 * The histograms' binning without a logarithm per value (shared/stats/logBins.ts) gives the
 * counts of the expression it stands in for, bit for bit: on arbitrary values, on values placed
 * exactly at each bin's threshold and one double either side, tiny and huge values, one value,
 * equal values, zeros, against the frozen straightforward histogram (summaryReference/curves.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logHistogram, logHistogramOf } from '../../shared/stats/curves';
import { countUnsorted, logBinning, logBinOf, type LogBinning } from '../../shared/stats/logBins';
import { logHistogram as referenceLogHistogram } from './summaryReference/curves';

const box = new Float64Array(1);
const bits = new BigUint64Array(box.buffer);

/** The double `steps` patterns away from x (> 0): the neighbours of a threshold. */
function step(x: number, steps: number): number {
  box[0] = x;
  bits[0] = BigInt.asUintN(64, (bits[0] ?? 0n) + BigInt(steps));
  return box[0] ?? 0;
}

/** The bounds binInLogs computes from the smallest and largest positive value. */
function bounds(min: number, max: number): Readonly<{ lowLog: number; span: number }> {
  const low = Math.max(min, max / 1e8);
  const highLog = Math.log10(max);
  const lowLog = Math.min(Math.log10(low), highLog - 1);
  return { lowLog, span: highLog - lowLog };
}

function binningOf(values: Float64Array, bins: number): LogBinning | undefined {
  const positive = Array.from(values).filter((x) => x > 0);
  if (positive.length === 0) return undefined;
  const { lowLog, span } = bounds(Math.min(...positive), Math.max(...positive));
  return logBinning(lowLog, span, bins);
}

/** A positive double of any size: any finite pattern, subnormals, a few decades around a loss, extremes. */
const positive: fc.Arbitrary<number> = fc.oneof(
  fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
  fc.double({ min: Number.MIN_VALUE, max: 2.2250738585072014e-308, noNaN: true }),
  fc.double({ min: 1, max: 1e9, noNaN: true }),
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.constantFrom(Number.MIN_VALUE, 2.2250738585072014e-308, 1, 10, 1e300, Number.MAX_VALUE),
);
const value = fc.oneof({ weight: 6, arbitrary: positive }, { weight: 1, arbitrary: fc.constant(0) });

/**
 * Arrays of values plus, for each threshold inside their range, the threshold and the doubles
 * up to two patterns either side (the values the comparisons could get wrong).
 */
const withThresholds = fc.tuple(fc.array(value, { maxLength: 80 }), fc.integer({ min: 1, max: 60 })).map(([values, bins]) => {
  const array = Float64Array.from(values);
  const positives = values.filter((x) => x > 0);
  const binning = binningOf(array, bins);
  if (binning === undefined || positives.length === 0) return { values: array, bins };
  const min = Math.min(...positives);
  const max = Math.max(...positives);
  const extra: number[] = [];
  for (let j = 1; j < bins; j += 1) {
    const t = binning.thresholds[j]!;
    for (let s = -2; s <= 2; s += 1) {
      const x = step(t, s);
      if (x >= min && x <= max) extra.push(x);
    }
  }
  return { values: Float64Array.from([...values, ...extra]), bins };
});

const sortedOf = (values: Float64Array): Float64Array => Float64Array.from(values).sort();

describe('log binning by thresholds', () => {
  it('puts each threshold in its bin and the double below it under', () => {
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 2, max: 200 }), (a, b, bins) => {
        const { lowLog, span } = bounds(Math.min(a, b), Math.max(a, b));
        const binning = logBinning(lowLog, span, bins);
        expect(binning).toBeDefined();
        for (let j = 1; j < bins; j += 1) {
          const t = binning!.thresholds[j]!;
          if (t === Infinity) continue;
          expect(logBinOf(t, lowLog, span, bins)).toBeGreaterThanOrEqual(j);
          if (t > Number.MIN_VALUE) expect(logBinOf(step(t, -1), lowLog, span, bins)).toBeLessThan(j);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('bins every value as the expression does, one by one, at and around every threshold', () => {
    fc.assert(
      fc.property(withThresholds, ({ values, bins }) => {
        const binning = binningOf(values, bins);
        if (binning === undefined) return;
        const counts = new Float64Array(bins);
        for (let i = 0; i < values.length; i += 1) {
          const x = values[i]!;
          if (!(x > 0)) continue;
          counts.fill(0);
          countUnsorted(binning, values, i, i + 1, counts);
          expect(counts[logBinOf(x, binning.lowLog, binning.span, bins)]).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('logHistogram on sorted values equals the straightforward histogram', () => {
    fc.assert(
      fc.property(withThresholds, ({ values, bins }) => {
        const sorted = sortedOf(values);
        expect(logHistogram(sorted, bins)).toEqual(referenceLogHistogram(sorted, bins));
      }),
      { numRuns: 400 },
    );
  });

  it('logHistogramOf on values in any order equals the straightforward histogram of them sorted', () => {
    fc.assert(
      fc.property(withThresholds, ({ values, bins }) => {
        expect(logHistogramOf(values, bins)).toEqual(referenceLogHistogram(sortedOf(values), bins));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['one value', [5]],
    ['equal values', [7, 7, 7]],
    ['only zeros', [0, 0]],
    ['the smallest double', [Number.MIN_VALUE, 0]],
    ['subnormals', [Number.MIN_VALUE, 1e-320, 1e-310]],
    ['huge values', [1e300, 1e305, Number.MAX_VALUE]],
    ['+Infinity', [1, 10, Infinity]],
    ['a NaN', [1, NaN, 100]],
    ['twelve decades', [1e-3, 1, 1e3, 1e9]],
  ])('%s: both histograms equal the straightforward one', (_name, list) => {
    const values = Float64Array.from(list);
    for (const bins of [0, 1, 2, 3, 40, 257]) {
      const expected = referenceLogHistogram(sortedOf(values), bins);
      expect(logHistogram(sortedOf(values), bins)).toEqual(expected);
      expect(logHistogramOf(values, bins)).toEqual(expected);
    }
  });

  it('200,000 log-spread losses with many at the thresholds: the straightforward counts', () => {
    let state = 11;
    const losses = Float64Array.from({ length: 200_000 }, () => {
      state = (state * 1103515245 + 12345) >>> 0;
      return state % 4 === 0 ? 0 : Math.pow(10, 2 + (7 * state) / 2 ** 32);
    });
    const binning = binningOf(losses, 40)!;
    for (let j = 1; j < 40; j += 1) for (let s = -3; s <= 3; s += 1) losses[j * 1000 + s + 3] = step(binning.thresholds[j]!, s);
    const expected = referenceLogHistogram(sortedOf(losses), 40);
    expect(logHistogram(sortedOf(losses), 40)).toEqual(expected);
    expect(logHistogramOf(losses, 40)).toEqual(expected);
  });
});
