/** A certain quantity: every draw is the value itself. */
import type { Rng } from '../random/rng';
import type { Sampler } from './sampler';

export function constantSampler(value: number): Sampler {
  return {
    mean: value,
    mostLikely: value,
    low: value,
    high: value,
    isConstant: true,
    sample(_rng: Rng, out: Float64Array, count: number): void {
      out.fill(value, 0, count);
    },
    draw(): number {
      return value;
    },
  };
}
