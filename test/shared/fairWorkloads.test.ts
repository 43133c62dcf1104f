/**
 * The benchmark's FAIR workloads (shared/bench): closed forms computed by hand, sample means
 * within a few standard errors of them for both Beta methods, the self-check failing a wrong
 * mean, and a seed giving the same bits every time. No timings: the benchmark measures speed.
 */
import { describe, expect, it } from 'vitest';
import { FAIR_CHUNK, FAIR_INPUTS, pertByGammas, simulateFair, type BetaMethod, type FairWorkload } from '../../shared/bench/fairWorkloads';
import { checkFairMean, fairClosedFormMean, lognormalMeanFrom90, pertMean, summariseFair } from '../../shared/bench/fairChecks';
import { lognormalShape } from '../../shared/distributions/lognormal';
import { pertShape } from '../../shared/distributions/pert';
import { Rng } from '../../shared/random/rng';
import { quantileSorted, sortedCopy } from '../../shared/stats/quantiles';
import { expectMeanNear, K_STANDARD_ERRORS } from './statistics';

const TRIALS = 200_000;

describe('closed forms', () => {
  it('PERT means are (a + 4m + b)/6', () => {
    expect(pertMean(0.1, 0.5, 2)).toBeCloseTo(4.1 / 6, 15);
    expect(pertMean(10_000, 100_000, 1_000_000)).toBe(235_000);
  });

  it('the lognormal mean from a 90% interval matches the model\'s own shape', () => {
    const { low, high } = FAIR_INPUTS.primary;
    const sigma = Math.log(100) / (2 * 1.6448536269514722);
    const byHand = Math.sqrt(low * high) * Math.exp((sigma * sigma) / 2);
    expect(lognormalMeanFrom90(low, high) / byHand).toBeCloseTo(1, 12);
    expect(lognormalMeanFrom90(low, high) / lognormalShape(low, high).mean).toBeCloseTo(1, 12);
  });

  it('the annual loss mean is E[F](E[P] + E[S])', () => {
    const expected = (4.1 / 6) * (lognormalMeanFrom90(50_000, 5_000_000) + 235_000);
    expect(fairClosedFormMean()).toBeCloseTo(expected, 6);
  });
});

describe.each<[FairWorkload, BetaMethod]>([
  ['w1', 'table'],
  ['w2', 'table'],
  ['w1', 'gammas'],
  ['w2', 'gammas'],
])('%s with Beta by %s', (workload, method) => {
  it('has a mean within the bench\'s tolerance of the closed form', () => {
    const summary = summariseFair(simulateFair(workload, TRIALS, 11, method));
    const check = checkFairMean(summary, K_STANDARD_ERRORS);
    expect(check.pass, `z = ${check.zScore}`).toBe(true);
    expect(summary.p95).toBeGreaterThan(summary.mean);
    expect(summary.p99).toBeGreaterThan(summary.p95);
  });

  it('reads P95 and P99 by selection, bit for bit what a sorted copy gives', () => {
    const losses = simulateFair(workload, TRIALS, 4, method);
    const sorted = sortedCopy(losses);
    const summary = summariseFair(losses);
    expect(summary.p95).toBe(quantileSorted(sorted, 0.95));
    expect(summary.p99).toBe(quantileSorted(sorted, 0.99));
  });

  it('gives the same bits for the same seed, other numbers for another', () => {
    const a = simulateFair(workload, 3 * FAIR_CHUNK + 17, 5, method);
    const b = simulateFair(workload, 3 * FAIR_CHUNK + 17, 5, method);
    const c = simulateFair(workload, 3 * FAIR_CHUNK + 17, 6, method);
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    expect(Buffer.from(a.buffer).equals(Buffer.from(c.buffer))).toBe(false);
  });

  it('keeps a short run\'s years as the first years of a longer one', () => {
    const short = simulateFair(workload, FAIR_CHUNK + 5, 3, method);
    const long = simulateFair(workload, 2 * FAIR_CHUNK + 9, 3, method);
    expect(Array.from(long.subarray(0, short.length))).toEqual(Array.from(short));
  });
});

describe('the workloads', () => {
  it('w2 has no loss in about E[exp(-lambda)] of years, w1 always has one', () => {
    const w1 = simulateFair('w1', 20_000, 2);
    const w2 = simulateFair('w2', 20_000, 2);
    expect(w1.every((loss) => loss > 0)).toBe(true);
    const zeroShare = w2.filter((loss) => loss === 0).length / w2.length;
    expect(zeroShare).toBeGreaterThan(0.45);
    expect(zeroShare).toBeLessThan(0.65);
  });

  it('PERT by two gammas has the PERT mean', () => {
    const { low, mode, high } = FAIR_INPUTS.secondary;
    const out = new Float64Array(TRIALS);
    pertByGammas(low, mode, high).sample(new Rng(9), out, TRIALS);
    const { mean, variance } = pertShape(low, mode, high, 4);
    expectMeanNear(out, mean, Math.sqrt(variance));
    expect(out.every((x) => x >= low && x <= high)).toBe(true);
  });
});

describe('the self-check', () => {
  it('fails a mean more than k standard errors away and passes one inside', () => {
    const expected = fairClosedFormMean();
    const summary = { trials: 10_000, sd: 1_000_000, p95: 0, p99: 0 };
    expect(checkFairMean({ ...summary, mean: expected + 4.9 * 10_000 }).pass).toBe(true);
    expect(checkFairMean({ ...summary, mean: expected - 5.1 * 10_000 }).pass).toBe(false);
    expect(checkFairMean({ ...summary, mean: expected + 5.1 * 10_000 }).zScore).toBeCloseTo(5.1, 9);
  });
});
