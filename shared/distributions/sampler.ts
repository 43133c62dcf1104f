/**
 * A sampler is a compiled distribution: it fills a typed array with draws from a seeded
 * stream and knows its analytic mean, its most likely value and the low / high an analyst
 * would quote for it (the stated bounds, or the 90% interval for a lognormal).
 */
import type { Rng } from '../random/rng';

export type Sampler = Readonly<{
  /** Analytic mean. */
  mean: number;
  /** Most likely value (the mode; for a lognormal its median, the value experts anchor on). */
  mostLikely: number;
  /** Low used in sensitivity analysis: the stated low, or the 5th percentile. */
  low: number;
  /** High used in sensitivity analysis: the stated high, or the 95th percentile. */
  high: number;
  /** True when the quantity is certain: every draw equals `mean`. */
  isConstant: boolean;
  /** Write `count` draws into `out[0..count)`. */
  sample(rng: Rng, out: Float64Array, count: number): void;
  /** One draw. */
  draw(rng: Rng): number;
}>;
