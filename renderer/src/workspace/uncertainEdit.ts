/**
 * Switching an uncertain input between a single value and a range, and between distributions,
 * keeping what the person entered as far as the new form allows.
 */
import type { DistributionKind, DistributionSpec, UncertainInput } from '../../../shared/distributions/uncertain';

export type RangeKind = Exclude<DistributionKind, 'constant'>;

export const RANGE_KIND_LABELS: Readonly<Record<RangeKind, string>> = {
  pert: 'Most likely, with a range (PERT)',
  triangular: 'Most likely, with a range (triangular)',
  uniform: 'Anywhere in a range (uniform)',
  lognormal: '90% range, long tail (lognormal)',
};

export type Form =
  | Readonly<{ mode: 'single'; value: number | undefined }>
  | Readonly<{ mode: 'range'; dist: RangeKind; low: number; mostLikely: number | undefined; high: number }>;

export function toForm(input: UncertainInput | undefined): Form {
  if (input === undefined) return { mode: 'single', value: undefined };
  if (typeof input === 'number') return { mode: 'single', value: input };
  switch (input.dist) {
    case 'constant':
      return { mode: 'single', value: input.value };
    case 'uniform':
    case 'lognormal':
      return { mode: 'range', dist: input.dist, low: input.low, mostLikely: undefined, high: input.high };
    case 'triangular':
    case 'pert':
      return { mode: 'range', dist: input.dist, low: input.low, mostLikely: input.mode, high: input.high };
  }
}

/** The single value that best stands for a distribution: its most likely value or its middle. */
export function representativeValue(input: UncertainInput | undefined): number | undefined {
  const form = toForm(input);
  if (form.mode === 'single') return form.value;
  if (form.mostLikely !== undefined) return form.mostLikely;
  return form.dist === 'lognormal' ? Math.sqrt(form.low * form.high) : (form.low + form.high) / 2;
}

/** A range around a single value: half to double it (capped at `max`), most likely the value. */
export function rangeAround(value: number, dist: RangeKind, max: number): DistributionSpec {
  const low = value / 2;
  const high = Math.min(max, value * 2);
  return specFor(dist, low, value, high);
}

function specFor(dist: RangeKind, low: number, mostLikely: number, high: number): DistributionSpec {
  switch (dist) {
    case 'pert':
    case 'triangular':
      return { dist, low, mode: Math.min(Math.max(mostLikely, low), high), high };
    case 'uniform':
      return { dist, low, high };
    case 'lognormal': {
      const safeLow = low > 0 ? low : high > 0 ? high / 100 : 1;
      return { dist, low: safeLow, high: Math.max(high, safeLow) };
    }
  }
}

/** The same input under another distribution, keeping its low, most likely and high. */
export function changeDistribution(input: UncertainInput | undefined, dist: RangeKind, max: number): DistributionSpec {
  const form = toForm(input);
  if (form.mode === 'single') return rangeAround(form.value ?? 0, dist, max);
  const mostLikely = form.mostLikely ?? (form.dist === 'lognormal' ? Math.sqrt(form.low * form.high) : (form.low + form.high) / 2);
  return specFor(dist, form.low, mostLikely, form.high);
}
