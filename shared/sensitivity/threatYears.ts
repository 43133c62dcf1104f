/**
 * Re-simulating only the threats an input reaches. The tornado measures the gross annual loss,
 * the sum of a year's incident costs, and each threat's incidents depend only on its own draws,
 * the plan's shared inputs and the controls' yearly effects (keyed by the controls, not by any
 * threat). So a run in which the other threats never happen gives exactly the incidents the
 * full run would give the threats it keeps, and the year totals are rebuilt from those and the
 * base run's incidents of the other threats.
 *
 * Rebuilt bit for bit: the engine adds each incident's cost to its year in the order threat by
 * threat (within a chunk of years, and a year lies in one chunk), then incident by incident;
 * adding threat 0's incidents to every year, then threat 1's and so on, makes the same sums in
 * the same order. Insurance is not in these runs (the gross loss does not depend on it); an
 * aggregate deductible or limit would make the year's net loss depend on every threat at once.
 */
import { constantSampler } from '../distributions/constant';
import type { ModelPlan } from '../model/plan';
import type { SimulationRun } from '../engine/run';

const NEVER = constantSampler(0);

/** The plan with every threat not in `kept` never happening; threat indices, kinds and so streams and control effects unchanged. */
export function onlyThreats(plan: ModelPlan, kept: readonly number[]): ModelPlan {
  return { ...plan, threats: plan.threats.map((threat, t) => (kept.includes(t) ? threat : { ...threat, frequency: NEVER, exactEvents: 0 })) };
}

type Incidents = Readonly<{ trial: Int32Array; loss: Float64Array }>;

/** One threat's incidents in a run, in the order simulated. */
function incidentsOf(run: SimulationRun, threat: number): Incidents {
  let count = 0;
  for (let e = 0; e < run.eventThreat.length; e += 1) if (run.eventThreat[e] === threat) count += 1;
  const trial = new Int32Array(count);
  const loss = new Float64Array(count);
  let k = 0;
  for (let e = 0; e < run.eventThreat.length; e += 1) {
    if (run.eventThreat[e] !== threat) continue;
    trial[k] = run.eventTrial[e] ?? 0;
    loss[k] = run.eventLoss[e] ?? 0;
    k += 1;
  }
  return { trial, loss };
}

/** The base run's incidents by threat, to rebuild the years of runs that re-simulate some threats. */
export class ThreatYears {
  private readonly base: readonly Incidents[];
  private readonly years: Float64Array;

  constructor(baseRun: SimulationRun, threatCount: number) {
    this.base = Array.from({ length: threatCount }, (_, t) => incidentsOf(baseRun, t));
    this.years = new Float64Array(baseRun.trials);
  }

  /** True when every threat with incidents in the base run is in `redrawn`: the run's own years are the answer. */
  private covers(redrawn: readonly number[]): boolean {
    return this.base.every((incidents, t) => incidents.loss.length === 0 || redrawn.includes(t));
  }

  /**
   * Each year's loss: the incidents of the threats in `redrawn` from `run` (in which no other
   * threat happened), every other threat's from the base run. The array returned is reused by
   * the next call.
   */
  annualLoss(run: SimulationRun, redrawn: readonly number[]): Float64Array {
    if (this.covers(redrawn)) return run.annualLoss;
    const years = this.years;
    years.fill(0);
    for (let t = 0; t < this.base.length; t += 1) {
      if (redrawn.includes(t)) {
        for (let e = 0; e < run.eventThreat.length; e += 1) {
          if (run.eventThreat[e] !== t) continue;
          const trial = run.eventTrial[e] as number;
          years[trial] = (years[trial] as number) + (run.eventLoss[e] as number);
        }
      } else {
        const { trial, loss } = this.base[t] as Incidents;
        for (let e = 0; e < loss.length; e += 1) {
          const year = trial[e] as number;
          years[year] = (years[year] as number) + (loss[e] as number);
        }
      }
    }
    return years;
  }
}
