/**
 * Triangular on [low, high] with peak at mode, by inversion:
 * X = low + sqrt(U (high - low)(mode - low)) when U < (mode - low)/(high - low),
 * else high - sqrt((1 - U)(high - low)(high - mode)); mean (low + mode + high) / 3.
 */
import type { Rng } from '../random/rng';
import type { Sampler } from './sampler';
import { constantSampler } from './constant';

export function triangularSampler(low: number, mode: number, high: number): Sampler {
  if (high <= low) return constantSampler(low);
  const width = high - low;
  const split = (mode - low) / width;
  const leftArea = width * (mode - low);
  const rightArea = width * (high - mode);
  const inverse = (u: number): number =>
    u < split ? low + Math.sqrt(u * leftArea) : high - Math.sqrt((1 - u) * rightArea);
  return {
    mean: (low + mode + high) / 3,
    mostLikely: mode,
    low,
    high,
    isConstant: false,
    sample(rng: Rng, out: Float64Array, count: number): void {
      for (let i = 0; i < count; i += 1) out[i] = inverse(rng.nextDouble());
    },
    draw(rng: Rng): number {
      return inverse(rng.nextDouble());
    },
  };
}
