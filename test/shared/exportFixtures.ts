/** Scenarios for the export tests: the built-in hospital (insurance, no controls) and the same with controls and a risk appetite. */
import { parseScenario } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { regionalHospital } from '../../shared/presets/regionalHospital';

export const hospital: Scenario = regionalHospital.scenario;

function valid(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

/** No preset lists controls, so this one adds three (one in place, two proposed) and an appetite. */
export const hospitalWithControls: Scenario = valid({
  ...regionalHospital.scenario,
  name: 'Hospital with controls, "quoted", and commas',
  controls: [
    { id: 'edr', status: 'inPlace', annualCost: 80_000 },
    { id: 'immutable-backups', status: 'proposed', annualCost: 60_000, oneOffCost: 120_000 },
    { id: 'mfa', status: 'proposed', annualCost: 30_000 },
  ],
  appetite: [{ loss: 20_000_000, probability: 0.01 }],
});
