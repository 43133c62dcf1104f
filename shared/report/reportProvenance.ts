/**
 * Which citations the exports of a scenario carry beyond the model's defaults. A scenario that
 * keeps a built-in example's name takes that example's citations, but only for the inputs it has
 * not changed: a changed value is the user's own figure, whatever the example's note said. The app
 * and the CLI both use this, so a report, a workbook and `aftermath export` cite the same sources.
 */
import { PRESETS } from '../presets/index';
import type { Scenario } from '../scenario/schemaV1';
import { provenanceStillApplying, type ProvenanceMap } from './assumptions';

export function reportProvenance(scenario: Scenario): ProvenanceMap {
  const preset = PRESETS.find((candidate) => (candidate.scenario as { name?: unknown }).name === scenario.name);
  return preset ? provenanceStillApplying(scenario, preset.scenario, preset.provenance) : {};
}
