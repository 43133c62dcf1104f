/**
 * The golden runs: scenarios and seeds whose whole result (`runScenario`, as the CLI's JSON
 * prints it) is kept in test/fixtures/golden-runs.json, written from the engine before the
 * memory and parallel work of issue 9, so that work can be shown to change no figure.
 * Trials are never a multiple of the chunk size, so every run ends on a partial chunk.
 */
import { runScenario } from '../../shared/engine/runScenario';
import { findPreset } from '../../shared/presets/index';
import { parseScenario } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schemaV1';

export type GoldenCase = Readonly<{ name: string; scenario: Scenario; trials: number; seed: number; thresholds?: readonly number[] }>;

function preset(id: string): Scenario {
  const found = findPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.scenario;
}

/** The hospital with three controls (one in place), a risk appetite and a custom threat. */
function hospitalWithEverything(): Scenario {
  const hospital = preset('regional-hospital');
  const scenario: unknown = {
    ...hospital,
    threats: [
      ...hospital.threats,
      {
        name: 'Payment fraud',
        kind: 'custom',
        frequency: { dist: 'pert', low: 0.05, mode: 0.2, high: 0.8 },
        customLosses: [
          { name: 'Diverted payment', category: 'recovery', perEvent: { dist: 'lognormal', low: 20_000, high: 900_000 } },
          { name: 'Audit', category: 'detection', perEvent: 15_000 },
        ],
      },
    ],
    controls: [
      { id: 'edr', status: 'inPlace', annualCost: 80_000 },
      { id: 'immutable-backups', status: 'proposed', annualCost: 60_000, oneOffCost: 120_000 },
      { id: 'mfa', status: 'proposed', annualCost: 30_000 },
    ],
    appetite: [{ loss: 20_000_000, probability: 0.01 }],
  };
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`the golden scenario is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.scenario;
}

export const GOLDEN_CASES: readonly GoldenCase[] = [
  { name: 'regional-hospital seed 1', scenario: preset('regional-hospital'), trials: 50_000, seed: 1, thresholds: [1e6, 1e7] },
  { name: 'regional-hospital seed 42', scenario: preset('regional-hospital'), trials: 30_001, seed: 42 },
  { name: 'community-clinic seed 3', scenario: preset('community-clinic'), trials: 20_000, seed: 3 },
  { name: 'bank seed 5', scenario: preset('bank'), trials: 20_000, seed: 5 },
  { name: 'retailer seed 6', scenario: preset('retailer'), trials: 20_000, seed: 6 },
  { name: 'saas-company seed 7', scenario: preset('saas-company'), trials: 20_000, seed: 7 },
  { name: 'university seed 8', scenario: preset('university'), trials: 12_345, seed: 8 },
  { name: 'wannacry-nhs seed 9', scenario: preset('wannacry-nhs'), trials: 10_000, seed: 9 },
  { name: 'scripps-health seed 10', scenario: preset('scripps-health'), trials: 10_000, seed: 10 },
  { name: 'hospital with controls, appetite and a custom threat, seed 2', scenario: hospitalWithEverything(), trials: 5_000, seed: 2 },
];

/** The case's result as the CLI prints it, without the indentation. */
export function goldenJson(golden: GoldenCase): string {
  return JSON.stringify(
    runScenario(golden.scenario, { trials: golden.trials, seed: golden.seed, ...(golden.thresholds ? { thresholds: golden.thresholds } : {}) }),
  );
}
