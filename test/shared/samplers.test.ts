/**
 * Conformance of each sampler with analytic values (test/fixtures/reference-values.json,
 * computed with scipy): sample means within 4.5 standard errors, empirical CDFs at listed
 * quantiles within 4.5 binomial standard errors.
 */
import { describe, expect, it } from 'vitest';
import reference from '../fixtures/reference-values.json';
import { Rng } from '../../shared/random/rng';
import { compileUncertain } from '../../shared/distributions/compile';
import { lognormalShape } from '../../shared/distributions/lognormal';
import { pertShape } from '../../shared/distributions/pert';
import { samplePoisson } from '../../shared/random/poisson';
import { sampleGamma } from '../../shared/random/gamma';
import type { UncertainInput } from '../../shared/distributions/uncertain';
import { expectCdfNear, expectMeanNear } from './statistics';

const N = 200_000;

function draw(input: UncertainInput, seed: number, n = N): Float64Array {
  const out = new Float64Array(n);
  compileUncertain(input).sample(new Rng(seed), out, n);
  return out;
}

describe('lognormal from a 90% interval', () => {
  const ref = reference.lognormal_from_90pct_interval;
  it('has the analytic parameters', () => {
    const shape = lognormalShape(ref.low, ref.high);
    expect(shape.mu).toBeCloseTo(ref.mu, 12);
    expect(shape.sigma).toBeCloseTo(ref.sigma, 12);
    expect(shape.median).toBeCloseTo(ref.median, 6);
    expect(shape.mean / ref.mean).toBeCloseTo(1, 12);
    expect(compileUncertain({ dist: 'lognormal', low: ref.low, high: ref.high }).mean / ref.mean).toBeCloseTo(1, 12);
  });
  it('samples the right mean and puts 5% below low and 5% above high', () => {
    const values = draw({ dist: 'lognormal', low: ref.low, high: ref.high }, 1);
    expectMeanNear(values, ref.mean, ref.sd);
    expectCdfNear(values, ref.low, ref.cdf_at_lo);
    expectCdfNear(values, ref.median, 0.5);
    expectCdfNear(values, ref.high, ref.cdf_at_hi);
  });
});

describe.each([
  ['pert_frequency', reference.pert_frequency],
  ['pert_secondary_loss', reference.pert_secondary_loss],
  ['pert_small', reference.pert_small],
])('Beta-PERT %s', (_name, ref) => {
  const spec = { dist: 'pert', low: ref.low, mode: ref.mode, high: ref.high, gamma: ref.gamma } as const;
  it('has the standard (not pyfair) shape parameters', () => {
    const shape = pertShape(ref.low, ref.mode, ref.high, ref.gamma);
    expect(shape.alpha).toBeCloseTo(ref.alpha, 12);
    expect(shape.beta).toBeCloseTo(ref.beta, 12);
    expect(shape.mean).toBeCloseTo(ref.mean, 9);
    expect(shape.variance / ref.var).toBeCloseTo(1, 12);
  });
  it('samples the analytic mean and quantiles', () => {
    const values = draw(spec, 2);
    expectMeanNear(values, ref.mean, Math.sqrt(ref.var));
    expectCdfNear(values, ref.p05, 0.05);
    expectCdfNear(values, ref.p50, 0.5);
    expectCdfNear(values, ref.p95, 0.95);
    for (const value of values) expect(value >= ref.low && value <= ref.high).toBe(true);
  });
});

describe('uniform and triangular', () => {
  it('uniform(2, 10): mean 6, CDF linear', () => {
    const values = draw({ dist: 'uniform', low: 2, high: 10 }, 3);
    expectMeanNear(values, 6, 8 / Math.sqrt(12));
    expectCdfNear(values, 4, 0.25);
  });
  it('triangular(0, 2, 10): mean 4, CDF at the mode = (m - a)/(b - a)', () => {
    const values = draw({ dist: 'triangular', low: 0, mode: 2, high: 10 }, 4);
    const variance = (0 + 4 + 100 - 0 - 0 - 20) / 18;
    expectMeanNear(values, 4, Math.sqrt(variance));
    expectCdfNear(values, 2, 0.2);
    // CDF(x) for x >= mode: 1 - (b - x)^2 / ((b - a)(b - m)); at 6: 1 - 16/80 = 0.8
    expectCdfNear(values, 6, 0.8);
  });
  it('a constant is exactly its value; a plain number is a constant', () => {
    expect(Array.from(draw(7.5, 5, 10))).toEqual(new Array(10).fill(7.5));
    expect(Array.from(draw({ dist: 'constant', value: 3 }, 5, 4))).toEqual([3, 3, 3, 3]);
  });
  it('degenerate ranges (low = high) are constants', () => {
    expect(compileUncertain({ dist: 'pert', low: 5, mode: 5, high: 5 }).isConstant).toBe(true);
    expect(compileUncertain({ dist: 'lognormal', low: 5, high: 5 }).mean).toBe(5);
  });
});

