/** Exceedance curves and histograms stay finite and well-ordered at the edges of the number line. */
import { describe, expect, it } from 'vitest';
import { exceedanceCurve, logHistogram } from '../../shared/stats/curves';

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
