/**
 * Lognormal from a 90% interval [low, high] (its 5th and 95th percentiles):
 * mu = (ln low + ln high) / 2, sigma = (ln high - ln low) / (2 z95), z95 = 1.6448536...;
 * X = exp(mu + sigma Z); median e^mu, mean e^(mu + sigma^2 / 2).
 */
import type { Rng } from '../random/rng';
import type { Sampler } from './sampler';
import { Z95 } from './uncertain';
import { constantSampler } from './constant';

export type LognormalShape = Readonly<{ mu: number; sigma: number; median: number; mean: number }>;

export function lognormalShape(low: number, high: number): LognormalShape {
  const mu = (Math.log(low) + Math.log(high)) / 2;
  const sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
  return { mu, sigma, median: Math.exp(mu), mean: Math.exp(mu + (sigma * sigma) / 2) };
}

export function lognormalSampler(low: number, high: number): Sampler {
  if (high <= low) return constantSampler(low);
  const { mu, sigma, median, mean } = lognormalShape(low, high);
  return {
    mean,
    mostLikely: median,
    low,
    high,
    isConstant: false,
    sample(rng: Rng, out: Float64Array, count: number): void {
      for (let i = 0; i < count; i += 1) out[i] = Math.exp(mu + sigma * rng.nextNormal());
    },
    draw(rng: Rng): number {
      return Math.exp(mu + sigma * rng.nextNormal());
    },
  };
}
