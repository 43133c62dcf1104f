/**
 * Lognormal from a 90% interval [low, high] (its 5th and 95th percentiles):
 * mu = (ln low + ln high) / 2, sigma = (ln high - ln low) / (2 z95), z95 = 1.6448536...;
 * X = exp(mu + sigma Z); median e^mu, mean e^(mu + sigma^2 / 2).
 * Draws are capped at the input's limit c (its unbounded tail would otherwise overflow for wide
 * intervals); the capped mean is E[min(X, c)] = e^(mu + sigma^2/2) Phi((ln c - mu - sigma^2)/sigma)
 * + c (1 - Phi((ln c - mu)/sigma)).
 */
import type { Rng } from '../random/rng';
import type { Sampler } from './sampler';
import { Z95 } from './uncertain';
import { constantSampler } from './constant';
import { normalCdf } from '../stats/normal';

export type LognormalShape = Readonly<{ mu: number; sigma: number; median: number; mean: number }>;

export function lognormalShape(low: number, high: number): LognormalShape {
  const mu = (Math.log(low) + Math.log(high)) / 2;
  const sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
  return { mu, sigma, median: Math.exp(mu), mean: Math.exp(mu + (sigma * sigma) / 2) };
}

export function cappedLognormalMean(mu: number, sigma: number, cap: number): number {
  const uncapped = Math.exp(mu + (sigma * sigma) / 2);
  if (!Number.isFinite(cap)) return uncapped;
  const logCap = Math.log(cap);
  const below = normalCdf((logCap - mu - sigma * sigma) / sigma);
  // In logs, so that a huge uncapped mean times a vanishing probability stays finite.
  const body = below > 0 ? Math.exp(mu + (sigma * sigma) / 2 + Math.log(below)) : 0;
  return body + cap * (1 - normalCdf((logCap - mu) / sigma));
}

export function lognormalSampler(low: number, high: number, cap = Infinity): Sampler {
  if (high <= low) return constantSampler(Math.min(low, cap));
  const { mu, sigma, median } = lognormalShape(low, high);
  return {
    mean: cappedLognormalMean(mu, sigma, cap),
    mostLikely: Math.min(median, cap),
    low,
    high,
    isConstant: false,
    sample(rng: Rng, out: Float64Array, count: number): void {
      for (let i = 0; i < count; i += 1) out[i] = Math.min(cap, Math.exp(mu + sigma * rng.nextNormal()));
    },
    draw(rng: Rng): number {
      return Math.min(cap, Math.exp(mu + sigma * rng.nextNormal()));
    },
  };
}
