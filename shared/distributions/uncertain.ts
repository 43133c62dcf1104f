/**
 * How an uncertain quantity is written in a scenario file: a plain number (a constant) or a
 * named distribution. Lognormal is given by the 90% interval an expert states (its 5th and
 * 95th percentiles); PERT is the standard Beta-PERT with shape gamma (default 4).
 */

export type ConstantSpec = Readonly<{ dist: 'constant'; value: number }>;
export type UniformSpec = Readonly<{ dist: 'uniform'; low: number; high: number }>;
export type TriangularSpec = Readonly<{ dist: 'triangular'; low: number; mode: number; high: number }>;
export type PertSpec = Readonly<{ dist: 'pert'; low: number; mode: number; high: number; gamma?: number }>;
export type LognormalSpec = Readonly<{ dist: 'lognormal'; low: number; high: number }>;

/** A distribution written out in full (a plain number is normalised to `constant`). */
export type DistributionSpec = ConstantSpec | UniformSpec | TriangularSpec | PertSpec | LognormalSpec;

/** What a file may hold: a number, or a distribution. */
export type UncertainInput = number | DistributionSpec;

/** A share of something (0..1): lognormal is not allowed, its tail is unbounded. */
export type ShareSpec = ConstantSpec | UniformSpec | TriangularSpec | PertSpec;
export type ShareInput = number | ShareSpec;

export const DISTRIBUTION_KINDS = ['constant', 'uniform', 'triangular', 'pert', 'lognormal'] as const;
export type DistributionKind = (typeof DISTRIBUTION_KINDS)[number];
export const SHARE_DISTRIBUTION_KINDS = ['constant', 'uniform', 'triangular', 'pert'] as const;

export const DEFAULT_PERT_GAMMA = 4;

/** The 95th percentile of the standard normal: a 90% interval spans 2 x 1.6448536... sigma. */
export const Z95 = 1.6448536269514722;

export function toSpec(input: UncertainInput): DistributionSpec {
  return typeof input === 'number' ? { dist: 'constant', value: input } : input;
}
