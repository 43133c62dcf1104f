/** The raw output of a simulation: per-trial totals in typed arrays, never an object per trial. */
export type SimulationRun = Readonly<{
  trials: number;
  seed: number;
  /** Annual loss per simulated year. */
  annualLoss: Float64Array;
  /** Annual loss per category per simulated year, in CATEGORY_IDS order. */
  categoryLoss: readonly Float64Array[];
  /** Total cost of every simulated event, in the order simulated (chunk, then threat, then trial). */
  eventLoss: Float64Array;
  /** Index of the threat behind each event. */
  eventThreat: Uint8Array;
  /** Sum over all trials of each cost line, in COST_LINE_IDS order. */
  lineTotals: Float64Array;
  /** Per threat: total loss, events, and trials with at least one event. */
  threatLoss: Float64Array;
  threatEvents: Float64Array;
  threatTrialsHit: Float64Array;
  /** Sum over all trials of each impact measure, in IMPACT order. */
  impactTotals: Float64Array;
}>;
