/** Uniform on [low, high]: X = low + (high - low) U; mean (low + high) / 2. */
import type { Rng } from '../random/rng';
import type { Sampler } from './sampler';
import { constantSampler } from './constant';

export function uniformSampler(low: number, high: number): Sampler {
  if (high <= low) return constantSampler(low);
  const width = high - low;
  return {
    mean: (low + high) / 2,
    mostLikely: (low + high) / 2,
    low,
    high,
    isConstant: false,
    sample(rng: Rng, out: Float64Array, count: number): void {
      for (let i = 0; i < count; i += 1) out[i] = low + width * rng.nextDouble();
    },
    draw(rng: Rng): number {
      return low + width * rng.nextDouble();
    },
  };
}
