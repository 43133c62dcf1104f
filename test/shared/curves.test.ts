/** Exceedance curves and histograms stay finite and well-ordered at the edges of the number line; sorting with many zeros is exact. */
import { describe, expect, it } from 'vitest';
import { exceedanceCurve, logHistogram } from '../../shared/stats/curves';
import { sortedCopy } from '../../shared/stats/quantiles';
import fc from 'fast-check';

const sorted = (...values: number[]) => Float64Array.from(values).sort();

describe('curves at the edges', () => {
  it.each([
    ['no losses', sorted(0, 0, 0)],
    ['one tiny loss', sorted(0, 5e-324)],
    ['equal losses', sorted(7, 7, 7)],
    ['subnormal and normal', sorted(0, 1e-320, 1e-10, 5)],
    ['huge losses', sorted(1e300, 1e305, 1.7e308)],
  ])('%s: finite, log-spaced, non-increasing', (_name, values) => {
    const curve = exceedanceCurve(values, 120);
    expect(curve).toHaveLength(120);
    for (let i = 0; i < curve.length; i += 1) {
      expect(Number.isFinite(curve[i]!.loss)).toBe(true);
      expect(curve[i]!.probability).toBeGreaterThanOrEqual(0);
      if (i > 0) expect(curve[i]!.probability).toBeLessThanOrEqual(curve[i - 1]!.probability);
    }
    for (const bin of logHistogram(values, 20)) {
      expect(Number.isFinite(bin.from) && Number.isFinite(bin.to)).toBe(true);
    }
    const counted = logHistogram(values, 20).reduce((sum, bin) => sum + bin.count, 0);
    expect(counted).toBe(values.filter((value) => value > 0).length);
  });

  it('gives the exact share above each loss', () => {
    const values = sorted(0, 0, 10, 100, 1000);
    const curve = exceedanceCurve(values, 101);
    expect(curve[0]!.loss).toBeCloseTo(10, 9);
    expect(curve[curve.length - 1]!.loss).toBeCloseTo(1000, 9);
    const at = (loss: number) => curve.find((point) => Math.abs(point.loss - loss) < 1e-6)!.probability;
    expect(at(100)).toBe(0.2);
    expect(at(1000)).toBe(0);
  });
});

describe('sortedCopy', () => {
  it('sorts exactly like a full sort, with few or many zeros and negatives', () => {
    const value = fc.oneof(fc.constant(0), fc.double({ min: -1e6, max: 1e9, noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (values) => {
        const input = Float64Array.from(values);
        const expected = Float64Array.from(values).sort();
        expect(Array.from(sortedCopy(input))).toEqual(Array.from(expected));
        expect(Array.from(input)).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });
});