describe('Poisson and gamma', () => {
  it.each([0.1, 0.68, 3, 12, 29.9, 30, 75, 365])('Poisson(%f) has mean and variance equal to the rate', (rate) => {
    const rng = new Rng(9, Math.round(rate * 10));
    const values = new Float64Array(N);
    for (let i = 0; i < N; i += 1) values[i] = samplePoisson(rng, rate);
    expectMeanNear(values, rate, Math.sqrt(rate));
    // P(K = 0) = e^-rate, a check on the shape not only the mean
    if (rate < 5) expectCdfNear(values, 0, Math.exp(-rate));
  });
  it('Poisson with rate 0 gives no events', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 100; i += 1) expect(samplePoisson(rng, 0)).toBe(0);
  });
  it.each([0.5, 1, 1.84, 4.16, 20])('Gamma(%f) has mean and variance equal to the shape', (shape) => {
    const rng = new Rng(13, Math.round(shape * 100));
    const values = new Float64Array(N);
    for (let i = 0; i < N; i += 1) values[i] = sampleGamma(rng, shape);
    expectMeanNear(values, shape, Math.sqrt(shape));
  });
});

describe('exact Beta draws from the strip envelope, at awkward shapes', () => {
  /** P(B <= x) by Simpson's rule on the density, normalised numerically. */
  function betaCdf(alpha: number, beta: number, x: number): number {
    const density = (t: number) => Math.pow(t, alpha - 1) * Math.pow(1 - t, beta - 1);
    const integrate = (a: number, b: number) => {
      const steps = 20_000;
      const h = (b - a) / steps;
      let sum = density(a) + density(b);
      for (let i = 1; i < steps; i += 1) sum += density(a + i * h) * (i % 2 === 1 ? 4 : 2);
      return (sum * h) / 3;
    };
    return integrate(0, x) / integrate(0, 1);
  }

  it.each([
    [1, 1],
    [1, 5],
    [5, 1],
    [1.0001, 101],
    [51, 51],
    [2.5, 1.2],
  ])('Beta(%f, %f) via PERT on [0, 1]: mean and CDF at three points', (alpha, beta) => {
    // A PERT on [0, 1] with gamma = alpha + beta - 2 and mode (alpha - 1) / gamma has these shapes.
    const gamma = alpha + beta - 2;
    const mode = gamma > 0 ? (alpha - 1) / gamma : 0.5;
    const values = draw({ dist: 'pert', low: 0, mode, high: 1, gamma }, 23);
    const mean = alpha / (alpha + beta);
    const variance = (alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1));
    expectMeanNear(values, mean, Math.sqrt(variance));
    for (const x of [mean - Math.sqrt(variance), mean, mean + Math.sqrt(variance)]) {
      if (x > 0 && x < 1) expectCdfNear(values, x, betaCdf(alpha, beta, x));
    }
  });
});

describe('capped lognormal', () => {
  it('never draws above its cap and has the analytic capped mean', () => {
    // 90% interval 1-1000 capped at 500: the cap binds in about 7% of draws.
    const sampler = compileUncertain({ dist: 'lognormal', low: 1, high: 1000 }, 500);
    const values = new Float64Array(N);
    sampler.sample(new Rng(31), values, N);
    for (const value of values) expect(value).toBeLessThanOrEqual(500);
    // E[min(X, c)] by numerical integration of the lognormal density up to c, plus c P(X > c).
    const { mu, sigma } = lognormalShape(1, 1000);
    let integral = 0;
    let below = 0;
    const steps = 200_000;
    const top = Math.log(500);
    const bottom = mu - 12 * sigma;
    const h = (top - bottom) / steps;
    for (let i = 0; i < steps; i += 1) {
      const y = bottom + (i + 0.5) * h;
      const density = (Math.exp(-0.5 * ((y - mu) / sigma) ** 2) * h) / (sigma * Math.sqrt(2 * Math.PI));
      integral += Math.exp(y) * density;
      below += density;
    }
    const expected = integral + 500 * (1 - below);
    expect(sampler.mean / expected).toBeCloseTo(1, 3);
    expectMeanNear(values, sampler.mean, 150);
  });

  it('keeps frequencies, days and amounts finite even for absurdly wide intervals', () => {
    const sampler = compileUncertain({ dist: 'lognormal', low: 1e-300, high: 1e12 }, 1e12);
    const values = new Float64Array(10_000);
    sampler.sample(new Rng(37), values, values.length);
    for (const value of values) expect(Number.isFinite(value) && value <= 1e12).toBe(true);
    expect(Number.isFinite(sampler.mean)).toBe(true);
  });
});
