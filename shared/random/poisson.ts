/**
 * Poisson variates. For rates below 30, inversion by sequential search: one uniform per
 * draw, so a larger rate never gives fewer events for the same uniform (a monotone coupling
 * that keeps comparisons between variants free of noise). For larger rates, Hormann's PTRS
 * transformed rejection (1993), exact and constant time.
 */
import type { Rng } from './rng';

const INVERSION_LIMIT = 30;

export function samplePoisson(rng: Rng, rate: number): number {
  if (!(rate > 0)) return 0;
  if (rate < INVERSION_LIMIT) return poissonByInversion(rng.nextDouble(), rate);
  return poissonPtrs(rng, rate);
}

/** Smallest k with P(K <= k) > u, for K ~ Poisson(rate). */
export function poissonByInversion(u: number, rate: number): number {
  let probability = Math.exp(-rate);
  let cumulative = probability;
  let k = 0;
  while (u >= cumulative) {
    k += 1;
    probability *= rate / k;
    cumulative += probability;
    if (probability === 0 && k > rate) break;
  }
  return k;
}

function logFactorial(k: number): number {
  if (k < 2) return 0;
  if (k < 10) {
    let product = 1;
    for (let i = 2; i <= k; i += 1) product *= i;
    return Math.log(product);
  }
  // Stirling series with three correction terms: error below 1e-10 for k >= 10.
  const inv = 1 / k;
  const inv2 = inv * inv;
  return (
    (k + 0.5) * Math.log(k) - k + 0.9189385332046728 +
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260))
  );
}

function poissonPtrs(rng: Rng, rate: number): number {
  const sqrtRate = Math.sqrt(rate);
  const logRate = Math.log(rate);
  const b = 0.931 + 2.53 * sqrtRate;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.nextDouble() - 0.5;
    const v = rng.nextOpenDouble();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + rate + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const lhs = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
    if (lhs <= -rate + k * logRate - logFactorial(k)) return k;
  }
}
