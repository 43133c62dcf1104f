/**
 * Standard Beta-PERT on [low, high] with mode m and shape gamma (default 4):
 * alpha = 1 + gamma (m - low)/(high - low), beta = 1 + gamma (high - m)/(high - low),
 * X = low + (high - low) B with B ~ Beta(alpha, beta); mean (low + gamma m + high)/(gamma + 2).
 * B is drawn exactly from a precomputed envelope (random/betaTable.ts): alpha, beta >= 1 always.
 * (pyfair rescales alpha and beta to match sd = range / (gamma + 2); we keep the standard form.)
 */
import type { Rng } from '../random/rng';
import { BetaTable } from '../random/betaTable';
import type { Sampler } from './sampler';
import { constantSampler } from './constant';

export type PertShape = Readonly<{ alpha: number; beta: number; mean: number; variance: number }>;

export function pertShape(low: number, mode: number, high: number, gamma: number): PertShape {
  const width = high - low;
  const alpha = 1 + (gamma * (mode - low)) / width;
  const beta = 1 + (gamma * (high - mode)) / width;
  const sum = alpha + beta;
  const mean = (low + gamma * mode + high) / (gamma + 2);
  const variance = (width * width * alpha * beta) / (sum * sum * (sum + 1));
  return { alpha, beta, mean, variance };
}

export function pertSampler(low: number, mode: number, high: number, gamma: number): Sampler {
  if (high <= low) return constantSampler(low);
  const width = high - low;
  const { alpha, beta, mean } = pertShape(low, mode, high, gamma);
  const table = new BetaTable(alpha, beta);
  return {
    mean,
    mostLikely: mode,
    low,
    high,
    isConstant: false,
    sample(rng: Rng, out: Float64Array, count: number): void {
      table.fill(rng, out, count, low, width);
    },
    draw(rng: Rng): number {
      return low + width * table.sample(rng);
    },
  };
}
