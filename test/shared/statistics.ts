/** Tolerance helpers for statistical tests: k standard errors of a mean or of a proportion. */
import { expect } from 'vitest';

export const K_STANDARD_ERRORS = 4.5;

export function sampleMean(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Asserts the sample mean is within k standard errors of `expected`, with `sd` the true sd. */
export function expectMeanNear(values: Float64Array, expected: number, sd: number): void {
  const standardError = sd / Math.sqrt(values.length);
  expect(Math.abs(sampleMean(values) - expected)).toBeLessThanOrEqual(K_STANDARD_ERRORS * standardError);
}

/** Asserts the empirical CDF at x is within k binomial standard errors of p. */
export function expectCdfNear(values: Float64Array, x: number, p: number): void {
  let below = 0;
  for (const value of values) if (value <= x) below += 1;
  const standardError = Math.sqrt((p * (1 - p)) / values.length);
  expect(Math.abs(below / values.length - p)).toBeLessThanOrEqual(K_STANDARD_ERRORS * standardError);
}
