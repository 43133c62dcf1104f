/**
 * The raw output of a simulation in typed arrays, never an object per trial: the annual loss of
 * every simulated year, for every event its year, threat and total, and the cost per category of
 * the events of the years that can be among the worst 10% (the only ones whose categories are
 * reported event by event). Category detail is kept per event rather than per year: memory grows
 * with the events, which are far fewer than the years in most scenarios.
 */
import type { InsuranceRun } from '../insurance/ledger';

export type SimulationRun = Readonly<{
  trials: number;
  seed: number;
  /** Annual loss per simulated year. */
  annualLoss: Float64Array;
  /** Total cost of every simulated event, in the order simulated (chunk, then threat, then trial). */
  eventLoss: Float64Array;
  /** The simulated year (trial index) of each event. */
  eventTrial: Int32Array;
  /** Index of the threat behind each event. */
  eventThreat: Uint8Array;
  /**
   * Cost of each event per category (event e's category c at e * CATEGORY_COUNT + c) when the run
   * kept every event's (`eventCategories: 'all'`, then the same as tailEvents.categoryLoss); empty
   * otherwise. Read tailEvents instead: this stays only until the summaries' reference tests do.
   */
  eventCategoryLoss: Float64Array;
  /**
   * The events of every year whose annual loss is at least `fromLoss`, in the order simulated (a
   * subsequence of the events), each with its year and its cost per category (event i's category
   * c at i * CATEGORY_COUNT + c). `fromLoss` is never above the smallest annual loss among the
   * worst 10% of years (the ceil(n/10) largest), so these hold every event of those years.
   * Simulated with `eventCategories: 'all'`, every event is here and `fromLoss` is 0.
   */
  tailEvents: TailEvents;
  /** Sum over all trials of each category, in CATEGORY_IDS order. */
  categoryTotals: Float64Array;
  /** Sum over all trials of each cost line, in COST_LINE_IDS order. */
  lineTotals: Float64Array;
  /** Per threat: total loss, events, and trials with at least one event. */
  threatLoss: Float64Array;
  threatEvents: Float64Array;
  threatTrialsHit: Float64Array;
  /** Sum over all trials of each impact measure, in IMPACT order. */
  impactTotals: Float64Array;
  /** The insurance programme's view of every year, when the scenario has one. */
  insurance: InsuranceRun | null;
}>;

export type TailEvents = Readonly<{ fromLoss: number; trial: Int32Array; categoryLoss: Float64Array }>;

/**
 * Per-year totals of each category (CATEGORY_IDS order), rebuilt from the events; the run must
 * have kept every event's categories (`eventCategories: 'all'`).
 */
export function annualCategoryLoss(run: SimulationRun, categoryCount: number): Float64Array[] {
  const tail = run.tailEvents;
  if (tail.fromLoss > 0) throw new Error("annualCategoryLoss needs every event's categories: simulate with eventCategories: 'all'");
  const out = Array.from({ length: categoryCount }, () => new Float64Array(run.trials));
  for (let e = 0; e < tail.trial.length; e += 1) {
    const trial = tail.trial[e] ?? 0;
    for (let c = 0; c < categoryCount; c += 1) {
      const array = out[c] as Float64Array;
      array[trial] = (array[trial] ?? 0) + (tail.categoryLoss[e * categoryCount + c] ?? 0);
    }
  }
  return out;
}
