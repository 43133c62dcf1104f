/**
 * Rank correlation of each uncertain input with the loss it feeds, from the tornado's own base
 * run. No stream of the engine is re-derived here; instead two things are recorded:
 *
 * - The draws. The base run is simulated with every uncertain sampler wrapped in a recorder that
 *   passes each draw through unchanged and keeps a copy, so the run is exactly the plain base
 *   run. The engine draws a threat's yearly rate once per simulated year, in year order, and a
 *   per-incident input once per incident drawn, a block at a time: one block per chunk of years
 *   and threat that uses the input, in the order chunk, then threat.
 * - Which drawn incident each stored incident is. Controls that make a threat rarer thin its
 *   incidents after their draws are made, so the stored incidents can be fewer than the drawn
 *   ones. A probe run replays the plan with every threat's costs replaced by one custom loss
 *   whose k-th draw is k: each stored incident then costs exactly its index among the incidents
 *   drawn, and logs the blocks. Thinning depends only on the seed, the controls and the number
 *   of incidents, never on their costs, so the probe keeps the same incidents as the base run
 *   (checked: the same years and threats, in the same order).
 *
 * Per-incident inputs are ranked against the total cost of each incident that drew them (a
 * threat's own inputs: its incidents; response costs and fines: incidents of threats that
 * expose records; lost business: every incident); threat frequencies against the year's annual
 * loss. Spearman's rho with ties averaged (spearman.ts); null when there are fewer than two
 * pairs or no spread, or if draws and incidents ever failed to pair up (never a misaligned rho).
 */
import type { Sampler } from '../distributions/sampler';
import type { ModelPlan } from '../model/plan';
import type { SimulationRun } from '../engine/run';
import { CHUNK_TRIALS } from '../engine/streams';
import type { PlanInput } from './inputs';
import { Ranker, rankCorrelation } from './spearman';

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

/** A block of incidents drawn together: one chunk of years of one threat. */
export type DrawBlock = Readonly<{ threat: number; count: number }>;

export type ProbePlan = Readonly<{
  plan: ModelPlan;
  /** The blocks drawn so far, in the order drawn. */
  blocks: () => readonly DrawBlock[];
}>;

/**
 * The plan with every threat costing only a probe: a custom loss whose draws are 0, 1, 2, ...
 * across all the incidents drawn, so each stored incident's cost is its index among them.
 * Frequencies, threat kinds and controls are kept: the same incidents happen.
 */
export function probePlan(plan: ModelPlan): ProbePlan {
  const blocks: DrawBlock[] = [];
  let next = 0;
  const probe = (threat: number): Sampler => ({
    mean: 0,
    mostLikely: 0,
    low: 0,
    high: 0,
    isConstant: false,
    sample(_rng, out, count) {
      for (let i = 0; i < count; i += 1) out[i] = next + i;
      next += count;
      if (count > 0) blocks.push({ threat, count });
    },
    draw() {
      blocks.push({ threat, count: 1 });
      next += 1;
      return next - 1;
    },
  });
  return {
    plan: {
      ...plan,
      threats: plan.threats.map((threat, t) => ({
        ...threat,
        exposure: threat.exposure.map(() => null),
        disruption: null,
        investigation: null,
        itRecovery: null,
        ransom: null,
        customLosses: [{ name: 'probe', category: 0, perEvent: probe(t) }],
      })),
      fines: null,
      churn: null,
      insurance: null,
    },
    blocks: () => blocks,
  };
}

const sameArray = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
};

export type CorrelationRuns = Readonly<{
  /** The recorded base run. */
  base: SimulationRun;
  /** The probe run and the blocks it logged. */
  probe: SimulationRun;
  blocks: readonly DrawBlock[];
}>;

/** True when a control in place makes some threat rarer, dropping incidents after they are drawn. */
export function thinsIncidents(plan: ModelPlan): boolean {
  return plan.controls.some((control) => Object.values(control.frequency).some((quantile) => quantile !== undefined));
}

/**
 * What the probe run would report when no control thins incidents, without running it: every
 * incident drawn is kept, in the order drawn, so the e-th stored incident is the e-th drawn, and
 * the blocks are the runs of stored incidents of one chunk of years and one threat.
 */
