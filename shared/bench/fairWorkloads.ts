/**
 * The two FAIR-style workloads of the benchmark (issue 9), drawn with the project's own samplers:
 *   w1: annual loss = F (P + S), one draw of each per simulated year;
 *   w2: K ~ Poisson(lambda) with lambda ~ F per year; annual loss = sum over the K events of (P + S),
 *       P and S drawn afresh for every event;
 * with F ~ PERT(0.1, 0.5, 2), P ~ lognormal with 90% interval 50,000-5,000,000 (uncapped) and
 * S ~ PERT(10,000, 100,000, 1,000,000). Each input has its own stream keyed by (seed, chunk, input),
 * as in the engine. PERT draws Beta exactly either from the sampler the model uses (a rejection
 * sampler on a 256-strip envelope, random/betaTable.ts) or as X/(X + Y) of two gamma variates
 * (random/gamma.ts), to show what the faster exact method saves.
 */
import { Rng } from '../random/rng';
import { samplePoisson } from '../random/poisson';
import { sampleBeta } from '../random/gamma';
import type { Sampler } from '../distributions/sampler';
import { pertSampler, pertShape } from '../distributions/pert';
import { lognormalSampler } from '../distributions/lognormal';
import { DEFAULT_PERT_GAMMA } from '../distributions/uncertain';

export type FairWorkload = 'w1' | 'w2';
/** How PERT's Beta is drawn: the model's table sampler, or the ratio of two gamma variates. */
export type BetaMethod = 'table' | 'gammas';

export const FAIR_INPUTS = {
  frequency: { low: 0.1, mode: 0.5, high: 2 },
  primary: { low: 50_000, high: 5_000_000 },
  secondary: { low: 10_000, mode: 100_000, high: 1_000_000 },
} as const;

/** Trials per chunk: each chunk draws every input a column at a time from its own streams. */
export const FAIR_CHUNK = 8192;
const STREAM = { frequency: 1, eventCount: 2, primary: 3, secondary: 4 } as const;

/** Beta-PERT drawn as low + (high - low) X/(X + Y), X ~ Gamma(alpha), Y ~ Gamma(beta): exact, slower. */
export function pertByGammas(low: number, mode: number, high: number, gamma = DEFAULT_PERT_GAMMA): Sampler {
  const width = high - low;
  const { alpha, beta, mean } = pertShape(low, mode, high, gamma);
  return {
    mean,
    mostLikely: mode,
    low,
    high,
    isConstant: false,
    sample(rng: Rng, out: Float64Array, count: number): void {
      for (let i = 0; i < count; i += 1) out[i] = low + width * sampleBeta(rng, alpha, beta);
    },
    draw(rng: Rng): number {
      return low + width * sampleBeta(rng, alpha, beta);
    },
  };
}

export type FairSamplers = Readonly<{ frequency: Sampler; primary: Sampler; secondary: Sampler }>;

export function fairSamplers(method: BetaMethod): FairSamplers {
  const pert = method === 'table' ? pertSampler : pertByGammas;
  const { frequency: f, primary: p, secondary: s } = FAIR_INPUTS;
  return {
    frequency: pert(f.low, f.mode, f.high, DEFAULT_PERT_GAMMA),
    primary: lognormalSampler(p.low, p.high),
    secondary: pert(s.low, s.mode, s.high, DEFAULT_PERT_GAMMA),
  };
}

/** The annual loss of each of `trials` simulated years. */
export function simulateFair(workload: FairWorkload, trials: number, seed: number, method: BetaMethod = 'table'): Float64Array {
  const { frequency, primary, secondary } = fairSamplers(method);
  const annualLoss = new Float64Array(trials);
  const rates = new Float64Array(FAIR_CHUNK);
  const counts = new Int32Array(FAIR_CHUNK);
  let primaryDraws = new Float64Array(FAIR_CHUNK);
  let secondaryDraws = new Float64Array(FAIR_CHUNK);
  for (let chunk = 0, start = 0; start < trials; chunk += 1, start += FAIR_CHUNK) {
    const size = Math.min(FAIR_CHUNK, trials - start);
    frequency.sample(new Rng(seed, chunk, STREAM.frequency), rates, size);
    let draws = size;
    if (workload === 'w2') {
      const countRng = new Rng(seed, chunk, STREAM.eventCount);
      draws = 0;
      for (let i = 0; i < size; i += 1) {
        const k = samplePoisson(countRng, rates[i] as number);
        counts[i] = k;
        draws += k;
      }
      if (draws > primaryDraws.length) {
        primaryDraws = new Float64Array(draws);
        secondaryDraws = new Float64Array(draws);
      }
    }
    primary.sample(new Rng(seed, chunk, STREAM.primary), primaryDraws, draws);
    secondary.sample(new Rng(seed, chunk, STREAM.secondary), secondaryDraws, draws);
    if (workload === 'w1') {
      for (let i = 0; i < size; i += 1) annualLoss[start + i] = (rates[i] as number) * ((primaryDraws[i] as number) + (secondaryDraws[i] as number));
      continue;
    }
    let e = 0;
    for (let i = 0; i < size; i += 1) {
      let loss = 0;
      for (let k = counts[i] as number; k > 0; k -= 1, e += 1) loss += (primaryDraws[e] as number) + (secondaryDraws[e] as number);
      annualLoss[start + i] = loss;
    }
  }
  return annualLoss;
}
