/**
 * The order statistics of the sensitivity analysis, each against the plain way it replaced:
 * average ranks by radix sort (the rank correlations) and P95 by selection (the tornado), equal
 * bit for bit on random samples with ties, zeros of both signs, negatives, extremes and NaN, and
 * on the years, incidents and draws of a simulated run.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPlan } from '../../shared/model/plan';
import { simulate } from '../../shared/engine/simulate';
import { findPreset } from '../../shared/presets/index';
import { uncertainInputs } from '../../shared/sensitivity/inputs';
import { recordingPlan } from '../../shared/sensitivity/correlation';
import { lossPointBySelection } from '../../shared/sensitivity/tornado';
import { Ranker, averageRanks } from '../../shared/sensitivity/spearman';
import { quantileSorted, quantilesOf, sortedCopy } from '../../shared/stats/quantiles';

/** A quantile by selection, as the tornado reads its P95 (shared/stats/orderStatistics.ts). */
const bySelection = (x: Float64Array, p: number): number => quantilesOf(x, [p])[0] ?? Number.NaN;

const hospital = () => findPreset('regional-hospital')!.scenario;

/** The ranks as the tornado computed them before (indices sorted by a comparison), kept to compare with. */
function ranksByComparison(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    const value = values[order[start] ?? 0] ?? 0;
    let end = start + 1;
    while (end < n && (values[order[end] ?? 0] ?? 0) === value) end += 1;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) ranks[order[k] ?? 0] = rank;
    start = end;
  }
  return ranks;
}

/** Doubles with many ties, zeros of both signs, negatives and extremes. */
const tiedDoubles = fc.oneof(
  { weight: 3, arbitrary: fc.double({ noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 1, -1, 2.5, 1e300, -1e-300, Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 5 }) },
);

describe('P95 by selection', () => {
  it('equals the sorted quantile bit for bit', () => {
    fc.assert(
      fc.property(fc.array(tiedDoubles, { maxLength: 2_000, size: 'large' }), fc.constantFrom(0, 0.05, 0.5, 0.95, 0.99, 1, 0.123456789), (values, p) => {
        const x = Float64Array.from(values);
        expect(bySelection(x, p)).toEqual(quantileSorted(sortedCopy(x), p));
      }),
      { numRuns: 500 },
    );
  });

  it('equals it on simulated years (mostly zero), on many distinct values, and with a NaN', () => {
    const years = simulate(buildPlan(hospital()), { trials: 20_000, seed: 8 }).annualLoss;
    for (const p of [0.5, 0.9, 0.95, 0.99, 0.999]) expect(bySelection(years, p)).toEqual(quantileSorted(sortedCopy(years), p));
    expect(lossPointBySelection(years).p95).toBe(quantileSorted(sortedCopy(years), 0.95));
    const distinct = Float64Array.from({ length: 5_001 }, (_, i) => Math.sin(i) * 1e6);
    expect(bySelection(distinct, 0.95)).toEqual(quantileSorted(sortedCopy(distinct), 0.95));
    const withNaN = Float64Array.from([3, Number.NaN, 1, 2]);
    expect(bySelection(withNaN, 0.5)).toEqual(quantileSorted(sortedCopy(withNaN), 0.5));
  });
});

describe('ranks by radix sort', () => {
  it('equal the ranks by comparison, small samples and large', () => {
    const ranker = new Ranker();
    fc.assert(
      fc.property(fc.array(tiedDoubles, { maxLength: 300 }), (values) => {
        expect(ranker.rank(values)).toEqual(ranksByComparison(values));
        expect(averageRanks(values)).toEqual(ranksByComparison(values));
      }),
      { numRuns: 300 },
    );
    // From 2,048 values on, the radix sort.
    fc.assert(
      fc.property(fc.array(tiedDoubles, { minLength: 2_048, maxLength: 6_000 }), (values) => {
        expect(ranker.rank(values)).toEqual(ranksByComparison(values));
      }),
      { numRuns: 40 },
    );
  });

  it('equal them on the draws and losses of a run, and with a NaN', () => {
    const plan = buildPlan(hospital());
    const recording = recordingPlan(plan, uncertainInputs(plan));
    const run = simulate(recording.plan, { trials: 20_000, seed: 1 });
    const ranker = new Ranker();
    for (const sample of [run.annualLoss, run.eventLoss, ...recording.draws()]) expect(ranker.rank(sample)).toEqual(ranksByComparison(sample));
    const withNaN = [2, Number.NaN, 1, 2];
    expect(ranker.rank(withNaN)).toEqual(ranksByComparison(withNaN));
  });
});
