/**
 * A preset: a complete example scenario plus where each of its numbers comes from, keyed by
 * the JSON path of the input (e.g. `threats[0].frequency`). Inputs a preset leaves out take
 * the cited defaults in model/defaults.ts.
 */
import type { Scenario } from '../scenario/schemaV1';
import type { Provenance } from '../sources/provenance';

export type Preset = Readonly<{
  id: string;
  label: string;
  summary: string;
  /** Incident replays reproduce a published incident rather than a typical year. */
  kind: 'organisation' | 'incidentReplay';
  scenario: Scenario;
  provenance: Readonly<Record<string, Provenance>>;
}>;
