/**
 * Rank correlation of each uncertain input with the loss it feeds, from the tornado's own base
 * run. The base run is simulated with every uncertain sampler wrapped in a recorder that passes
 * each draw through unchanged and keeps a copy, so the run is exactly the plain base run and no
 * stream of the engine is re-derived here. The engine draws a per-incident input once for each
 * incident of the threats that use it, in the order the run stores its incidents (chunk, then
 * threat, then year), and a threat's yearly rate once for each simulated year, in year order.
 * So the k-th recorded draw pairs with the k-th such incident (or year). The counts are checked,
 * so a correlation is never computed from misaligned pairs: when they differ (an engine that
 * drops some incidents after drawing for them, as controls that make a threat rarer do by
 * thinning its incidents) the input's correlation is null rather than wrong.
 *
 * Per-incident inputs are ranked against the total cost of each incident that drew them;
 * threat frequencies (drawn once a year) against the year's annual loss. Spearman's rho, ties
 * averaged (spearman.ts); null when there are fewer than two pairs or no spread.
 */
import type { Sampler } from '../distributions/sampler';
import type { ModelPlan } from '../model/plan';
import type { SimulationRun } from '../engine/run';
import type { PlanInput } from './inputs';
import { averageRanks, rankCorrelation } from './spearman';

export type InputCorrelation = Readonly<{ input: string; label: string; rankCorrelation: number | null }>;

/** A growable copy of every value a sampler produced. */
class Recording {
  private values = new Float64Array(1024);
  private length = 0;

  add(source: ArrayLike<number>, count: number): void {
    if (this.length + count > this.values.length) {
      const grown = new Float64Array(Math.max(this.length + count, this.values.length * 2));
      grown.set(this.values.subarray(0, this.length));
      this.values = grown;
    }
    for (let i = 0; i < count; i += 1) this.values[this.length + i] = source[i] ?? 0;
    this.length += count;
  }

  draws(): Float64Array {
    return this.values.subarray(0, this.length);
  }
}

function recorder(sampler: Sampler, recording: Recording): Sampler {
  return {
    ...sampler,
    sample(rng, out, count) {
      sampler.sample(rng, out, count);
      recording.add(out, count);
    },
    draw(rng) {
      const value = sampler.draw(rng);
      recording.add([value], 1);
      return value;
    },
  };
}

export type RecordingPlan = Readonly<{
  plan: ModelPlan;
  /** Each input's draws so far, in the order of `inputs`. */
  draws: () => Float64Array[];
}>;

/** The plan with every listed input's sampler wrapped in a recorder: it simulates exactly as the plan does. */
export function recordingPlan(plan: ModelPlan, inputs: readonly PlanInput[]): RecordingPlan {
  const recordings = inputs.map(() => new Recording());
  const recorded = inputs.reduce((current, input, i) => input.replace(current, recorder(input.sampler, recordings[i] as Recording)), plan);
  return { plan: recorded, draws: () => recordings.map((recording) => recording.draws()) };
}

/** Rank correlations sorted by strength (|rho|, largest first; nulls last; ties in input order). */
export function rankCorrelations(run: SimulationRun, inputs: readonly PlanInput[], draws: readonly Float64Array[]): InputCorrelation[] {
  const losses = new Map<string, Float64Array>();
  const lossRanks = new Map<string, Float64Array>();
  const lossesFor = (input: PlanInput): { key: string; values: Float64Array } => {
    const key = input.scope === 'year' ? 'year' : input.threats.join(',');
    let values = losses.get(key);
    if (!values) {
      if (input.scope === 'year') {
        values = run.annualLoss;
      } else {
        const threats = new Set(input.threats);
        const picked: number[] = [];
        for (let e = 0; e < run.eventLoss.length; e += 1) if (threats.has(run.eventThreat[e] ?? -1)) picked.push(run.eventLoss[e] ?? 0);
        values = Float64Array.from(picked);
      }
      losses.set(key, values);
    }
    return { key, values };
  };

  const correlations = inputs.map((input, i): InputCorrelation => {
    const x = draws[i] ?? new Float64Array(0);
    const { key, values } = lossesFor(input);
    if (x.length !== values.length) return { input: input.path, label: input.label, rankCorrelation: null };
    let ranks = lossRanks.get(key);
    if (!ranks) {
      ranks = averageRanks(values);
      lossRanks.set(key, ranks);
    }
    return { input: input.path, label: input.label, rankCorrelation: rankCorrelation(averageRanks(x), ranks) };
  });
  const strength = (c: InputCorrelation): number => (c.rankCorrelation === null ? -1 : Math.abs(c.rankCorrelation));
  return correlations.sort((a, b) => strength(b) - strength(a));
}
