/**
 * Gamma and beta variates, all exact. Gamma(shape, 1) by Marsaglia and Tsang (2000) for
 * shape >= 1; shapes below 1 use the boost Gamma(a) = Gamma(a + 1) * U^(1/a).
 * Beta(alpha, beta) = X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). (Cheng's BB
 * rejection method was measured slower here: it needs two uniforms, a log and an exp per try.)
 * The accept/reject uniform carries 32 random bits: its bias is below 2^-32.
 */
import type { Rng } from './rng';

export function sampleGamma(rng: Rng, shape: number): number {
  if (shape < 1) {
    const boosted = sampleGamma(rng, shape + 1);
    return boosted * Math.pow(rng.nextOpenDouble(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = rng.nextNormal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.nextOpenFloat32Bits();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function sampleBeta(rng: Rng, alpha: number, beta: number): number {
  const x = sampleGamma(rng, alpha);
  const y = sampleGamma(rng, beta);
  return x / (x + y);
}
