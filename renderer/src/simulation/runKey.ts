/**
 * The key of a run: scenario, trials, seed and thresholds. A seed gives the same numbers every
 * time, so a result can be reused whenever the same key is asked for again: moving an input
 * back restores exactly the earlier figures, at once.
 */
import type { Scenario } from '../../../shared/scenario/schemaV1';

export type RunSettings = Readonly<{ trials: number; seed: number; thresholds: readonly number[] }>;

export function runKey(scenario: Scenario, settings: RunSettings): string {
  return JSON.stringify([settings.trials, settings.seed, settings.thresholds, scenario]);
}
