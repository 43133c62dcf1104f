/**
 * The key of a run: scenario, trials, seed and thresholds. A seed gives the same numbers every
 * time, so a result can be reused whenever the same key is asked for again: moving an input
 * back restores exactly the earlier figures, at once.
 */
import type { Scenario } from '../../../shared/scenario/schemaV1';
import type { JobKind } from './protocol';

export type RunSettings = Readonly<{ trials: number; seed: number; thresholds: readonly number[] }>;

/** The key of a job on a scenario: the main results, the valuation of its controls, or its tornado. */
export function runKey(scenario: Scenario, settings: RunSettings, kind: JobKind = 'main'): string {
  return JSON.stringify([kind, settings.trials, settings.seed, settings.thresholds, scenario]);
}
