/**
 * Turns a distribution as written in a scenario into a sampler. `cap` is the input's upper
 * limit: bounded distributions already respect it (validation checks their high), and a
 * lognormal's unbounded tail is capped at it.
 */
import type { Sampler } from './sampler';
import { DEFAULT_PERT_GAMMA, toSpec, type UncertainInput } from './uncertain';
import { constantSampler } from './constant';
import { uniformSampler } from './uniform';
import { triangularSampler } from './triangular';
import { pertSampler } from './pert';
import { lognormalSampler } from './lognormal';

export function compileUncertain(input: UncertainInput, cap = Infinity): Sampler {
  const spec = toSpec(input);
  switch (spec.dist) {
    case 'constant':
      return constantSampler(spec.value);
    case 'uniform':
      return uniformSampler(spec.low, spec.high);
    case 'triangular':
      return triangularSampler(spec.low, spec.mode, spec.high);
    case 'pert':
      return pertSampler(spec.low, spec.mode, spec.high, spec.gamma ?? DEFAULT_PERT_GAMMA);
    case 'lognormal':
      return lognormalSampler(spec.low, spec.high, cap);
  }
}
