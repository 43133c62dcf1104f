/** `aftermath simulate`: run a scenario file (or the built-in example) and print the results. */
import { runScenario } from '../../shared/engine/runScenario';
import { DEFAULT_PRESET_ID, findPreset } from '../../shared/presets/index';
import type { Scenario } from '../../shared/scenario/schemaV1';
import type { OutputFormat } from '../args';
import { readScenarioFile } from '../scenarioFile';
import { formatCsv } from '../../shared/exports/summaryCsv';
import { formatTable } from '../output/table';

export type SimulateArgs = Readonly<{
  file: string | undefined;
  trials: number | undefined;
  seed: number | undefined;
  format: OutputFormat;
  thresholds: readonly number[];
}>;

export async function simulateCommand(args: SimulateArgs): Promise<string> {
  const scenario: Scenario = args.file ? await readScenarioFile(args.file) : (findPreset(DEFAULT_PRESET_ID)?.scenario as Scenario);
  const result = runScenario(scenario, {
    ...(args.trials !== undefined ? { trials: args.trials } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    thresholds: args.thresholds,
  });
  switch (args.format) {
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'csv':
      return formatCsv(result);
    case 'table':
      return formatTable(result);
  }
}