export function unthinnedProbe(base: SimulationRun): Pick<CorrelationRuns, 'probe' | 'blocks'> {
  const n = base.eventLoss.length;
  const drawnIndex = new Float64Array(n);
  const blocks: { threat: number; count: number }[] = [];
  let last: { threat: number; count: number } | null = null;
  let lastChunk = -1;
  for (let e = 0; e < n; e += 1) {
    drawnIndex[e] = e;
    const threat = base.eventThreat[e] as number;
    const chunk = Math.floor((base.eventTrial[e] as number) / CHUNK_TRIALS);
    if (last && last.threat === threat && chunk === lastChunk) {
      last.count += 1;
    } else {
      last = { threat, count: 1 };
      lastChunk = chunk;
      blocks.push(last);
    }
  }
  return { probe: { ...base, eventLoss: drawnIndex }, blocks };
}

/** Rank correlations sorted by strength (|rho|, largest first; nulls last; ties in input order). */
export function rankCorrelations(runs: CorrelationRuns, inputs: readonly PlanInput[], draws: readonly Float64Array[]): InputCorrelation[] {
  const { base, probe, blocks } = runs;
  const paired = sameArray(base.eventThreat, probe.eventThreat) && sameArray(base.eventTrial, probe.eventTrial);
  const drawn = blocks.reduce((sum, block) => sum + block.count, 0);
  const ranker = new Ranker();

  /** For a set of threats: each stored incident's place among the incidents they drew, and its cost. */
  type Pairing = Readonly<{ drawnBySet: number; place: Int32Array; complete: boolean; cost: Float64Array; costRanks: Float64Array }>;
  const pairings = new Map<string, Pairing>();
  const pairingFor = (threats: readonly number[]): Pairing => {
    const key = threats.join(',');
    const known = pairings.get(key);
    if (known) return known;
    const inSet = new Set(threats);
    const placeOfDrawn = new Int32Array(drawn).fill(-1);
    let g = 0;
    let drawnBySet = 0;
    for (const block of blocks) {
      if (inSet.has(block.threat)) for (let k = 0; k < block.count; k += 1) placeOfDrawn[g + k] = drawnBySet++;
      g += block.count;
    }
    const place: number[] = [];
    const cost: number[] = [];
    for (let e = 0; e < base.eventLoss.length; e += 1) {
      if (!inSet.has(base.eventThreat[e] ?? -1)) continue;
      place.push(placeOfDrawn[probe.eventLoss[e] ?? -1] ?? -1);
      cost.push(base.eventLoss[e] ?? 0);
    }
    const costs = Float64Array.from(cost);
    const pairing = { drawnBySet, place: Int32Array.from(place), complete: place.every((p) => p >= 0), cost: costs, costRanks: ranker.rank(costs).slice() };
    pairings.set(key, pairing);
    return pairing;
  };
  let yearRanks: Float64Array | null = null;

  const rho = (input: PlanInput, x: Float64Array): number | null => {
    if (input.scope === 'year') {
      if (x.length !== base.trials) return null;
      yearRanks ??= ranker.rank(base.annualLoss).slice();
      return rankCorrelation(ranker.rank(x), yearRanks);
    }
    if (!paired) return null;
    const pairing = pairingFor(input.threats);
    if (x.length !== pairing.drawnBySet || !pairing.complete) return null;
    const { place } = pairing;
    const drawsOfIncidents = new Float64Array(place.length);
    for (let e = 0; e < place.length; e += 1) drawsOfIncidents[e] = x[place[e] as number] as number;
    return rankCorrelation(ranker.rank(drawsOfIncidents), pairing.costRanks);
  };

  const correlations = inputs.map((input, i): InputCorrelation => ({ input: input.path, label: input.label, rankCorrelation: rho(input, draws[i] ?? new Float64Array(0)) }));
  const strength = (c: InputCorrelation): number => (c.rankCorrelation === null ? -1 : Math.abs(c.rankCorrelation));
  return correlations.sort((a, b) => strength(b) - strength(a));
}
