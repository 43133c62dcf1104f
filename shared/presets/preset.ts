/**
 * A preset: a complete example scenario plus where each of its numbers comes from, keyed by
 * the JSON path of the input (e.g. `threats[0].frequency`). Inputs a preset leaves out take
 * the cited defaults in model/defaults.ts.
 */
import type { Scenario } from '../scenario/schemaV1';
import type { Provenance } from '../sources/provenance';

/**
 * How a preset is checked against published figures. An organisation's median single-event
 * cost must fall between two benchmarks for its sector and size (a published typical figure
 * and a published average); an incident replay's mean total is set beside the published total.
 */
export type Calibration =
  | Readonly<{ kind: 'medianEvent'; low: string; high: string; note: string }>
  | Readonly<{ kind: 'replay'; published: string; note: string }>;

export type Preset = Readonly<{
  id: string;
  label: string;
  summary: string;
  /** Incident replays reproduce a published incident rather than a typical year. */
  kind: 'organisation' | 'incidentReplay';
  scenario: Scenario;
  provenance: Readonly<Record<string, Provenance>>;
  calibration: Calibration;
}>;
